// SQL of news posts: published pages, the workspace's lists, writes, and what a monthly digest gathers.
import { sql, type InsertObject, type SqlBool, type UpdateObject } from 'kysely';
import type { Db } from '#src/db/connect.ts';
import type { Database, LocalizedText } from '#src/db/types.ts';
import type { NewsStatus } from '#src/db/types-cluster.ts';
import type { PostRow } from '#src/news/news-schema.ts';

function selectPosts(db: Db) {
  return db
    .selectFrom('news_posts as n')
    .innerJoin('clusters as c', 'c.id', 'n.cluster_id')
    .leftJoin('organizations as o', 'o.id', 'n.organization_id')
    .leftJoin('users as u', 'u.id', 'n.author_user_id')
    .selectAll('n')
    .select(['c.slug as cluster_slug', 'c.name as cluster_name', 'o.name as organization_name', 'u.name as author_name']);
}

/** A page of a cluster's published posts, newest first, after the cursor key (published_at, id). */
export async function findPublishedPosts(db: Db, clusterId: string, after: [string, string] | undefined, limit: number): Promise<PostRow[]> {
  let query = selectPosts(db).where('n.cluster_id', '=', clusterId).where('n.status', '=', 'published');
  if (after) query = query.where(sql<SqlBool>`(n.published_at, n.id) < (${after[0]}::timestamptz, ${after[1]}::uuid)`);
  return query.orderBy('n.published_at', 'desc').orderBy('n.id', 'desc').limit(limit).execute();
}

/** The posts published in [from, to), oldest first. */
export async function findPublishedBetween(db: Db, clusterId: string, from: Date, to: Date): Promise<PostRow[]> {
  return selectPosts(db)
    .where('n.cluster_id', '=', clusterId)
    .where('n.status', '=', 'published')
    .where('n.published_at', '>=', from)
    .where('n.published_at', '<', to)
    .orderBy('n.published_at')
    .orderBy('n.id')
    .execute();
}

/** One post by id. */
export async function findPost(db: Db, id: string): Promise<PostRow | undefined> {
  return selectPosts(db).where('n.id', '=', id).executeTakeFirst();
}

/** One post of a cluster by its slug. */
export async function findPostBySlug(db: Db, clusterId: string, slug: string): Promise<PostRow | undefined> {
  return selectPosts(db).where('n.cluster_id', '=', clusterId).where('n.slug', '=', slug).executeTakeFirst();
}

/**
 * A cluster's posts in the workspace, newest change first: all (managers), or those written by `authorId` or for one
 * of `organizationIds` (members).
 */
export async function findWorkPosts(
  db: Db,
  clusterId: string,
  filter: { status?: NewsStatus | undefined; mine?: { authorId: string | null; organizationIds: string[] } | undefined },
): Promise<PostRow[]> {
  let query = selectPosts(db).where('n.cluster_id', '=', clusterId);
  if (filter.status) query = query.where('n.status', '=', filter.status);
  const mine = filter.mine;
  if (mine) {
    query = query.where((eb) => eb.or([
      ...(mine.authorId ? [eb('n.author_user_id', '=', mine.authorId)] : []),
      ...(mine.organizationIds.length > 0 ? [eb('n.organization_id', 'in', mine.organizationIds)] : []),
      eb.val(false),
    ]));
  }
  return query.orderBy('n.updated_at', 'desc').orderBy('n.id').execute();
}

/** Whether a cluster already has a post with this slug (other than `exceptId`). */
export async function slugTaken(db: Db, clusterId: string, slug: string, exceptId?: string): Promise<boolean> {
  let query = db.selectFrom('news_posts').select('id').where('cluster_id', '=', clusterId).where('slug', '=', slug);
  if (exceptId) query = query.where('id', '!=', exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

/** Inserts a post and returns its id. */
export async function insertPost(db: Db, values: InsertObject<Database, 'news_posts'>): Promise<string> {
  return (await db.insertInto('news_posts').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

/** Changes a post. */
export async function updatePostRow(db: Db, id: string, values: UpdateObject<Database, 'news_posts'>, at: Date): Promise<void> {
  await db.updateTable('news_posts').set({ ...values, updated_at: at }).where('id', '=', id).execute();
}

/** Deletes a post; returns whether it existed. */
export async function deletePostRow(db: Db, id: string): Promise<boolean> {
  return Number((await db.deleteFrom('news_posts').where('id', '=', id).executeTakeFirst()).numDeletedRows) > 0;
}

export type DigestWorkshop = { title: string; starts_at: Date; place: string; link: string | null; group_title: LocalizedText };
export type DigestCall = { title: string; deadline: Date; url: string | null };

/** The planned workshops of the clusters' working groups starting in [from, to), by start. */
export async function findWorkshopsBetween(db: Db, clusterIds: string[], from: Date, to: Date): Promise<DigestWorkshop[]> {
  return db
    .selectFrom('workshops as w')
    .innerJoin('working_groups as g', 'g.id', 'w.group_id')
    .select(['w.title', 'w.starts_at', 'w.place', 'w.link', 'g.title as group_title'])
    .where('g.cluster_id', 'in', clusterIds)
    .where('w.status', '=', 'planned')
    .where('w.starts_at', '>=', from)
    .where('w.starts_at', '<', to)
    .orderBy('w.starts_at')
    .execute();
}

/** The funding calls of the clusters (or of every cluster) whose deadline lies in [from, to), by deadline. */
export async function findCallsClosingBetween(db: Db, clusterIds: string[], from: Date, to: Date): Promise<DigestCall[]> {
  return db
    .selectFrom('funding_calls')
    .select(['title', 'deadline', 'url'])
    .where((eb) => eb.or([eb('cluster_id', 'is', null), eb('cluster_id', 'in', clusterIds)]))
    .where('deadline', '>=', from)
    .where('deadline', '<', to)
    .orderBy('deadline')
    .execute();
}

/** Whether the organisation has an active membership in one of `clusterIds`. */
export async function organizationActiveIn(db: Db, organizationId: string, clusterIds: string[]): Promise<boolean> {
  if (clusterIds.length === 0) return false;
  const row = await db.selectFrom('memberships').select('organization_id').where('organization_id', '=', organizationId)
    .where('cluster_id', 'in', clusterIds).where('status', '=', 'active').executeTakeFirst();
  return row !== undefined;
}
