// Figures of the funder report about the innovation pipeline: projects initiated and their partners, consortia
// formed from klynge's partner matches, and funding applied for and won by members.
import { sql } from 'kysely';
import { REPORT_TIME_ZONE } from '#src/report/report-period.ts';
import {
  atInBucket, bucketTable, countingFigure, countPerBucket, memberDuringBucket, memberOn, scopeIds, type BreakdownItem, type Figure,
  type FigureQuery,
} from '#src/report/report-sql.ts';

/** Pipeline projects `p` of the scope created in bucket b. */
export const projectsInBucket = (q: FigureQuery) => sql`p.cluster_id in ${scopeIds(q)} and ${atInBucket('p.created_at')}`;

export const projectsInitiatedFigure = countingFigure({
  key: 'projectsInitiated',
  unit: 'count',
  title: { en: 'Projects initiated', de: 'Initiierte Projekte', da: 'Igangsatte projekter' },
  definition: {
    en: 'Projects of the innovation pipeline (lead projects and member projects) entered in the period: counted by the day they were created in klynge, whatever stage they are in now.',
    de: 'Projekte der Innovationspipeline (Leitprojekte und Mitgliederprojekte), die im Zeitraum angelegt wurden: gezählt nach dem Tag, an dem sie in klynge angelegt wurden, gleich in welcher Phase sie heute sind.',
    da: 'Projekter i innovationspipelinen (fyrtårnsprojekter og medlemsprojekter), der blev oprettet i perioden: talt efter den dag, de blev oprettet i klynge, uanset hvilken fase de er i nu.',
  },
  value: 'count(*)::int',
  rows: (q) => sql`join pipeline_projects p on ${projectsInBucket(q)}`,
  async breakdown(db, q) {
    const { rows } = await sql<{ kind: string; n: number }>`
      select p.kind, count(*)::int as n from ${bucketTable(q)} join pipeline_projects p on ${projectsInBucket(q)}
      where b.i = 0 group by p.kind`.execute(db);
    return [
      { group: 'kind', key: 'lead', label: { en: 'Lead projects', de: 'Leitprojekte', da: 'Fyrtårnsprojekter' }, value: rows.find((r) => r.kind === 'lead')?.n ?? 0 },
      { group: 'kind', key: 'member', label: { en: 'Member projects', de: 'Mitgliederprojekte', da: 'Medlemsprojekter' }, value: rows.find((r) => r.kind === 'member')?.n ?? 0 },
    ];
  },
});

/** Organisations taking part in projects initiated in bucket b: their partners and their lead organisation. */
const partnersOfBucketProjects = (q: FigureQuery) => sql`
  with parts as (
    select pp.project_id, pp.organization_id from pipeline_partners pp
    union select p.id, p.lead_organization_id from pipeline_projects p where p.lead_organization_id is not null
  )
  select distinct b.i, parts.organization_id, ${memberDuringBucket(q, 'parts.organization_id')} as is_member
  from ${bucketTable(q)} join pipeline_projects p on ${projectsInBucket(q)} join parts on parts.project_id = p.id`;

export const projectPartnersFigure: Figure = {
  key: 'projectPartners',
  unit: 'count',
  title: { en: 'Partners of the projects initiated', de: 'Partner der initiierten Projekte', da: 'Partnere i de igangsatte projekter' },
  definition: {
    en: 'Distinct organisations taking part in the projects initiated in the period (as in "Projects initiated"): their listed partners and their lead organisation, each organisation once however many projects it joins. Members are those that were members on at least one day of the period; the others are non-members.',
    de: 'Verschiedene Organisationen, die an den im Zeitraum initiierten Projekten (wie bei „Initiierte Projekte“) beteiligt sind: ihre eingetragenen Partner und ihre federführende Organisation, jede Organisation einmal, gleich an wie vielen Projekten sie teilnimmt. Mitglieder sind jene, die an mindestens einem Tag des Zeitraums Mitglied waren; die übrigen sind Nichtmitglieder.',
    da: 'Forskellige organisationer, der deltager i de projekter, der blev igangsat i perioden (som under "Igangsatte projekter"): deres registrerede partnere og deres ledende organisation, hver organisation én gang, uanset hvor mange projekter den deltager i. Medlemmer er dem, der var medlemmer på mindst én dag i perioden; de øvrige er ikke-medlemmer.',
  },
  async compute(db, q) {
    const values = await countPerBucket(db, q, sql`
      select x.i, count(distinct x.organization_id)::int as n from (${partnersOfBucketProjects(q)}) x group by x.i`);
    const { rows } = await sql<{ is_member: boolean; n: number }>`
      select x.is_member, count(distinct x.organization_id)::int as n from (${partnersOfBucketProjects(q)}) x
      where x.i = 0 group by x.is_member`.execute(db);
    const breakdown: BreakdownItem[] = [
      { group: 'membership', key: 'members', label: { en: 'Members', de: 'Mitglieder', da: 'Medlemmer' }, value: rows.find((r) => r.is_member)?.n ?? 0 },
      { group: 'membership', key: 'nonMembers', label: { en: 'Non-members', de: 'Nichtmitglieder', da: 'Ikke-medlemmer' }, value: rows.find((r) => !r.is_member)?.n ?? 0 },
    ];
    return { values, breakdown };
  },
};

export const consortiaFromMatchesFigure = countingFigure({
  key: 'consortiaFromMatches',
  unit: 'count',
  title: { en: 'Consortia formed from klynge matches', de: 'Konsortien aus klynge-Empfehlungen', da: 'Konsortier dannet ud fra klynge-match' },
  definition: {
    en: 'Projects initiated in the period (as in "Projects initiated") whose consortium was put together from klynge\'s partner matching (project origin "match").',
    de: 'Im Zeitraum initiierte Projekte (wie bei „Initiierte Projekte“), deren Konsortium aus der Partnersuche von klynge entstand (Projektherkunft „Empfehlung“).',
    da: 'Projekter igangsat i perioden (som under "Igangsatte projekter"), hvis konsortium blev sat sammen ud fra klynges partnermatch (projektoprindelse "match").',
  },
  value: 'count(*)::int',
  rows: (q) => sql`join pipeline_projects p on ${projectsInBucket(q)} and p.origin = 'match'`,
});

/** The day an application was made: its application date, else the day it was entered in klynge. */
const APPLIED_DAY = `coalesce(f.applied_on, (f.created_at at time zone '${REPORT_TIME_ZONE}')::date)`;

/** Funding rows `f` of the scope's pipeline projects `p` whose recipient (the row's organisation, else the project's lead) was a member on day `on`. */
const fundingOfMembers = (q: FigureQuery, on: string) => sql`
  join pipeline_projects p on p.id = f.project_id and p.cluster_id in ${scopeIds(q)}
  where ${memberOn(q, 'coalesce(f.organization_id, p.lead_organization_id)', on)}`;

export const fundingWonFigure = countingFigure({
  key: 'fundingWon',
  unit: 'eur',
  title: { en: 'Funding won by members', de: 'Von Mitgliedern eingeworbene Fördermittel', da: 'Bevillinger vundet af medlemmer' },
  definition: {
    en: 'Sum in euros of the amounts won by funding applications of the cluster\'s pipeline projects with status "won" and a decision date within the period. An application counts when its recipient (the organisation named on it, else the project\'s lead organisation) was a member on the decision date. Won applications without a decision date or amount are not counted.',
    de: 'Summe in Euro der bewilligten Beträge von Förderanträgen der Pipelineprojekte des Clusters mit Status „bewilligt“ und einem Entscheidungsdatum im Zeitraum. Ein Antrag zählt, wenn sein Empfänger (die darauf genannte Organisation, sonst die federführende Organisation des Projekts) am Tag der Entscheidung Mitglied war. Bewilligte Anträge ohne Entscheidungsdatum oder Betrag zählen nicht.',
    da: 'Sum i euro af de beløb, der er bevilget til ansøgninger fra klyngens pipelineprojekter med status "bevilget" og en afgørelsesdato i perioden. En ansøgning tælles, når modtageren (den organisation, der står på den, ellers projektets ledende organisation) var medlem på afgørelsesdatoen. Bevilgede ansøgninger uden afgørelsesdato eller beløb tælles ikke.',
  },
  value: 'sum(f.amount_won)::float8',
  rows: (q) => sql`
    join pipeline_funding f on f.status = 'won' and f.decided_on between b.lo and b.hi ${fundingOfMembers(q, 'f.decided_on')}`,
});

export const fundingAppliedFigure = countingFigure({
  key: 'fundingApplied',
  unit: 'eur',
  title: { en: 'Funding applied for by members', de: 'Von Mitgliedern beantragte Fördermittel', da: 'Bevillinger søgt af medlemmer' },
  definition: {
    en: 'Sum in euros of the amounts applied for in funding applications of the cluster\'s pipeline projects submitted within the period (by their application date; without one, by the day they were entered in klynge), whatever the outcome (pending, won or rejected), when the recipient (as in "Funding won by members") was a member on the day of application.',
    de: 'Summe in Euro der beantragten Beträge von Förderanträgen der Pipelineprojekte des Clusters, die im Zeitraum gestellt wurden (nach Antragsdatum; ohne dieses nach dem Tag der Eingabe in klynge), gleich mit welchem Ergebnis (offen, bewilligt oder abgelehnt), wenn der Empfänger (wie bei „Von Mitgliedern eingeworbene Fördermittel“) am Tag der Antragstellung Mitglied war.',
    da: 'Sum i euro af de ansøgte beløb i ansøgninger fra klyngens pipelineprojekter indsendt i perioden (efter ansøgningsdato; uden en sådan efter den dag, de blev registreret i klynge), uanset udfald (afventer, bevilget eller afvist), når modtageren (som under "Bevillinger vundet af medlemmer") var medlem på ansøgningsdagen.',
  },
  value: 'sum(f.amount_applied)::float8',
  rows: (q) => sql`join pipeline_funding f on ${sql.raw(APPLIED_DAY)} between b.lo and b.hi ${fundingOfMembers(q, APPLIED_DAY)}`,
});
