// News of a cluster and its members over HTTP: posts in one or more languages, their review, and the reader's view.
import { z } from '@hono/zod-openapi';
import type { Selectable } from 'kysely';
import type { LocalizedText } from '#src/db/types.ts';
import type { NewsPostsTable } from '#src/db/types-cluster.ts';
import { isoTime } from '#src/registry/competence-schema.ts';

export const NEWS_LANGUAGES = ['de', 'en', 'da'] as const;
export type NewsLanguage = (typeof NEWS_LANGUAGES)[number];
export const newsStatusSchema = z.enum(['draft', 'submitted', 'published', 'rejected']);

const texts = (max: number) =>
  z.object({ de: z.string().trim().max(max).optional(), en: z.string().trim().max(max).optional(), da: z.string().trim().max(max).optional() }).strict();

const postFields = {
  title: texts(300).openapi({ description: 'the title per language; the languages with a title are the article’s versions' }),
  summary: texts(1_000).openapi({ description: 'plain text shown on the list, per language' }),
  body: texts(50_000).openapi({ description: 'Markdown per language (raw HTML is shown as text)' }),
  slug: z.string().trim().max(80).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case letters, digits and single hyphens').openapi({ description: 'the address of the article' }),
  organizationId: z.uuid().nullable().openapi({ description: 'the member organisation posting (required for members; managers post for the cluster with null)' }),
};

export const postCreateSchema = z
  .object({
    ...postFields,
    summary: postFields.summary.default({}),
    body: postFields.body.default({}),
    slug: postFields.slug.optional(),
    organizationId: postFields.organizationId.default(null),
    status: z.enum(['draft', 'submitted', 'published']).default('draft').openapi({ description: 'managers may publish at once; members draft or submit' }),
  })
  .strict()
  .openapi('NewsPostCreate');

export const postUpdateSchema = z
  .object(postFields)
  .partial()
  .strict()
  .refine((body) => Object.keys(body).length > 0, 'give at least one field to change')
  .openapi('NewsPostUpdate');

export const rejectPostSchema = z.object({ note: z.string().trim().min(1).max(4_000) }).strict().openapi('NewsPostRejection');
export const previewSchema = z.object({ markdown: z.string().max(50_000) }).strict().openapi('MarkdownPreview');
export const languageQuerySchema = z.object({ lang: z.enum(NEWS_LANGUAGES).default('en').openapi({ description: 'the reader’s language' }) });
export const postIdParamSchema = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });
export const articleParamSchema = z.object({
  ref: z.string().min(1).max(100).openapi({ param: { name: 'ref', in: 'path' }, description: 'the cluster’s id or slug' }),
  postSlug: z.string().min(1).max(80).openapi({ param: { name: 'postSlug', in: 'path' } }),
});
export const publishedListQuerySchema = languageQuerySchema.extend({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(1000).optional().openapi({ description: 'nextCursor of the previous page' }),
});
export const workListQuerySchema = z.object({ status: newsStatusSchema.optional() });
export const digestQuerySchema = languageQuerySchema.extend({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month as YYYY-MM').openapi({ description: 'the month whose published news the digest gathers' }),
});

const localizedOut = z.object({ de: z.string().optional(), en: z.string().optional(), da: z.string().optional() });

export const postOutSchema = z
  .object({
    id: z.string(),
    clusterId: z.string(),
    clusterSlug: z.string(),
    slug: z.string(),
    status: newsStatusSchema,
    organizationId: z.string().nullable(),
    organizationName: z.string().nullable(),
    authorName: z.string().nullable(),
    title: localizedOut,
    summary: localizedOut,
    body: localizedOut,
    languages: z.array(z.enum(NEWS_LANGUAGES)),
    reviewNote: z.string().nullable(),
    submittedAt: z.string().nullable(),
    publishedAt: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('NewsPost');

export const articleOutSchema = z
  .object({
    id: z.string(),
    clusterId: z.string(),
    clusterSlug: z.string(),
    clusterName: z.string(),
    slug: z.string(),
    status: newsStatusSchema,
    language: z.enum(NEWS_LANGUAGES).openapi({ description: 'the language shown' }),
    requestedLanguage: z.enum(NEWS_LANGUAGES),
    languages: z.array(z.enum(NEWS_LANGUAGES)),
    title: z.string(),
    summary: z.string(),
    bodyHtml: z.string().optional().openapi({ description: 'the body rendered to safe HTML (articles only, not lists)' }),
    organizationId: z.string().nullable(),
    organizationName: z.string().nullable(),
    publishedAt: z.string().nullable(),
  })
  .openapi('NewsArticle');

export const articleListOutSchema = z.object({ items: z.array(articleOutSchema), nextCursor: z.string().nullable() }).openapi('NewsArticleList');
export const postListOutSchema = z.object({ items: z.array(postOutSchema) }).openapi('NewsPostList');

export type PostCreate = z.infer<typeof postCreateSchema>;
export type PostUpdate = z.infer<typeof postUpdateSchema>;
export type PostOut = z.infer<typeof postOutSchema>;
export type ArticleOut = z.infer<typeof articleOutSchema>;
export type PostRow = Selectable<NewsPostsTable> & { cluster_slug: string; cluster_name: string; organization_name: string | null; author_name: string | null };

/** The languages of a post: those with a title, in the order de, en, da. */
export function languagesOf(title: LocalizedText): NewsLanguage[] {
  return NEWS_LANGUAGES.filter((l) => (title[l] ?? '').trim() !== '');
}

/** The reader's language when the post has it, else English, German, Danish in that order. */
export function pickLanguage(available: NewsLanguage[], wanted: NewsLanguage): NewsLanguage {
  if (available.includes(wanted)) return wanted;
  return (['en', 'de', 'da'] as const).find((l) => available.includes(l)) ?? wanted;
}

/** Turns a post row into the API object for its author and the managers. */
export function presentPost(row: PostRow): PostOut {
  return {
    id: row.id,
    clusterId: row.cluster_id,
    clusterSlug: row.cluster_slug,
    slug: row.slug,
    status: row.status,
    organizationId: row.organization_id,
    organizationName: row.organization_name,
    authorName: row.author_name,
    title: row.title,
    summary: row.summary,
    body: row.body,
    languages: languagesOf(row.title),
    reviewNote: row.review_note,
    submittedAt: row.submitted_at ? isoTime(row.submitted_at) : null,
    publishedAt: row.published_at ? isoTime(row.published_at) : null,
    createdAt: isoTime(row.created_at),
    updatedAt: isoTime(row.updated_at),
  };
}
