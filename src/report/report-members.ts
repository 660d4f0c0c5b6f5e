// Figures of the funder report about who belongs to the cluster: members (by type and hub), new members, SMEs,
// start-ups founded and young start-ups. Each figure's SQL sits beside its written definition.
import { sql } from 'kysely';
import type { Db } from '#src/db/connect.ts';
import {
  countingFigure, dateValue, day, inForceDuring, inForceOn, scopeIds, type BreakdownItem, type FigureQuery, type Texts,
} from '#src/report/report-sql.ts';

const MEMBERSHIP_TYPES: Record<string, Texts> = {
  full: { en: 'Full members', de: 'Vollmitglieder', da: 'Fuldgyldige medlemmer' },
  associate: { en: 'Associate members', de: 'Assoziierte Mitglieder', da: 'Associerede medlemmer' },
  partner: { en: 'Partners', de: 'Partner', da: 'Partnere' },
};

/** Memberships `m` of the scope in force on the last day of bucket b. */
const membershipsAtBucketEnd = (q: FigureQuery) => sql`join memberships m on m.cluster_id in ${scopeIds(q)} and ${inForceOn(day('b.hi'))}`;

/** Members at the period's end per membership type and per cluster or hub of the scope (zeros included). */
async function membersBreakdown(db: Db, q: FigureQuery): Promise<BreakdownItem[]> {
  const end = q.buckets[0]!.hi;
  const { rows: types } = await sql<{ type: string; n: number }>`
    select m.type, count(distinct m.organization_id)::int as n from memberships m
    where m.cluster_id in ${scopeIds(q)} and ${inForceOn(dateValue(end))}
    group by m.type`.execute(db);
  const { rows: hubs } = await sql<{ id: string; name: string; parent_id: string | null; n: number }>`
    select c.id, c.name, c.parent_id, count(distinct m.organization_id)::int as n
    from clusters c left join memberships m on m.cluster_id = c.id and ${inForceOn(dateValue(end))}
    where c.id in ${scopeIds(q)} group by c.id, c.name, c.parent_id order by (c.parent_id is not null), c.name`.execute(db);
  return [
    ...Object.entries(MEMBERSHIP_TYPES).map(([key, label]) => ({ group: 'type', key, label, value: types.find((t) => t.type === key)?.n ?? 0 })),
    ...hubs.map((h) => ({ group: 'hub', key: h.id, label: { en: h.name, de: h.name, da: h.name }, value: h.n })),
  ];
}

export const membersFigure = countingFigure({
  key: 'members',
  unit: 'count',
  title: { en: 'Members', de: 'Mitglieder', da: 'Medlemmer' },
  definition: {
    en: 'Organisations with a membership in force on the last day of the period: approved (status active, or ended since), start date on or before that day (memberships without a start date count as started), and no end date before it. Each organisation counts once, even with memberships in several hubs; by type and by hub it counts in each of its memberships. Applications and rejected memberships never count. In the time series: members on the last day of each month, quarter or year.',
    de: 'Organisationen mit einer am letzten Tag des Zeitraums gültigen Mitgliedschaft: bestätigt (Status aktiv oder inzwischen beendet), Beginn an oder vor diesem Tag (ohne Beginndatum gilt sie als begonnen) und kein Ende davor. Jede Organisation zählt einmal, auch mit Mitgliedschaften in mehreren Hubs; nach Art und Hub zählt sie in jeder ihrer Mitgliedschaften. Anträge und abgelehnte Mitgliedschaften zählen nie. In der Zeitreihe: Mitglieder am letzten Tag jedes Monats, Quartals oder Jahres.',
    da: 'Organisationer med et medlemskab, der gælder på periodens sidste dag: godkendt (status aktiv eller siden afsluttet), startdato på eller før den dag (uden startdato regnes det som startet) og ingen slutdato før den. Hver organisation tælles én gang, også med medlemskaber i flere hubs; efter type og hub tælles den i hvert af sine medlemskaber. Ansøgninger og afviste medlemskaber tælles aldrig. I tidsserien: medlemmer på den sidste dag i hver måned, hvert kvartal eller år.',
  },
  value: 'count(distinct m.organization_id)::int',
  rows: membershipsAtBucketEnd,
  breakdown: membersBreakdown,
});

export const newMembersFigure = countingFigure({
  key: 'newMembers',
  unit: 'count',
  title: { en: 'New members', de: 'Neue Mitglieder', da: 'Nye medlemmer' },
  definition: {
    en: 'Organisations whose first membership in the cluster or any of its hubs started within the period (the earliest start date of their approved memberships, active or ended). An organisation that was already a member, or has a membership without a start date, is not new; moving to another hub is not joining.',
    de: 'Organisationen, deren erste Mitgliedschaft im Cluster oder einem seiner Hubs im Zeitraum begann (das früheste Beginndatum ihrer bestätigten Mitgliedschaften, aktiv oder beendet). Wer schon Mitglied war oder eine Mitgliedschaft ohne Beginndatum hat, ist nicht neu; ein Wechsel in einen anderen Hub ist kein Beitritt.',
    da: 'Organisationer, hvis første medlemskab i klyngen eller en af dens hubs startede i perioden (den tidligste startdato for deres godkendte medlemskaber, aktive eller afsluttede). En organisation, der allerede var medlem eller har et medlemskab uden startdato, er ikke ny; at skifte hub er ikke at melde sig ind.',
  },
  value: 'count(*)::int',
  rows: (q) => sql`
    join (
      select m.organization_id, case when bool_or(m.start_date is null) then null else min(m.start_date) end as joined
      from memberships m where m.cluster_id in ${scopeIds(q)} and m.status in ('active', 'ended')
      group by m.organization_id
    ) f on f.joined between b.lo and b.hi`,
});

export const smeMembersFigure = countingFigure({
  key: 'smeMembers',
  unit: 'count',
  title: { en: 'SMEs among the members', de: 'KMU unter den Mitgliedern', da: 'SMV’er blandt medlemmerne' },
  definition: {
    en: 'Members on the last day of the period (as in "Members") whose registry profile marks them as an SME (small or medium-sized enterprise by the EU definition, as the organisation declared it).',
    de: 'Mitglieder am letzten Tag des Zeitraums (wie bei „Mitglieder“), die im Registerprofil als KMU markiert sind (kleines oder mittleres Unternehmen nach EU-Definition, wie von der Organisation angegeben).',
    da: 'Medlemmer på periodens sidste dag (som under "Medlemmer"), der i registerprofilen er markeret som SMV (lille eller mellemstor virksomhed efter EU’s definition, som organisationen selv har angivet).',
  },
  value: 'count(distinct m.organization_id)::int',
  rows: (q) => sql`${membershipsAtBucketEnd(q)} join organizations o on o.id = m.organization_id and o.is_sme`,
});

export const startupsFoundedFigure = countingFigure({
  key: 'startupsFounded',
  unit: 'count',
  title: { en: 'Start-ups founded', de: 'Gegründete Start-ups', da: 'Stiftede start-ups' },
  definition: {
    en: 'Companies (organisation type "company") founded within the period that were members on at least one day between their founding and the end of the period, counted in the month, quarter or year of their founding. Organisations without a founding date are not counted.',
    de: 'Unternehmen (Organisationstyp „Unternehmen“), die im Zeitraum gegründet wurden und an mindestens einem Tag zwischen ihrer Gründung und dem Ende des Zeitraums Mitglied waren, gezählt im Monat, Quartal oder Jahr ihrer Gründung. Organisationen ohne Gründungsdatum zählen nicht.',
    da: 'Virksomheder (organisationstype "virksomhed") stiftet i perioden, som var medlemmer på mindst én dag mellem stiftelsen og periodens slutning, talt i måneden, kvartalet eller året for stiftelsen. Organisationer uden stiftelsesdato tælles ikke.',
  },
  value: 'count(*)::int',
  rows: (q) => sql`
    join organizations o on o.type = 'company' and o.founded_on between b.lo and b.hi
    where exists (select 1 from memberships m where m.organization_id = o.id and m.cluster_id in ${scopeIds(q)}
      and ${inForceDuring(sql.raw('o.founded_on'), dateValue(q.buckets[0]!.hi))})`,
});

export const youngStartupsFigure = countingFigure({
  key: 'youngStartups',
  unit: 'count',
  title: { en: 'Member start-ups up to five years old', de: 'Mitglieds-Start-ups bis fünf Jahre', da: 'Medlems-start-ups op til fem år' },
  definition: {
    en: 'Members on the last day of the period (as in "Members") that are companies founded at most five years before that day (founding date on or after the same calendar day five years earlier, and not after the last day).',
    de: 'Mitglieder am letzten Tag des Zeitraums (wie bei „Mitglieder“), die Unternehmen sind und höchstens fünf Jahre vor diesem Tag gegründet wurden (Gründungsdatum am selben Kalendertag fünf Jahre zuvor oder später, und nicht nach dem letzten Tag).',
    da: 'Medlemmer på periodens sidste dag (som under "Medlemmer"), der er virksomheder stiftet højst fem år før den dag (stiftelsesdato på samme kalenderdag fem år tidligere eller senere, og ikke efter den sidste dag).',
  },
  value: 'count(distinct o.id)::int',
  rows: (q) => sql`
    ${membershipsAtBucketEnd(q)}
    join organizations o on o.id = m.organization_id and o.type = 'company'
      and o.founded_on <= b.hi and o.founded_on >= (b.hi - interval '5 years')::date`,
});
