// SQL of a cluster's strategy structure: themes, their goals and the goals' milestones, and milestone owners.
import type { Insertable, Updateable } from 'kysely';
import type { Db } from '#src/db/connect.ts';
import type { Visibility } from '#src/db/types.ts';
import type { MilestonesTable, StrategyGoalsTable, StrategyThemesTable } from '#src/db/types-cluster.ts';
import type { GoalRow, MilestoneRow, ThemeRow } from '#src/strategy/strategy-schema.ts';

/** The themes of a cluster in their order. */
export function findThemes(db: Db, clusterId: string): Promise<ThemeRow[]> {
  return db.selectFrom('strategy_themes').selectAll().where('cluster_id', '=', clusterId).orderBy('position').orderBy('created_at').execute();
}

export function findTheme(db: Db, id: string): Promise<ThemeRow | undefined> {
  return db.selectFrom('strategy_themes').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The goals of some themes in their order. */
export async function findGoals(db: Db, themeIds: string[]): Promise<GoalRow[]> {
  if (themeIds.length === 0) return [];
  return db.selectFrom('strategy_goals').selectAll().where('theme_id', 'in', themeIds).orderBy('position').orderBy('created_at').execute();
}

/** A goal with the cluster its theme belongs to. */
export function findGoal(db: Db, id: string): Promise<(GoalRow & { cluster_id: string }) | undefined> {
  return db.selectFrom('strategy_goals as g').innerJoin('strategy_themes as t', 't.id', 'g.theme_id').selectAll('g').select('t.cluster_id').where('g.id', '=', id).executeTakeFirst();
}

/** The milestones of some goals in their order. */
export async function findMilestones(db: Db, goalIds: string[]): Promise<MilestoneRow[]> {
  if (goalIds.length === 0) return [];
  return db.selectFrom('milestones').selectAll().where('goal_id', 'in', goalIds).orderBy('position').orderBy('created_at').execute();
}

/** A milestone with the cluster it belongs to. */
export function findMilestone(db: Db, id: string): Promise<(MilestoneRow & { cluster_id: string }) | undefined> {
  return db
    .selectFrom('milestones as m')
    .innerJoin('strategy_goals as g', 'g.id', 'm.goal_id')
    .innerJoin('strategy_themes as t', 't.id', 'g.theme_id')
    .selectAll('m')
    .select('t.cluster_id')
    .where('m.id', '=', id)
    .executeTakeFirst();
}

/** The next free position among rows of `table` where `column` = `value`. */
async function nextPosition(db: Db, table: 'strategy_themes' | 'strategy_goals' | 'milestones', column: 'cluster_id' | 'theme_id' | 'goal_id', value: string): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.max<number | null>('position').as('max'))
    .where(column as never, '=', value as never)
    .executeTakeFirst();
  return row?.max === null || row?.max === undefined ? 0 : Number(row.max) + 1;
}

export async function insertTheme(db: Db, row: Omit<Insertable<StrategyThemesTable>, 'position'>): Promise<string> {
  const position = await nextPosition(db, 'strategy_themes', 'cluster_id', row.cluster_id);
  return (await db.insertInto('strategy_themes').values({ ...row, position }).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateTheme(db: Db, id: string, changes: Updateable<StrategyThemesTable>, at: Date): Promise<void> {
  await db.updateTable('strategy_themes').set({ ...changes, updated_at: at.toISOString() }).where('id', '=', id).execute();
}

export async function deleteTheme(db: Db, id: string): Promise<void> {
  await db.deleteFrom('strategy_themes').where('id', '=', id).execute();
}

export async function insertGoal(db: Db, row: Omit<Insertable<StrategyGoalsTable>, 'position'>): Promise<string> {
  const position = await nextPosition(db, 'strategy_goals', 'theme_id', row.theme_id);
  return (await db.insertInto('strategy_goals').values({ ...row, position }).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateGoal(db: Db, id: string, changes: Updateable<StrategyGoalsTable>): Promise<void> {
  await db.updateTable('strategy_goals').set(changes).where('id', '=', id).execute();
}

export async function deleteGoal(db: Db, id: string): Promise<void> {
  await db.deleteFrom('strategy_goals').where('id', '=', id).execute();
}

export async function insertMilestone(db: Db, row: Omit<Insertable<MilestonesTable>, 'position'>): Promise<string> {
  const position = await nextPosition(db, 'milestones', 'goal_id', row.goal_id);
  return (await db.insertInto('milestones').values({ ...row, position }).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateMilestone(db: Db, id: string, changes: Updateable<MilestonesTable>, at: Date): Promise<void> {
  await db.updateTable('milestones').set({ ...changes, updated_at: at.toISOString() }).where('id', '=', id).execute();
}

export async function deleteMilestone(db: Db, id: string): Promise<void> {
  await db.deleteFrom('milestones').where('id', '=', id).execute();
}

/** Sets `position` = index in `ids` for rows of `table` (the caller checked that they all belong together). */
export async function reorder(db: Db, table: 'strategy_themes' | 'strategy_goals', ids: string[]): Promise<void> {
  for (const [position, id] of ids.entries()) await db.updateTable(table).set({ position }).where('id', '=', id).execute();
}

export type OwnerFacts = {
  people: Map<string, { name: string; visibility: Visibility; consent: boolean }>;
  organizations: Map<string, { name: string; visibility: Visibility }>;
};

/** Names and visibility of the people and organisations that own milestones. */
export async function findOwners(db: Db, personIds: string[], organizationIds: string[]): Promise<OwnerFacts> {
  const people = personIds.length === 0 ? [] : await db
    .selectFrom('people')
    .select(['id', 'given_name', 'family_name', 'visibility', 'consent_listed'])
    .where('id', 'in', [...new Set(personIds)])
    .execute();
  const organizations = organizationIds.length === 0 ? [] : await db
    .selectFrom('organizations')
    .select(['id', 'name', 'visibility'])
    .where('id', 'in', [...new Set(organizationIds)])
    .execute();
  return {
    people: new Map(people.map((p) => [p.id, { name: `${p.given_name} ${p.family_name}`.trim(), visibility: p.visibility, consent: p.consent_listed }])),
    organizations: new Map(organizations.map((o) => [o.id, { name: o.name, visibility: o.visibility }])),
  };
}

/** The organisations with an active membership in any of `clusterIds`, and their people listed with consent. */
export async function findOwnerChoices(db: Db, clusterIds: string[]) {
  const organizations = await db
    .selectFrom('organizations as o')
    .innerJoin('memberships as m', 'm.organization_id', 'o.id')
    .select(['o.id', 'o.name'])
    .where('m.cluster_id', 'in', clusterIds)
    .where('m.status', '=', 'active')
    .distinct()
    .orderBy('o.name')
    .execute();
  const people = organizations.length === 0 ? [] : await db
    .selectFrom('people as p')
    .leftJoin('organizations as o', 'o.id', 'p.organization_id')
    .select(['p.id', 'p.given_name', 'p.family_name', 'o.name as organization_name'])
    .where('p.organization_id', 'in', organizations.map((o) => o.id))
    .where('p.consent_listed', '=', true)
    .orderBy('p.family_name')
    .execute();
  return {
    organizations,
    people: people.map((p) => ({ id: p.id, name: `${p.given_name} ${p.family_name}`.trim(), organizationName: p.organization_name })),
  };
}

/** Whether a person and an organisation exist (for owner references). */
export async function ownersExist(db: Db, personId: string | null, organizationId: string | null): Promise<{ person: boolean; organization: boolean }> {
  const person = personId === null || (await db.selectFrom('people').select('id').where('id', '=', personId).executeTakeFirst()) !== undefined;
  const organization = organizationId === null || (await db.selectFrom('organizations').select('id').where('id', '=', organizationId).executeTakeFirst()) !== undefined;
  return { person, organization };
}
