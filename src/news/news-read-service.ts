// Reading news: the public list and articles in the reader's language (or another, said so), the workspace's lists,
// the Atom feed, the Markdown preview and the managers' monthly digest.
import { clusterFamily, requireClusterMember } from '#src/auth/cluster-access.ts';
import { requireClusterManager, requireUser } from '#src/auth/policy.ts';
import type { Ctx } from '#src/context.ts';
import { notFound } from '#src/errors.ts';
import { actorUserId, editedOrganizationIds, standing, workspacePost } from '#src/news/news-access.ts';
import { atomFeed } from '#src/news/news-atom.ts';
import { digestHtml, digestText, type Digest } from '#src/news/news-digest.ts';
import { findCallsClosingBetween, findPostBySlug, findPublishedBetween, findPublishedPosts, findWorkPosts, findWorkshopsBetween } from '#src/news/news-repo.ts';
import { languagesOf, pickLanguage, presentPost, type ArticleOut, type NewsLanguage, type PostRow } from '#src/news/news-schema.ts';
import { markdownToText, renderMarkdown } from '#src/news/markdown.ts';
import { findCluster } from '#src/registry/cluster-service.ts';
import { decodeCursor, encodeCursor } from '#src/registry/cursor.ts';
import { isoTime } from '#src/registry/competence-schema.ts';

/** The summary in `language`, or the start of the body's text when none was written. */
function summaryOf(post: PostRow, language: NewsLanguage): string {
  const written = post.summary[language]?.trim();
  if (written) return written;
  const text = markdownToText(post.body[language] ?? '');
  return text.length <= 280 ? text : `${text.slice(0, 277).replace(/\s+\S*$/, '')} …`;
}

/** A post as the reader sees it in their language (or the fallback), with the body as safe HTML for articles. */
export function presentArticle(post: PostRow, wanted: NewsLanguage, withBody: boolean): ArticleOut {
  const languages = languagesOf(post.title);
  const language = pickLanguage(languages, wanted);
  return {
    id: post.id, clusterId: post.cluster_id, clusterSlug: post.cluster_slug, clusterName: post.cluster_name, slug: post.slug, status: post.status,
    language, requestedLanguage: wanted, languages, title: post.title[language] ?? '', summary: summaryOf(post, language),
    ...(withBody ? { bodyHtml: renderMarkdown(post.body[language] ?? '') } : {}),
    organizationId: post.organization_id, organizationName: post.organization_name, publishedAt: post.published_at ? isoTime(post.published_at) : null,
  };
}

/** A page of a cluster's published news, newest first (public). */
export async function listPublishedNews(ctx: Ctx, ref: string, query: { lang: NewsLanguage; limit: number; cursor?: string | undefined }) {
  const cluster = await findCluster(ctx, ref);
  const after = query.cursor === undefined ? undefined : (decodeCursor(query.cursor, 2) as [string, string]);
  const rows = await findPublishedPosts(ctx.db, cluster.id, after, query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    items: page.map((p) => presentArticle(p, query.lang, false)),
    nextCursor: rows.length > query.limit && last ? encodeCursor([isoTime(last.published_at), last.id]) : null,
  };
}

/** One article: published ones for everybody; unpublished ones only to the managers and the author (else not found). */
export async function getArticle(ctx: Ctx, ref: string, slug: string, lang: NewsLanguage) {
  const cluster = await findCluster(ctx, ref);
  const post = await findPostBySlug(ctx.db, cluster.id, slug);
  if (!post || (post.status !== 'published' && (await standing(ctx, post)) === 'none')) throw notFound('news article', slug);
  return presentArticle(post, lang, true);
}

/** The workspace's posts: every post of the cluster for its managers, their own (and their organisations') for members. */
export async function listWorkPosts(ctx: Ctx, ref: string, status: PostRow['status'] | undefined) {
  requireUser(ctx.actor);
  const cluster = await findCluster(ctx, ref);
  const access = await requireClusterMember(ctx, cluster.id);
  const mine = access === 'manager' ? undefined : { authorId: actorUserId(ctx), organizationIds: editedOrganizationIds(ctx) };
  return { items: (await findWorkPosts(ctx.db, cluster.id, { status, mine })).map(presentPost) };
}

/** One post with all its language versions, for its author and the managers. */
export async function getPost(ctx: Ctx, id: string) {
  return presentPost((await workspacePost(ctx, id)).post);
}

/** Markdown rendered as the article will show it (signed-in users). */
export function previewMarkdown(ctx: Ctx, markdown: string) {
  requireUser(ctx.actor);
  return { html: renderMarkdown(markdown) };
}

const articleUrl = (origin: string, post: { cluster_slug: string; slug: string }) => `${origin}/clusters/${post.cluster_slug}/news/${post.slug}`;

/** The cluster's published news as an Atom feed in the reader's language (public). */
export async function newsFeed(ctx: Ctx, ref: string, lang: NewsLanguage, origin: string): Promise<string> {
  const cluster = await findCluster(ctx, ref);
  const posts = await findPublishedPosts(ctx.db, cluster.id, undefined, 50);
  const updated = (p: PostRow) => new Date(Math.max(new Date(p.updated_at).getTime(), new Date(p.published_at ?? p.updated_at).getTime()));
  const title = { en: `News of ${cluster.name}`, de: `Neuigkeiten von ${cluster.name}`, da: `Nyheder fra ${cluster.name}` }[lang];
  return atomFeed({
    id: `${origin}/clusters/${cluster.slug}/news`, title, language: lang, author: cluster.name,
    selfUrl: `${origin}/api/v1/clusters/${cluster.slug}/news.atom${lang === 'en' ? '' : `?lang=${lang}`}`, siteUrl: `${origin}/clusters/${cluster.slug}/news`,
    updated: posts.length > 0 ? new Date(Math.max(...posts.map((p) => updated(p).getTime()))) : new Date(cluster.updated_at),
    entries: posts.map((p) => {
      const article = presentArticle(p, lang, true);
      return {
        id: `urn:uuid:${p.id}`, url: articleUrl(origin, p), language: article.language, title: article.title, summary: article.summary, html: article.bodyHtml ?? '',
        author: p.organization_name ?? cluster.name, published: new Date(p.published_at ?? p.created_at), updated: updated(p),
      };
    }),
  });
}

/**
 * The monthly digest (the cluster's managers): the news published in `month` and, for the month after it, the
 * workshops of the cluster's working groups and the funding calls that close; as HTML e-mail and plain text.
 */
export async function buildDigest(ctx: Ctx, ref: string, month: string, lang: NewsLanguage, origin: string) {
  requireUser(ctx.actor);
  const cluster = await findCluster(ctx, ref);
  await requireClusterManager(ctx, cluster.id);
  const from = new Date(`${month}-01T00:00:00Z`);
  const to = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + 1, 1));
  const next = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + 2, 1));
  const family = cluster.parent_id === null ? await clusterFamily(ctx.db, cluster.id) : [cluster.id];
  const [posts, workshops, calls] = await Promise.all([
    findPublishedBetween(ctx.db, cluster.id, from, to),
    findWorkshopsBetween(ctx.db, family, to, next),
    findCallsClosingBetween(ctx.db, family, to, next),
  ]);
  const digest: Digest = {
    language: lang, clusterName: cluster.name, month, newsUrl: `${origin}/clusters/${cluster.slug}/news`,
    items: posts.map((p) => {
      const a = presentArticle(p, lang, false);
      return { title: a.title, summary: a.summary, url: articleUrl(origin, p), date: new Date(a.publishedAt!), organization: a.organizationName, fallback: a.language !== lang };
    }),
    workshops: workshops.map((w) => {
      const group = w.group_title[lang] ?? w.group_title.en ?? w.group_title.de ?? w.group_title.da;
      return { title: group ? `${w.title} (${group})` : w.title, date: new Date(w.starts_at), where: w.place, url: w.link };
    }),
    calls: calls.map((c) => ({ title: c.title, date: new Date(c.deadline), where: '', url: c.url })),
  };
  return { digest, html: digestHtml(digest), text: digestText(digest), filename: `news-${cluster.slug}-${month}` };
}
