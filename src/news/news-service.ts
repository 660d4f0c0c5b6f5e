// Writing news: managers post and publish for the cluster; members write for their organisation and submit, the
// managers publish or reject with a note; both sides are notified.
import { requireClusterMember } from '#src/auth/cluster-access.ts';
import { requireUser } from '#src/auth/policy.ts';
import type { Ctx } from '#src/context.ts';
import type { Db } from '#src/db/connect.ts';
import type { LocalizedText } from '#src/db/types.ts';
import { conflict, forbidden, invalid } from '#src/errors.ts';
import { actorUserId, editedOrganizationIds, postingFamily, workspacePost } from '#src/news/news-access.ts';
import { deletePostRow, findPost, insertPost, organizationActiveIn, slugTaken, updatePostRow } from '#src/news/news-repo.ts';
import { languagesOf, NEWS_LANGUAGES, presentPost, type PostCreate, type PostRow, type PostUpdate } from '#src/news/news-schema.ts';
import { newsSlug } from '#src/news/news-slug.ts';
import { insertNotifications } from '#src/notifications/notification-repo.ts';
import { findCluster } from '#src/registry/cluster-service.ts';
import { clusterManagerIds, organizationEditorIds } from '#src/registry/membership-repo.ts';
import { actingUserId } from '#src/registry/membership-service.ts';
import { requireOrganization } from '#src/registry/person-service.ts';

export const NEWS_SUBMITTED_NOTIFICATION = 'news_submitted';
export const NEWS_REVIEWED_NOTIFICATION = 'news_reviewed';
// Addresses the news routes use beside articles (/clusters/{ref}/news/posts).
const RESERVED_SLUGS = new Set(['posts']);

async function requireFreeSlug(db: Db, clusterId: string, slug: string, exceptId?: string): Promise<void> {
  if (RESERVED_SLUGS.has(slug)) throw invalid(`slug: ${slug} is reserved`, [{ field: 'slug', message: 'reserved' }]);
  if (await slugTaken(db, clusterId, slug, exceptId)) throw conflict(`the cluster already has a post at ${slug}`);
}

/** Drops empty languages; each language with a title needs a body, and one language at least is needed. */
function requireVersions(title: LocalizedText, body: LocalizedText): void {
  const languages = languagesOf(title);
  if (languages.length === 0) throw invalid('title: give a title in at least one language', [{ field: 'title', message: 'give a title in at least one language' }]);
  const missing = languages.filter((l) => !(body[l] ?? '').trim());
  if (missing.length > 0) {
    throw invalid(`body: the ${missing.join(', ')} version has a title but no text`, missing.map((l) => ({ field: `body.${l}`, message: 'the title has no text' })));
  }
}

const clean = (text: LocalizedText): string => JSON.stringify(Object.fromEntries(NEWS_LANGUAGES.flatMap((l) => ((text[l] ?? '').trim() ? [[l, text[l]!.trim()]] : []))));

async function uniqueSlug(db: Db, clusterId: string, title: LocalizedText): Promise<string> {
  const base = newsSlug(title.en || title.de || title.da || 'news');
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base.slice(0, 76)}-${n}`;
    if (!RESERVED_SLUGS.has(candidate) && !(await slugTaken(db, clusterId, candidate))) return candidate;
  }
}

/** Members post for an organisation they edit that is an active member of the cluster (or its family). */
async function requirePostingOrganization(ctx: Ctx, clusterId: string, organizationId: string | null): Promise<void> {
  if (organizationId === null) throw invalid('organizationId: members post for their organisation', [{ field: 'organizationId', message: 'members post for their organisation' }]);
  if (!editedOrganizationIds(ctx).includes(organizationId) || !(await organizationActiveIn(ctx.db, organizationId, await postingFamily(ctx, clusterId)))) {
    throw forbidden('you post for an organisation you edit that is an active member of this cluster');
  }
}

async function notifyManagers(db: Db, post: PostRow, at: Date): Promise<void> {
  const managers = await clusterManagerIds(db, post.cluster_id);
  await insertNotifications(db, managers.map((userId) => ({
    userId, kind: NEWS_SUBMITTED_NOTIFICATION, createdAt: at,
    payload: { postId: post.id, clusterSlug: post.cluster_slug, clusterName: post.cluster_name, title: post.title, organizationName: post.organization_name },
  })));
}

async function notifyAuthor(ctx: Ctx, db: Db, post: PostRow, decision: 'published' | 'rejected', at: Date): Promise<void> {
  const also = post.author_user_id ? [post.author_user_id] : [];
  const recipients = post.organization_id ? await organizationEditorIds(db, post.organization_id, also) : also;
  await insertNotifications(db, recipients.filter((id) => id !== actorUserId(ctx)).map((userId) => ({
    userId, kind: NEWS_REVIEWED_NOTIFICATION, createdAt: at,
    payload: { postId: post.id, postSlug: post.slug, clusterSlug: post.cluster_slug, clusterName: post.cluster_name, title: post.title, decision, note: post.review_note },
  })));
}

async function reload(db: Db, id: string) {
  return presentPost((await findPost(db, id))!);
}

/** Writes a post: managers as a draft or published at once; members for their organisation, as a draft or submitted. */
export async function createPost(ctx: Ctx, ref: string, input: PostCreate) {
  requireUser(ctx.actor);
  const cluster = await findCluster(ctx, ref);
  const access = await requireClusterMember(ctx, cluster.id);
  if (access === 'member') {
    if (input.status === 'published') throw forbidden('members submit their posts; the cluster’s managers publish them');
    await requirePostingOrganization(ctx, cluster.id, input.organizationId);
  } else if (input.organizationId) await requireOrganization(ctx, input.organizationId);
  requireVersions(input.title, input.body);
  const now = ctx.clock();
  const id = await ctx.db.transaction().execute(async (trx) => {
    if (input.slug) await requireFreeSlug(trx, cluster.id, input.slug);
    const postId = await insertPost(trx, {
      cluster_id: cluster.id, organization_id: input.organizationId, author_user_id: actingUserId(ctx),
      slug: input.slug ?? (await uniqueSlug(trx, cluster.id, input.title)),
      title: clean(input.title), summary: clean(input.summary), body: clean(input.body), status: input.status,
      submitted_at: input.status === 'submitted' ? now : null, published_at: input.status === 'published' ? now : null,
      reviewed_by: input.status === 'published' ? actingUserId(ctx) : null, created_at: now, updated_at: now,
    });
    if (input.status === 'submitted') await notifyManagers(trx, (await findPost(trx, postId))!, now);
    return postId;
  });
  return reload(ctx.db, id);
}

/** Changes a post: the managers always, its author until it is published. */
export async function updatePost(ctx: Ctx, id: string, input: PostUpdate) {
  const { post, role } = await workspacePost(ctx, id);
  if (role === 'author') {
    if (post.status === 'published') throw conflict('the post is published: ask the cluster’s managers to change it');
    if (input.organizationId !== undefined) await requirePostingOrganization(ctx, post.cluster_id, input.organizationId);
  } else if (input.organizationId) await requireOrganization(ctx, input.organizationId);
  const title = input.title ?? post.title;
  const body = input.body ?? post.body;
  requireVersions(title, body);
  await ctx.db.transaction().execute(async (trx) => {
    if (input.slug) await requireFreeSlug(trx, post.cluster_id, input.slug, id);
    await updatePostRow(trx, id, {
      title: clean(title), body: clean(body),
      ...(input.summary === undefined ? {} : { summary: clean(input.summary) }),
      ...(input.slug === undefined ? {} : { slug: input.slug }),
      ...(input.organizationId === undefined ? {} : { organization_id: input.organizationId }),
    }, ctx.clock());
  });
  return reload(ctx.db, id);
}

/** The author submits a draft (or a rejected post, changed) for review; the managers are notified. */
export async function submitPost(ctx: Ctx, id: string) {
  const { post } = await workspacePost(ctx, id);
  if (post.status !== 'draft' && post.status !== 'rejected') throw conflict(`the post is ${post.status}`);
  const now = ctx.clock();
  await ctx.db.transaction().execute(async (trx) => {
    await updatePostRow(trx, id, { status: 'submitted', submitted_at: now, review_note: null }, now);
    await notifyManagers(trx, (await findPost(trx, id))!, now);
  });
  return reload(ctx.db, id);
}

async function requireManagerOf(ctx: Ctx, id: string) {
  const { post, role } = await workspacePost(ctx, id);
  if (role !== 'manager') throw forbidden('only the cluster’s managers review and publish news');
  return post;
}

/** The managers publish a post (a member's submitted one is approved so); its author is notified. */
export async function publishPost(ctx: Ctx, id: string) {
  const post = await requireManagerOf(ctx, id);
  if (post.status === 'published') throw conflict('the post is already published');
  const now = ctx.clock();
  await ctx.db.transaction().execute(async (trx) => {
    await updatePostRow(trx, id, { status: 'published', published_at: post.published_at ?? now, reviewed_by: actingUserId(ctx), review_note: null }, now);
    await notifyAuthor(ctx, trx, (await findPost(trx, id))!, 'published', now);
  });
  return reload(ctx.db, id);
}

/** The managers reject a submitted post with a note its author reads. */
export async function rejectPost(ctx: Ctx, id: string, note: string) {
  const post = await requireManagerOf(ctx, id);
  if (post.status !== 'submitted') throw conflict(`only submitted posts are rejected; this one is ${post.status}`);
  const now = ctx.clock();
  await ctx.db.transaction().execute(async (trx) => {
    await updatePostRow(trx, id, { status: 'rejected', review_note: note, reviewed_by: actingUserId(ctx) }, now);
    await notifyAuthor(ctx, trx, (await findPost(trx, id))!, 'rejected', now);
  });
  return reload(ctx.db, id);
}

/** The managers take a published post back to a draft (it leaves the public list and the feed). */
export async function unpublishPost(ctx: Ctx, id: string) {
  const post = await requireManagerOf(ctx, id);
  if (post.status !== 'published') throw conflict(`the post is ${post.status}`);
  await ctx.db.transaction().execute((trx) => updatePostRow(trx, id, { status: 'draft', published_at: null }, ctx.clock()));
  return reload(ctx.db, id);
}

/** Deletes a post: the managers any, its author one not yet published. */
export async function deletePost(ctx: Ctx, id: string): Promise<void> {
  const { post, role } = await workspacePost(ctx, id);
  if (role === 'author' && post.status === 'published') throw conflict('the post is published: ask the cluster’s managers to remove it');
  await ctx.db.transaction().execute((trx) => deletePostRow(trx, id));
}
