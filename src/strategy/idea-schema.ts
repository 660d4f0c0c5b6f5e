// Ideas and their comments over HTTP: request schemas, API objects and presenters.
import { z } from '@hono/zod-openapi';
import type { Selectable } from 'kysely';
import type { IdeaCommentsTable, StrategyIdeasTable } from '#src/db/types-cluster.ts';
import { isoTime } from '#src/registry/competence-schema.ts';

export const ideaStatusSchema = z.enum(['open', 'hidden', 'adopted']);

export const ideaCreateSchema = z
  .object({
    title: z.string().trim().min(1).max(300),
    body: z.string().trim().max(20_000).default(''),
    organizationId: z.uuid().nullable().default(null).openapi({ description: 'the member organisation the idea comes from (one the author edits); default: the author’s first' }),
  })
  .strict()
  .openapi('IdeaCreate');

export const ideaUpdateSchema = z
  .object({
    title: z.string().trim().min(1).max(300).openapi({ description: 'its author only' }),
    body: z.string().trim().max(20_000).openapi({ description: 'its author only' }),
    status: ideaStatusSchema.openapi({ description: 'the cluster’s managers only: hide or adopt an idea' }),
  })
  .partial()
  .strict()
  .refine((b) => Object.keys(b).length > 0, 'give at least one field to change')
  .openapi('IdeaUpdate');

export const commentCreateSchema = z.object({ body: z.string().trim().min(1).max(5000) }).strict().openapi('IdeaCommentCreate');

export const ideaListQuerySchema = z.object({ theme: z.uuid().optional() });

export const commentOutSchema = z
  .object({ id: z.string(), ideaId: z.string(), body: z.string(), authorName: z.string(), organizationName: z.string().nullable(), mine: z.boolean(), createdAt: z.string() })
  .openapi('IdeaComment');

export const ideaOutSchema = z
  .object({
    id: z.string(),
    themeId: z.string(),
    clusterId: z.string(),
    title: z.string(),
    body: z.string(),
    status: ideaStatusSchema,
    authorName: z.string(),
    organizationId: z.string().nullable(),
    organizationName: z.string().nullable(),
    mine: z.boolean().openapi({ description: 'you wrote it (and may edit it)' }),
    commentCount: z.number(),
    comments: z.array(commentOutSchema),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Idea');

export const ideaListOutSchema = z.object({ items: z.array(ideaOutSchema) }).openapi('IdeaList');

export type IdeaCreate = z.infer<typeof ideaCreateSchema>;
export type IdeaUpdate = z.infer<typeof ideaUpdateSchema>;
export type IdeaRow = Selectable<StrategyIdeasTable>;
export type CommentRow = Selectable<IdeaCommentsTable>;
export type IdeaView = IdeaRow & { cluster_id: string; author_name: string | null; organization_name: string | null };
export type CommentView = CommentRow & { author_name: string | null; organization_name: string | null };
export type IdeaOut = z.infer<typeof ideaOutSchema>;

/** Turns a comment row into the API object. */
export const presentComment = (row: CommentView, userId: string | null): z.infer<typeof commentOutSchema> => ({
  id: row.id, ideaId: row.idea_id, body: row.body, authorName: row.author_name ?? '', organizationName: row.organization_name,
  mine: userId !== null && row.author_user_id === userId, createdAt: isoTime(row.created_at),
});

/** Turns an idea row with its comments into the API object. */
export const presentIdea = (row: IdeaView, comments: CommentView[], userId: string | null): IdeaOut => ({
  id: row.id, themeId: row.theme_id, clusterId: row.cluster_id, title: row.title, body: row.body, status: row.status,
  authorName: row.author_name ?? '', organizationId: row.organization_id, organizationName: row.organization_name,
  mine: userId !== null && row.author_user_id === userId, commentCount: comments.length,
  comments: comments.map((c) => presentComment(c, userId)), createdAt: isoTime(row.created_at), updatedAt: isoTime(row.updated_at),
});
