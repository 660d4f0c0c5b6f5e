// Demo strategy: the seeds' fields of action and focus themes with goals and milestones (some late), and at BioCon
// Valley member ideas with comments (and earlier ones, see demo-strategy-history.ts), a closed round with votes and a
// draft paper from it, and an open round.
// Supersedes the themes and milestones of `cluster_records` (which stay, for the groups and lead projects).
import { randomUUID } from 'node:crypto';
import type { Insertable } from 'kysely';
import { UNUSABLE_HASH } from '#src/auth/password.ts';
import type { Db } from '#src/db/connect.ts';
import type { IdeaCommentsTable, MilestonesTable, StrategyGoalsTable, StrategyIdeasTable, StrategyThemesTable } from '#src/db/types-cluster.ts';
import { EARLIER_IDEAS } from '#src/demo/demo-strategy-history.ts';
import { demoStrategyThemes, type DemoMilestone } from '#src/demo/demo-strategy-themes.ts';
import { paperMarkdown } from '#src/strategy/paper-markdown.ts';
import { paperFacts } from '#src/strategy/paper-service.ts';
import { announceDueRounds, enqueueRoundNotifications } from '#src/strategy/round-notify.ts';

const DAY = 86_400_000;
const MEDTECH = 'Medizintechnik, innovative Medizinprodukte und -verfahren';
const DIAGNOSTICS = 'Innovative Diagnoseverfahren und Produkte';
const BIOINFORMATICS = 'Bioinformatik';
const PREVENTIVE = 'Präventive und individualisierte Medizin';

// Fictional members who contribute ideas: accounts that cannot sign in and hold no role (the demo's roles are the three
// documented accounts'); their ideas and votes are their organisations'. The editor account is Ryck Plasma Care's.
const CONTRIBUTORS = [
  { key: 'warnow', email: 'strategy-warnow@example.org', name: 'Nils Beispiel', organization: 'Warnow Implant Works GmbH (Demo)' },
  { key: 'kogge', email: 'strategy-kogge@example.org', name: 'Jana Muster', organization: 'Kogge Telemed GmbH (Demo)' },
  { key: 'umg', email: 'strategy-umg@example.org', name: 'Dr. Ole Probe', organization: 'Universitätsmedizin Greifswald' },
  { key: 'bodden', email: 'strategy-bodden@example.org', name: 'Maren Vorlage', organization: 'Bodden Omics Lab GmbH (Demo)' },
  { key: 'editor', email: 'editor@example.org', name: 'Demo Editor', organization: 'Ryck Plasma Care GmbH (Demo)' },
] as const;
type Who = (typeof CONTRIBUTORS)[number]['key'];

export type DemoIdea = { key: string; theme: string; by: Who; title: string; body: string; comments?: Array<[Who, string]>; status?: 'adopted' | 'hidden' };

export const IDEAS: DemoIdea[] = [
  { key: 'mdr', theme: MEDTECH, by: 'warnow', title: 'MDR-Sprechstunde mit einer Benannten Stelle',
    body: 'Einmal im Monat klären KMU Fragen zur Klassifizierung und zur technischen Dokumentation mit Fachleuten einer Benannten Stelle, vorbereitet über den Regulatorik-Navigator von klynge.',
    comments: [['editor', 'Sehr gern – für unseren Kaltplasma-Pen (Klasse IIa) hätten wir sofort drei Fragen.'], ['umg', 'Die Universitätsmedizin bringt Erfahrung mit klinischen Bewertungen ein.']], status: 'adopted' },
  { key: 'cleanroom', theme: MEDTECH, by: 'editor', title: 'Gemeinsamer Reinraum für Kleinserien',
    body: 'Ein geteilter Reinraum (ISO 7) im Zentrum für Life Science und Plasmatechnologie, den Start-ups stunden- oder tageweise für Kleinserien und Muster mieten.',
    comments: [['warnow', 'Für Implantat-Muster brauchen wir das auch; wichtig wäre eine validierte Sterilisation.']] },
  { key: 'pandemic', theme: MEDTECH, by: 'umg', title: 'Register der Produktionskapazitäten für den Epidemiefall',
    body: 'Mitglieder melden, was sie im Krisenfall wie schnell herstellen können (Abstriche, Masken, Beatmungszubehör), damit das Land im Ernstfall weiß, wen es fragen kann.',
    comments: [['kogge', 'Bitte mit Ansprechpartnern und Vorlaufzeiten, sonst hilft es im Ernstfall nicht.']] },
  { key: 'clinical', theme: MEDTECH, by: 'kogge', title: 'Börse für klinische Partner',
    body: 'Kliniken im Land veröffentlichen, welche Studien sie begleiten können; Unternehmen finden so schneller Prüfzentren für klinische Prüfungen.' },
  { key: 'ai', theme: BIOINFORMATICS, by: 'kogge', title: 'KI-Befundassistent für Hausarztpraxen',
    body: 'Ein gemeinsames Pilotprojekt mit zwei Praxisnetzen: Laborwerte und EKG werden von einem KI-Assistenten vorbewertet, die Ärztin entscheidet.',
    comments: [['umg', 'Die Datenschutzfragen sollten wir früh mit dem Landesdatenschutz klären.']] },
  { key: 'biobank', theme: PREVENTIVE, by: 'bodden', title: 'Biobankproben für Studien von KMU öffnen',
    body: 'Ein geregelter, bezahlbarer Zugang zu Proben und Daten bevölkerungsbasierter Studien für Mitgliedsunternehmen, mit einem einfachen Antragsweg.' },
  { key: 'omics', theme: DIAGNOSTICS, by: 'umg', title: 'Ringversuch für standardisierte OMICs-Analysen',
    body: 'Labore im Land vergleichen ihre OMICs-Analysen an denselben Proben, damit Diagnostikprodukte auf vergleichbaren Daten aufbauen.' },
];

// Votes per party and idea: the closed round (budget 10) and the open one (budget 5; the editor has not voted yet).
const CLOSED_VOTES: Array<[Who, string, number]> = [
  ['warnow', 'mdr', 6], ['warnow', 'pandemic', 4], ['editor', 'cleanroom', 7], ['editor', 'mdr', 3],
  ['umg', 'pandemic', 8], ['umg', 'clinical', 2], ['kogge', 'clinical', 5], ['kogge', 'mdr', 5],
];
const OPEN_VOTES: Array<[Who, string, number]> = [['kogge', 'ai', 3], ['kogge', 'biobank', 2], ['bodden', 'biobank', 4], ['umg', 'omics', 3]];

const dayOf = (at: Date) => at.toISOString().slice(0, 10);

/** Inserts the themes, goals and milestones of every demo cluster in three statements; returns BioCon Valley's theme ids by German title. */
async function insertThemes(trx: Db, now: Date): Promise<Map<string, string>> {
  const slugs = demoStrategyThemes.map((s) => s.cluster);
  const clusters = new Map((await trx.selectFrom('clusters').select(['id', 'slug']).where('slug', 'in', slugs).execute()).map((c) => [c.slug, c.id]));
  const ownerNames = demoStrategyThemes.flatMap((s) => s.themes.flatMap((th) => th.goals.flatMap((g) => (g.milestones ?? []).flatMap((m) => (m.owner && 'organization' in m.owner ? [m.owner.organization] : [])))));
  const owners = new Map((await trx.selectFrom('organizations').select(['id', 'name']).where('name', 'in', ownerNames).execute()).map((o) => [o.name, o.id]));
  const day = (offset: number) => dayOf(new Date(now.getTime() + offset * DAY));
  const themes: Array<Insertable<StrategyThemesTable>> = [];
  const goals: Array<Insertable<StrategyGoalsTable>> = [];
  const milestones: Array<Insertable<MilestonesTable>> = [];
  const bcvThemes = new Map<string, string>();
  for (const set of demoStrategyThemes) {
    const clusterId = clusters.get(set.cluster);
    if (!clusterId) continue;
    for (const [position, theme] of set.themes.entries()) {
      const themeId = randomUUID();
      themes.push({ id: themeId, cluster_id: clusterId, kind: theme.kind, title: JSON.stringify(theme.title), description: JSON.stringify(theme.description), position });
      if (set.cluster === 'biocon-valley') bcvThemes.set(theme.title.de, themeId);
      for (const [goalPosition, goal] of theme.goals.entries()) {
        const goalId = randomUUID();
        goals.push({ id: goalId, theme_id: themeId, title: JSON.stringify(goal.title), position: goalPosition });
        for (const [i, m] of (goal.milestones ?? []).entries()) milestones.push(milestoneRow(goalId, i, m, owners, day));
      }
    }
  }
  if (themes.length > 0) await trx.insertInto('strategy_themes').values(themes).execute();
  if (goals.length > 0) await trx.insertInto('strategy_goals').values(goals).execute();
  if (milestones.length > 0) await trx.insertInto('milestones').values(milestones).execute();
  return bcvThemes;
}

function milestoneRow(goalId: string, position: number, m: DemoMilestone, owners: Map<string, string>, day: (offset: number) => string): Insertable<MilestonesTable> {
  const organization = m.owner && 'organization' in m.owner ? m.owner.organization : null;
  const ownerId = organization === null ? undefined : owners.get(organization);
  return {
    goal_id: goalId, title: JSON.stringify(m.title), description: JSON.stringify(m.description ?? {}), horizon: m.horizon, position,
    owner_organization_id: ownerId ?? null, owner_name: m.owner && 'name' in m.owner ? m.owner.name : ownerId ? null : organization,
    due_date: m.due === null ? null : day(m.due), status: m.status, evidence: m.evidence ?? '', done_on: m.doneDaysAgo === undefined ? null : day(-m.doneDaysAgo),
  };
}

/** The contributors' user ids and organisation ids, creating the fictional ones. */
async function contributors(trx: Db): Promise<Map<Who, { userId: string; organizationId: string }>> {
  const organizations = new Map((await trx.selectFrom('organizations').select(['id', 'name']).where('name', 'in', CONTRIBUTORS.map((c) => c.organization)).execute()).map((o) => [o.name, o.id]));
  const users = new Map((await trx.selectFrom('users').select(['id', 'email']).where('email', 'in', CONTRIBUTORS.map((c) => c.email)).execute()).map((u) => [u.email, u.id]));
  const missing = CONTRIBUTORS.filter((c) => !users.has(c.email) && organizations.has(c.organization));
  if (missing.length > 0) {
    const created = await trx.insertInto('users').values(missing.map((c) => ({ email: c.email, name: c.name, password_hash: UNUSABLE_HASH }))).returning(['id', 'email']).execute();
    for (const u of created) users.set(u.email, u.id);
  }
  const found = new Map<Who, { userId: string; organizationId: string }>();
  for (const c of CONTRIBUTORS) {
    const userId = users.get(c.email);
    const organizationId = organizations.get(c.organization);
    if (userId && organizationId) found.set(c.key, { userId, organizationId });
  }
  return found;
}

/** Loads the demo strategy (inside the demo transaction, after the demo accounts and their roles). */
export async function insertDemoStrategy(trx: Db, now: Date): Promise<void> {
  const themes = await insertThemes(trx, now);
  const cluster = await trx.selectFrom('clusters').select('id').where('slug', '=', 'biocon-valley').executeTakeFirst();
  const manager = await trx.selectFrom('users').select('id').where('email', '=', 'manager@example.org').executeTakeFirst();
  const people = await contributors(trx);
  if (!cluster || themes.size === 0) return;
  const ago = (days: number) => new Date(now.getTime() - days * DAY).toISOString();

  const ideas = new Map<string, string>();
  const ideaRows: Array<Insertable<StrategyIdeasTable>> = [];
  const commentRows: Array<Insertable<IdeaCommentsTable>> = [];
  // The recent ideas were posted every six days from three months ago.
  for (const idea of [...EARLIER_IDEAS, ...IDEAS.map((recent, i) => ({ ...recent, daysAgo: 90 - i * 6 }))]) {
    const by = people.get(idea.by);
    const themeId = themes.get(idea.theme);
    if (!themeId) continue;
    const id = randomUUID();
    const created = ago(idea.daysAgo);
    ideaRows.push({
      id, theme_id: themeId, author_user_id: by?.userId ?? null, organization_id: by?.organizationId ?? null, title: idea.title, body: idea.body,
      status: idea.status ?? 'open', created_at: created, updated_at: created,
    });
    ideas.set(idea.key, id);
    for (const [j, [who, body]] of (idea.comments ?? []).entries()) commentRows.push({ idea_id: id, author_user_id: people.get(who)?.userId ?? null, body, created_at: ago(idea.daysAgo - 2 - j) });
  }
  if (ideaRows.length > 0) await trx.insertInto('strategy_ideas').values(ideaRows).execute();
  if (commentRows.length > 0) await trx.insertInto('idea_comments').values(commentRows).execute();

  const round = async (values: { themeId: string | null; title: Record<string, string>; description: Record<string, string>; budget: number; opens: number; closes: number }, votes: Array<[Who, string, number]>) => {
    const { id } = await trx.insertInto('strategy_rounds').values({
      cluster_id: cluster.id, theme_id: values.themeId, title: JSON.stringify(values.title), description: JSON.stringify(values.description),
      vote_budget: values.budget, opens_at: ago(values.opens), closes_at: ago(values.closes), created_by: manager?.id ?? null,
    }).returning('id').executeTakeFirstOrThrow();
    const rows = votes.flatMap(([who, idea, count]) => {
      const party = people.get(who);
      const ideaId = ideas.get(idea);
      return party && ideaId ? [{ round_id: id, idea_id: ideaId, user_id: party.userId, organization_id: party.organizationId, votes: count, updated_at: ago(values.opens - 2) }] : [];
    });
    if (rows.length > 0) await trx.insertInto('idea_votes').values(rows).execute();
    return id;
  };
  const closed = await round({
    themeId: themes.get(MEDTECH) ?? null, budget: 10, opens: 60, closes: 30,
    title: { de: 'Prioritäten Medizintechnik', en: 'Priorities in medical technology', da: 'Prioriteter inden for medicoteknik' },
    description: { de: 'Welche Vorhaben bringen die Medizintechnik im Land am weitesten?', en: 'Which projects take medical technology in the state furthest?', da: 'Hvilke projekter bringer medicoteknikken i delstaten længst?' },
  }, CLOSED_VOTES);
  const open = await round({
    themeId: null, budget: 5, opens: 3, closes: -14,
    title: { de: 'Fortschreibung des Masterplans', en: 'Updating the masterplan', da: 'Opdatering af masterplanen' },
    description: { de: 'Ideen aus allen Handlungsfeldern für die nächste Fassung des Masterplans.', en: 'Ideas from every field of action for the next version of the masterplan.', da: 'Idéer fra alle indsatsområder til næste udgave af masterplanen.' },
  }, OPEN_VOTES);
  // Members hear of both rounds; the open one is announced again when it closes.
  await announceDueRounds(trx, now);
  await enqueueRoundNotifications(trx, { id: open, opens_at: new Date(ago(3)), closes_at: new Date(ago(-14)) });

  const closedRound = await trx.selectFrom('strategy_rounds').selectAll().where('id', '=', closed).executeTakeFirstOrThrow();
  const facts = await paperFacts(trx, closedRound, 'de', undefined, now);
  await trx.insertInto('strategy_papers').values({
    cluster_id: cluster.id, round_id: closed, title: facts.title, body: paperMarkdown(facts), status: 'draft', created_by: manager?.id ?? null,
    created_at: ago(20), updated_at: ago(20),
  }).execute();
}
