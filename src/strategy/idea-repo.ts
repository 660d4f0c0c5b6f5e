// SQL of members' ideas and their comments.
import { sql, type Insertable, type Updateable } from 'kysely';
import type { Db } from '#src/db/connect.ts';
import type { IdeaCommentsTable, StrategyIdeasTable } from '#src/db/types-cluster.ts';
import type { CommentView, IdeaView } from '#src/strategy/idea-schema.ts';

function ideas(db: Db) {
  return db
    .selectFrom('strategy_ideas as i')
    .innerJoin('strategy_themes as t', 't.id', 'i.theme_id')
    .leftJoin('users as u', 'u.id', 'i.author_user_id')
    .leftJoin('organizations as o', 'o.id', 'i.organization_id')
    .selectAll('i')
    .select(['t.cluster_id', 'u.name as author_name', 'o.name as organization_name']);
}

/** One idea with its cluster, author and organisation names. */
export function findIdea(db: Db, id: string): Promise<IdeaView | undefined> {
  return ideas(db).where('i.id', '=', id).executeTakeFirst();
}

/**
 * The ideas of a cluster's themes (of one theme when given), oldest first; hidden ones only when `hiddenFor` says
 * whose: 'all' (managers) or a user id (their own).
 */
export function findIdeas(db: Db, filter: { clusterId: string; themeId?: string | undefined; themeIds?: string[]; hiddenFor: 'all' | string }): Promise<IdeaView[]> {
  let query = ideas(db).where('t.cluster_id', '=', filter.clusterId);
  if (filter.themeId !== undefined) query = query.where('i.theme_id', '=', filter.themeId);
  if (filter.themeIds !== undefined) query = filter.themeIds.length === 0 ? query.where(sql<boolean>`false`) : query.where('i.theme_id', 'in', filter.themeIds);
  if (filter.hiddenFor !== 'all') {
    const userId = filter.hiddenFor;
    query = query.where((eb) => eb.or([eb('i.status', '!=', 'hidden'), eb('i.author_user_id', '=', userId)]));
  }
  return query.orderBy('i.created_at').orderBy('i.id').execute();
}

/** The comments of some ideas, oldest first, with the commenter's name and first organisation. */
export async function findComments(db: Db, ideaIds: string[]): Promise<CommentView[]> {
  if (ideaIds.length === 0) return [];
  return db
    .selectFrom('idea_comments as c')
    .leftJoin('users as u', 'u.id', 'c.author_user_id')
    .selectAll('c')
    .select('u.name as author_name')
    .select(sql<string | null>`(select o.name from user_roles r join organizations o on o.id = r.scope_id
      where r.user_id = c.author_user_id and r.role = 'organization_editor' order by o.name limit 1)`.as('organization_name'))
    .where('c.idea_id', 'in', ideaIds)
    .orderBy('c.created_at')
    .orderBy('c.id')
    .execute();
}

export async function insertIdea(db: Db, row: Insertable<StrategyIdeasTable>): Promise<string> {
  return (await db.insertInto('strategy_ideas').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateIdeaRow(db: Db, id: string, changes: Updateable<StrategyIdeasTable>, at: Date): Promise<void> {
  await db.updateTable('strategy_ideas').set({ ...changes, updated_at: at.toISOString() }).where('id', '=', id).execute();
}

export async function insertComment(db: Db, row: Insertable<IdeaCommentsTable>): Promise<string> {
  return (await db.insertInto('idea_comments').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

/** Those of `organizationIds` that have an active membership in one of `clusterIds`, by name. */
export async function memberOrganizations(db: Db, organizationIds: string[], clusterIds: string[]): Promise<Array<{ id: string; name: string }>> {
  if (organizationIds.length === 0 || clusterIds.length === 0) return [];
  return db
    .selectFrom('organizations as o')
    .innerJoin('memberships as m', 'm.organization_id', 'o.id')
    .select(['o.id', 'o.name'])
    .where('o.id', 'in', organizationIds)
    .where('m.cluster_id', 'in', clusterIds)
    .where('m.status', '=', 'active')
    .distinct()
    .orderBy('o.name')
    .execute();
}
