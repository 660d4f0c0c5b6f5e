// HTTP routes of cluster news (tag `news`): the public list, articles and Atom feed; writing, review and the digest.
import { createRoute, z } from '@hono/zod-openapi';
import { createRouter } from '#src/http/env.ts';
import { buildDigest, getArticle, getPost, listPublishedNews, listWorkPosts, newsFeed, previewMarkdown } from '#src/news/news-read-service.ts';
import {
  articleListOutSchema,
  articleOutSchema,
  articleParamSchema,
  digestQuerySchema,
  languageQuerySchema,
  postCreateSchema,
  postIdParamSchema,
  postListOutSchema,
  postOutSchema,
  postUpdateSchema,
  previewSchema,
  publishedListQuerySchema,
  rejectPostSchema,
  workListQuerySchema,
} from '#src/news/news-schema.ts';
import { createPost, deletePost, publishPost, rejectPost, submitPost, unpublishPost, updatePost } from '#src/news/news-service.ts';
import { clusterRefParamSchema } from '#src/registry/cluster-schema.ts';

const tags = ['news'];
const json = <T>(schema: T, description: string) => ({ content: { 'application/json': { schema } }, description });
const body = <T>(schema: T) => ({ body: { content: { 'application/json': { schema } }, required: true } });
const text = (type: string, description: string) => ({ content: { [type]: { schema: z.string() } }, description });
const post = json(postOutSchema, 'the post');
const params = postIdParamSchema;
/** The origin the request came to, for the absolute links of feeds and e-mails. */
const originOf = (url: string) => new URL(url).origin;

/** The /clusters/{ref}/news… and /news/{id}… routes. */
export function createNewsRoutes() {
  const router = createRouter();

  router.openapi(
    createRoute({
      method: 'get', path: '/clusters/{ref}/news', tags, summary: 'A cluster’s published news, newest first, in your language (public)',
      request: { params: clusterRefParamSchema, query: publishedListQuerySchema }, responses: { 200: json(articleListOutSchema, 'summaries; read more at the article') },
    }),
    async (c) => c.json(await listPublishedNews(c.var.ctx, c.req.valid('param').ref, c.req.valid('query')), 200),
  );
  router.openapi(
    createRoute({
      method: 'get', path: '/clusters/{ref}/news.atom', tags, summary: 'A cluster’s published news as an Atom 1.0 feed (public)',
      request: { params: clusterRefParamSchema, query: languageQuerySchema }, responses: { 200: text('application/atom+xml', 'RFC 4287') },
    }),
    async (c) => c.body(await newsFeed(c.var.ctx, c.req.valid('param').ref, c.req.valid('query').lang, originOf(c.req.url)), 200,
      { 'content-type': 'application/atom+xml; charset=utf-8' }),
  );
  router.openapi(
    createRoute({
      method: 'get', path: '/clusters/{ref}/news/posts', tags, summary: 'The news workspace: every post (managers) or your own (members)',
      request: { params: clusterRefParamSchema, query: workListQuerySchema }, responses: { 200: json(postListOutSchema, 'newest change first') },
    }),
    async (c) => c.json(await listWorkPosts(c.var.ctx, c.req.valid('param').ref, c.req.valid('query').status), 200),
  );
  router.openapi(
    createRoute({
      method: 'get', path: '/clusters/{ref}/news/digest.html', tags, summary: 'The monthly digest as an HTML e-mail newsletter (managers)',
      request: { params: clusterRefParamSchema, query: digestQuerySchema }, responses: { 200: text('text/html', 'table layout, inline styles') },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const digest = await buildDigest(c.var.ctx, c.req.valid('param').ref, q.month, q.lang, originOf(c.req.url));
      return c.body(digest.html, 200, { 'content-type': 'text/html; charset=utf-8', 'content-disposition': `attachment; filename="${digest.filename}.html"` });
    },
  );
  router.openapi(
    createRoute({
      method: 'get', path: '/clusters/{ref}/news/digest.txt', tags, summary: 'The monthly digest as plain text (managers)',
      request: { params: clusterRefParamSchema, query: digestQuerySchema }, responses: { 200: text('text/plain', 'the e-mail’s text part') },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const digest = await buildDigest(c.var.ctx, c.req.valid('param').ref, q.month, q.lang, originOf(c.req.url));
      return c.body(digest.text, 200, { 'content-type': 'text/plain; charset=utf-8', 'content-disposition': `attachment; filename="${digest.filename}.txt"` });
    },
  );
  router.openapi(
    createRoute({
      method: 'get', path: '/clusters/{ref}/news/{postSlug}', tags, summary: 'One article in your language, or another with `language` saying which (public once published)',
      request: { params: articleParamSchema, query: languageQuerySchema }, responses: { 200: json(articleOutSchema, 'the article with its body as safe HTML') },
    }),
    async (c) => {
      const { ref, postSlug } = c.req.valid('param');
      return c.json(await getArticle(c.var.ctx, ref, postSlug, c.req.valid('query').lang), 200);
    },
  );
  router.openapi(
    createRoute({
      method: 'post', path: '/clusters/{ref}/news', tags, summary: 'Write a post: managers draft or publish; members draft or submit for their organisation',
      request: { params: clusterRefParamSchema, ...body(postCreateSchema) }, responses: { 201: post },
    }),
    async (c) => c.json(await createPost(c.var.ctx, c.req.valid('param').ref, c.req.valid('json')), 201),
  );
  router.openapi(
    createRoute({ method: 'post', path: '/news/preview', tags, summary: 'Markdown rendered as an article shows it (signed-in users)', request: body(previewSchema),
      responses: { 200: json(z.object({ html: z.string() }), 'safe HTML') } }),
    (c) => c.json(previewMarkdown(c.var.ctx, c.req.valid('json').markdown), 200),
  );
  router.openapi(
    createRoute({ method: 'get', path: '/news/{id}', tags, summary: 'A post with all its languages (its author, the managers)', request: { params }, responses: { 200: post } }),
    async (c) => c.json(await getPost(c.var.ctx, c.req.valid('param').id), 200),
  );
  router.openapi(
    createRoute({ method: 'patch', path: '/news/{id}', tags, summary: 'Change a post (managers; its author until published)', request: { params, ...body(postUpdateSchema) }, responses: { 200: post } }),
    async (c) => c.json(await updatePost(c.var.ctx, c.req.valid('param').id, c.req.valid('json')), 200),
  );
  router.openapi(
    createRoute({ method: 'delete', path: '/news/{id}', tags, summary: 'Delete a post (managers; its author until published)', request: { params }, responses: { 204: { description: 'deleted' } } }),
    async (c) => {
      await deletePost(c.var.ctx, c.req.valid('param').id);
      return c.body(null, 204);
    },
  );
  router.openapi(
    createRoute({ method: 'post', path: '/news/{id}/submit', tags, summary: 'Submit a post for review (its author); the managers are notified', request: { params }, responses: { 200: post } }),
    async (c) => c.json(await submitPost(c.var.ctx, c.req.valid('param').id), 200),
  );
  router.openapi(
    createRoute({ method: 'post', path: '/news/{id}/publish', tags, summary: 'Publish (approve) a post (managers); its author is notified', request: { params }, responses: { 200: post } }),
    async (c) => c.json(await publishPost(c.var.ctx, c.req.valid('param').id), 200),
  );
  router.openapi(
    createRoute({ method: 'post', path: '/news/{id}/reject', tags, summary: 'Reject a submitted post with a note (managers); its author is notified', request: { params, ...body(rejectPostSchema) }, responses: { 200: post } }),
    async (c) => c.json(await rejectPost(c.var.ctx, c.req.valid('param').id, c.req.valid('json').note), 200),
  );
  router.openapi(
    createRoute({ method: 'post', path: '/news/{id}/unpublish', tags, summary: 'Take a published post back to a draft (managers)', request: { params }, responses: { 200: post } }),
    async (c) => c.json(await unpublishPost(c.var.ctx, c.req.valid('param').id), 200),
  );
  return router;
}
