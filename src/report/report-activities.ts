// Figures of the funder report about what the cluster did: workshops and their participants, partnering events and
// their one-to-one meetings, SMEs guided through the regulatory navigator, and ideas contributed to the strategy.
import { sql } from 'kysely';
import { atInBucket, countingFigure, memberDuringBucket, scopeIds, type FigureQuery } from '#src/report/report-sql.ts';

const now = (q: FigureQuery) => sql`${q.now.toISOString()}::timestamptz`;

/** Workshops `w` of the scope's working groups `g` held in bucket b: not cancelled, and marked held or already over. */
export const heldWorkshops = (q: FigureQuery) => sql`
  (workshops w join working_groups g on g.id = w.group_id)
  on g.cluster_id in ${scopeIds(q)} and w.status <> 'cancelled' and (w.status = 'held' or w.ends_at <= ${now(q)}) and ${atInBucket('w.starts_at')}`;

/** Attendances `a` of people recorded as present at the workshops held in bucket b. */
const attendedHeldWorkshops = (q: FigureQuery) => sql`
  join ${heldWorkshops(q)} join workshop_attendees a on a.workshop_id = w.id and a.status = 'attended'`;

export const workshopsHeldFigure = countingFigure({
  key: 'workshopsHeld',
  unit: 'count',
  title: { en: 'Workshops held', de: 'Durchgeführte Workshops', da: 'Afholdte workshops' },
  definition: {
    en: 'Workshops of the working and strategy groups that began in the period and took place: marked "held", or still "planned" but over (end time passed) when the report is made. Cancelled workshops never count.',
    de: 'Workshops der Arbeits- und Strategiegruppen, die im Zeitraum begannen und stattfanden: als „durchgeführt“ markiert, oder noch „geplant“, aber bei Erstellung des Berichts vorbei (Endzeit verstrichen). Abgesagte Workshops zählen nie.',
    da: 'Workshops i arbejds- og strategigrupperne, der begyndte i perioden og fandt sted: markeret "afholdt", eller stadig "planlagt" men overstået (sluttidspunkt passeret), når rapporten laves. Aflyste workshops tælles aldrig.',
  },
  value: 'count(*)::int',
  rows: (q) => sql`join ${heldWorkshops(q)}`,
});

export const workshopParticipantsFigure = countingFigure({
  key: 'workshopParticipants',
  unit: 'count',
  title: { en: 'Workshop participants (people)', de: 'Workshop-Teilnehmende (Personen)', da: 'Workshopdeltagere (personer)' },
  definition: {
    en: 'Distinct people recorded as "attended" at the workshops held in the period (as in "Workshops held"); a person at several workshops counts once. Registered but absent people do not count.',
    de: 'Verschiedene Personen, die bei den im Zeitraum durchgeführten Workshops (wie bei „Durchgeführte Workshops“) als „teilgenommen“ erfasst sind; wer an mehreren Workshops teilnahm, zählt einmal. Angemeldete, aber abwesende Personen zählen nicht.',
    da: 'Forskellige personer registreret som "deltog" i de workshops, der blev afholdt i perioden (som under "Afholdte workshops"); en person ved flere workshops tælles én gang. Tilmeldte, men fraværende personer tælles ikke.',
  },
  value: 'count(distinct a.user_id)::int',
  rows: attendedHeldWorkshops,
});

export const workshopAttendancesFigure = countingFigure({
  key: 'workshopAttendances',
  unit: 'count',
  title: { en: 'Workshop attendances', de: 'Workshop-Teilnahmen', da: 'Workshopdeltagelser' },
  definition: {
    en: 'All attendances at the workshops held in the period (as in "Workshops held"): each person recorded as "attended" counts once per workshop.',
    de: 'Alle Teilnahmen an den im Zeitraum durchgeführten Workshops (wie bei „Durchgeführte Workshops“): jede als „teilgenommen“ erfasste Person zählt einmal je Workshop.',
    da: 'Alle deltagelser i de workshops, der blev afholdt i perioden (som under "Afholdte workshops"): hver person registreret som "deltog" tælles én gang pr. workshop.',
  },
  value: 'count(*)::int',
  rows: attendedHeldWorkshops,
});

/** Slots `s` of partnering events that began in bucket b and have ended. */
const endedSlots = (q: FigureQuery) => sql`event_slots s on ${atInBucket('s.starts_at')} and s.ends_at <= ${now(q)}`;

export const eventsHeldFigure = countingFigure({
  key: 'eventsHeld',
  unit: 'count',
  title: { en: 'Partnering events held', de: 'Durchgeführte Partnering-Events', da: 'Afholdte partnering-events' },
  definition: {
    en: 'Partnering events of the cluster (not drafts) with at least one slot that began in the period and had ended when the report is made. An event spanning two months counts in each month of the series, and once for the period.',
    de: 'Partnering-Events des Clusters (keine Entwürfe) mit mindestens einem Zeitfenster, das im Zeitraum begann und bei Erstellung des Berichts vorbei war. Ein Event über zwei Monate zählt in der Zeitreihe in jedem der Monate und für den Zeitraum einmal.',
    da: 'Klyngens partnering-events (ikke kladder) med mindst ét tidsrum, der begyndte i perioden og var slut, da rapporten blev lavet. Et event over to måneder tælles i tidsserien i hver måned og én gang for perioden.',
  },
  value: 'count(distinct e.id)::int',
  rows: (q) => sql`
    join ${endedSlots(q)}
    join events e on e.id = s.event_id and e.cluster_id in ${scopeIds(q)} and e.status <> 'draft'`,
});

export const meetingsHeldFigure = countingFigure({
  key: 'meetingsHeld',
  unit: 'count',
  title: { en: 'One-to-one meetings held', de: 'Durchgeführte Einzelgespräche', da: 'Afholdte enkeltmøder' },
  definition: {
    en: 'Meetings of the cluster\'s partnering events placed in the published schedule (accepted, with a slot and a table), whose slot began in the period and had ended when the report is made. Cancelled meetings and meetings with a participant the organiser marked as a no-show do not count.',
    de: 'Gespräche der Partnering-Events des Clusters, die im veröffentlichten Zeitplan stehen (angenommen, mit Zeitfenster und Tisch), deren Zeitfenster im Zeitraum begann und bei Erstellung des Berichts vorbei war. Abgesagte Gespräche und Gespräche mit einer Person, die die Organisatoren als nicht erschienen markiert haben, zählen nicht.',
    da: 'Møder ved klyngens partnering-events, der står i den offentliggjorte plan (accepteret, med tidsrum og bord), hvis tidsrum begyndte i perioden og var slut, da rapporten blev lavet. Aflyste møder og møder med en deltager, som arrangøren har markeret som udeblevet, tælles ikke.',
  },
  value: 'count(*)::int',
  rows: (q) => sql`
    join ${endedSlots(q)}
    join events e on e.id = s.event_id and e.cluster_id in ${scopeIds(q)} and e.status = 'published'
    join meetings mt on mt.slot_id = s.id and mt.status = 'accepted' and mt.table_id is not null
    where not exists (select 1 from meeting_participants mp join event_participants ep on ep.id = mp.participant_id
      where mp.meeting_id = mt.id and ep.no_show)`,
});

/** Moments an organisation worked in the regulatory navigator: on its products, their checklists, their or its editors' questionnaires. */
const regulatoryActivity = sql`
  select p.organization_id as organization_id, p.created_at as at from products p
  union all select p.organization_id, p.updated_at from products p
  union all select p.organization_id, c.updated_at from product_checklist c join products p on p.id = c.product_id
  union all select p.organization_id, a.created_at from assessments a join products p on p.id = a.product_id
  union all select p.organization_id, a.updated_at from assessments a join products p on p.id = a.product_id
  union all select r.scope_id, a.created_at from assessments a join user_roles r on r.user_id = a.user_id and r.role = 'organization_editor'
    where a.product_id is null
  union all select r.scope_id, a.updated_at from assessments a join user_roles r on r.user_id = a.user_id and r.role = 'organization_editor'
    where a.product_id is null`;

export const smesGuidedFigure = countingFigure({
  key: 'smesGuided',
  unit: 'count',
  title: { en: 'SMEs supported with regulatory guidance', de: 'KMU mit regulatorischer Unterstützung', da: 'SMV’er støttet med regulatorisk vejledning' },
  definition: {
    en: 'Distinct SMEs that were members on at least one day of the period and used the MDR/IVDR navigator in it: a product of theirs was created or changed, an item of a product\'s documentation checklist was updated, or a questionnaire was saved or changed (for one of their products, or, not tied to a product, by one of their editors). Automatic reclassification does not count as use.',
    de: 'Verschiedene KMU, die an mindestens einem Tag des Zeitraums Mitglied waren und darin den MDR/IVDR-Navigator nutzten: ein Produkt von ihnen wurde angelegt oder geändert, ein Punkt der Dokumentations-Checkliste eines Produkts aktualisiert oder ein Fragebogen gespeichert oder geändert (zu einem ihrer Produkte oder, ohne Produkt, von einer ihrer bearbeitenden Personen). Automatische Neuklassifizierung zählt nicht als Nutzung.',
    da: 'Forskellige SMV’er, der var medlemmer på mindst én dag i perioden og brugte MDR/IVDR-navigatoren i den: et af deres produkter blev oprettet eller ændret, et punkt på et produkts dokumentationstjekliste blev opdateret, eller et spørgeskema blev gemt eller ændret (til et af deres produkter eller, uden produkt, af en af deres redaktører). Automatisk omklassificering tælles ikke som brug.',
  },
  value: 'count(distinct o.id)::int',
  rows: (q) => sql`
    join (${regulatoryActivity}) x on ${atInBucket('x.at')}
    join organizations o on o.id = x.organization_id and o.is_sme
    where ${memberDuringBucket(q, 'o.id')}`,
});

/** Ideas `i` posted in bucket b that the managers did not hide. */
export const ideasInBucket = sql`i.status <> 'hidden' and ${atInBucket('i.created_at')}`;

export const ideasContributedFigure = countingFigure({
  key: 'ideasContributed',
  unit: 'count',
  title: { en: 'Ideas contributed to the strategy', de: 'Eingebrachte Ideen zur Strategie', da: 'Idéer bidraget til strategien' },
  definition: {
    en: 'Ideas posted in the period to the cluster\'s strategy themes (fields of action and focus themes), open or adopted; ideas hidden by the managers do not count.',
    de: 'Im Zeitraum zu den Strategiethemen des Clusters (Gestaltungsfelder und Fokusthemen) eingebrachte Ideen, offen oder übernommen; von den Managern ausgeblendete Ideen zählen nicht.',
    da: 'Idéer indsendt i perioden til klyngens strategitemaer (indsatsområder og fokustemaer), åbne eller vedtagne; idéer skjult af lederne tælles ikke.',
  },
  value: 'count(*)::int',
  rows: (q) => sql`
    join strategy_ideas i on ${ideasInBucket}
    join strategy_themes t on t.id = i.theme_id and t.cluster_id in ${scopeIds(q)}`,
});
