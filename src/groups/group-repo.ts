// SQL of working groups and their members.
import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Db } from '#src/db/connect.ts';
import type { WorkingGroupMembersTable, WorkingGroupsTable } from '#src/db/types-cluster.ts';
import type { GroupView } from '#src/groups/group-schema.ts';
import { timestampValue, uuidList } from '#src/registry/sql-helpers.ts';

export type GroupRow = Selectable<WorkingGroupsTable>;
export type MemberRow = Selectable<WorkingGroupMembersTable>;

function groupsWithLead(db: Db) {
  return db
    .selectFrom('working_groups as g')
    .leftJoin('people as p', 'p.id', 'g.lead_person_id')
    .leftJoin('organizations as o', 'o.id', 'g.lead_organization_id')
    .select([
      'g.id', 'g.cluster_id', 'g.kind', 'g.title', 'g.description', 'g.theme_id', 'g.lead_person_id', 'g.lead_organization_id', 'g.position',
      'p.given_name as person_given_name', 'p.family_name as person_family_name', 'p.consent_listed as person_consent',
      'p.visibility as person_visibility', 'o.name as lead_organization_name',
    ]);
}

/** A group with its lead's names. */
export async function findGroupView(db: Db, id: string): Promise<GroupView | undefined> {
  return groupsWithLead(db).where('g.id', '=', id).executeTakeFirst();
}

/** The groups of one cluster or hub (of one kind when given), in their order. */
export async function findClusterGroups(db: Db, clusterId: string, kind?: 'working_group' | 'strategy_group'): Promise<GroupView[]> {
  let query = groupsWithLead(db).where('g.cluster_id', '=', clusterId);
  if (kind) query = query.where('g.kind', '=', kind);
  return query.orderBy('g.position').orderBy('g.created_at').orderBy('g.id').execute();
}

/** The group row itself. */
export async function findGroup(db: Db, id: string): Promise<GroupRow | undefined> {
  return db.selectFrom('working_groups').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertGroup(db: Db, row: Insertable<WorkingGroupsTable>): Promise<string> {
  return (await db.insertInto('working_groups').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateGroupRow(db: Db, id: string, changes: Updateable<WorkingGroupsTable>, at: Date): Promise<void> {
  await db.updateTable('working_groups').set({ ...changes, updated_at: timestampValue(at) }).where('id', '=', id).execute();
}

export async function deleteGroupRow(db: Db, id: string): Promise<void> {
  await db.deleteFrom('working_groups').where('id', '=', id).execute();
}

/** How many members each of the groups has. */
export async function countMembers(db: Db, groupIds: string[]): Promise<Map<string, number>> {
  if (groupIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('working_group_members')
    .select(['group_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('group_id', 'in', uuidList(groupIds))
    .groupBy('group_id')
    .execute();
  return new Map(rows.map((r) => [r.group_id, Number(r.n)]));
}

/** The user's memberships among the given groups (all their groups when `groupIds` is undefined). */
export async function findMemberships(db: Db, userId: string, groupIds?: string[]): Promise<MemberRow[]> {
  if (groupIds?.length === 0) return [];
  let query = db.selectFrom('working_group_members').selectAll().where('user_id', '=', userId);
  if (groupIds) query = query.where('group_id', 'in', uuidList(groupIds));
  return query.execute();
}

/** The members of a group with their names and the organisations they edit, leads first. */
export async function findMembers(db: Db, groupId: string) {
  const rows = await db
    .selectFrom('working_group_members as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['m.user_id', 'm.role', 'm.joined_at', 'u.name', 'u.email'])
    .where('m.group_id', '=', groupId)
    .orderBy('m.role')
    .orderBy('u.name')
    .orderBy('m.user_id')
    .execute();
  const organizations = await organizationsOfUsers(db, rows.map((r) => r.user_id));
  return rows.map((r) => ({ ...r, name: r.name || r.email, organizations: organizations.get(r.user_id) ?? [] }));
}

/** The names of the organisations each user edits, by name. */
export async function organizationsOfUsers(db: Db, userIds: string[]): Promise<Map<string, string[]>> {
  if (userIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('user_roles as r')
    .innerJoin('organizations as o', 'o.id', 'r.scope_id')
    .select(['r.user_id', 'o.id', 'o.name'])
    .where('r.role', '=', 'organization_editor')
    .where('r.user_id', 'in', uuidList(userIds))
    .orderBy('o.name')
    .execute();
  const byUser = new Map<string, string[]>();
  for (const r of rows) byUser.set(r.user_id, [...(byUser.get(r.user_id) ?? []), r.name]);
  return byUser;
}

/** The first organisation (by name) each user edits: the organisation a workshop participant counts for. */
export async function firstOrganizationOf(db: Db, userId: string): Promise<string | null> {
  const row = await db
    .selectFrom('user_roles as r')
    .innerJoin('organizations as o', 'o.id', 'r.scope_id')
    .select('o.id')
    .where('r.role', '=', 'organization_editor')
    .where('r.user_id', '=', userId)
    .orderBy('o.name')
    .executeTakeFirst();
  return row?.id ?? null;
}

/** Adds a member; an existing membership stays as it is. Returns whether a row was added. */
export async function insertMember(db: Db, row: { group_id: string; user_id: string; role: 'lead' | 'member'; feed_token: string; joined_at: Date }): Promise<boolean> {
  const inserted = await db
    .insertInto('working_group_members')
    .values({ ...row, joined_at: timestampValue(row.joined_at) })
    .onConflict((oc) => oc.columns(['group_id', 'user_id']).doNothing())
    .returning('user_id')
    .executeTakeFirst();
  return inserted !== undefined;
}

export async function updateMemberRole(db: Db, groupId: string, userId: string, role: 'lead' | 'member'): Promise<boolean> {
  const result = await db.updateTable('working_group_members').set({ role }).where('group_id', '=', groupId).where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function deleteMember(db: Db, groupId: string, userId: string): Promise<boolean> {
  const result = await db.deleteFrom('working_group_members').where('group_id', '=', groupId).where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** The user ids of a group's members. */
export async function memberUserIds(db: Db, groupId: string): Promise<string[]> {
  return (await db.selectFrom('working_group_members').select('user_id').where('group_id', '=', groupId).execute()).map((r) => r.user_id);
}

/** The cluster a strategy theme belongs to. */
export async function findThemeCluster(db: Db, themeId: string): Promise<string | undefined> {
  return (await db.selectFrom('strategy_themes').select('cluster_id').where('id', '=', themeId).executeTakeFirst())?.cluster_id;
}

export async function personExists(db: Db, id: string): Promise<boolean> {
  return (await db.selectFrom('people').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

export async function organizationExists(db: Db, id: string): Promise<boolean> {
  return (await db.selectFrom('organizations').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

export async function userExists(db: Db, id: string): Promise<boolean> {
  return (await db.selectFrom('users').select('id').where('id', '=', id).where('disabled', '=', false).executeTakeFirst()) !== undefined;
}
