// SQL of the workshop calendar feeds: the per-user tokens (and the per-membership ones) and the workshops a feed lists.
import type { Db } from '#src/db/connect.ts';
import type { CalendarWorkshop } from '#src/groups/group-calendar.ts';
import { timestampValue, uuidList } from '#src/registry/sql-helpers.ts';

export async function findUserFeedToken(db: Db, userId: string): Promise<string | undefined> {
  return (await db.selectFrom('group_feed_tokens').select('token').where('user_id', '=', userId).executeTakeFirst())?.token;
}

/** Stores the user's token unless they have one; returns the one that holds. */
export async function ensureUserFeedToken(db: Db, userId: string, token: string): Promise<string> {
  await db.insertInto('group_feed_tokens').values({ user_id: userId, token }).onConflict((oc) => oc.column('user_id').doNothing()).execute();
  return (await findUserFeedToken(db, userId))!;
}

/** Replaces the user's token (the old feed URL stops working). */
export async function replaceUserFeedToken(db: Db, userId: string, token: string, at: Date): Promise<void> {
  await db
    .insertInto('group_feed_tokens')
    .values({ user_id: userId, token, created_at: timestampValue(at) })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ token, created_at: timestampValue(at) }))
    .execute();
}

/** Whom a token belongs to: a user's feed token (all their groups) or a membership's (that group only). */
export async function findTokenHolder(db: Db, token: string): Promise<{ userId: string; groupId: string | null } | undefined> {
  const user = await db.selectFrom('group_feed_tokens').select('user_id').where('token', '=', token).executeTakeFirst();
  if (user) return { userId: user.user_id, groupId: null };
  const member = await db.selectFrom('working_group_members').select(['user_id', 'group_id']).where('feed_token', '=', token).executeTakeFirst();
  return member && { userId: member.user_id, groupId: member.group_id };
}

/** The user's groups with their clusters. */
export async function findUserGroups(db: Db, userId: string) {
  return db
    .selectFrom('working_group_members as m')
    .innerJoin('working_groups as g', 'g.id', 'm.group_id')
    .select(['g.id', 'g.cluster_id'])
    .where('m.user_id', '=', userId)
    .execute();
}

/** The workshops of the groups that end after `since`, in time order, with their group and its cluster's slug. */
export async function findFeedWorkshops(db: Db, groupIds: string[], since: Date): Promise<CalendarWorkshop[]> {
  if (groupIds.length === 0) return [];
  return db
    .selectFrom('workshops as w')
    .innerJoin('working_groups as g', 'g.id', 'w.group_id')
    .innerJoin('clusters as c', 'c.id', 'g.cluster_id')
    .select([
      'w.id', 'w.title', 'w.starts_at', 'w.ends_at', 'w.timezone', 'w.place', 'w.link', 'w.agenda', 'w.status', 'w.sequence', 'w.updated_at', 'w.created_at',
      'g.id as group_id', 'g.title as group_title', 'c.slug as cluster_slug',
    ])
    .where('w.group_id', 'in', uuidList(groupIds))
    .where('w.ends_at', '>', timestampValue(since))
    .orderBy('w.starts_at')
    .orderBy('w.id')
    .execute();
}

export async function findUserLocale(db: Db, userId: string): Promise<string | null> {
  return (await db.selectFrom('users').select('locale').where('id', '=', userId).executeTakeFirst())?.locale ?? null;
}
