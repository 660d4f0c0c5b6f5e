// HTTP routes of members' ideas and comments (tag `strategy`), registered onto the strategy router.
import { createRoute } from '@hono/zod-openapi';
import { clusterRefParamSchema } from '#src/registry/cluster-schema.ts';
import { commentCreateSchema, ideaCreateSchema, ideaListOutSchema, ideaListQuerySchema, ideaOutSchema, ideaUpdateSchema } from '#src/strategy/idea-schema.ts';
import { addComment, createIdea, getIdea, listIdeas, updateIdea } from '#src/strategy/idea-service.ts';
import { body, json, tags, type StrategyRouter } from '#src/strategy/strategy-http.ts';
import { idParamSchema } from '#src/strategy/strategy-schema.ts';

const params = idParamSchema;
const idea = json(ideaOutSchema, 'the idea with its comments');

/** Adds the idea routes to `router`. */
export function registerIdeaRoutes(router: StrategyRouter): void {
  router.openapi(
    createRoute({ method: 'get', path: '/clusters/{ref}/strategy/ideas', tags, summary: 'The cluster’s ideas with their comments, oldest first (members)', request: { params: clusterRefParamSchema, query: ideaListQuerySchema }, responses: { 200: json(ideaListOutSchema, 'the ideas') } }),
    async (c) => c.json(await listIdeas(c.var.ctx, c.req.valid('param').ref, c.req.valid('query').theme), 200),
  );
  router.openapi(
    createRoute({ method: 'post', path: '/strategy-themes/{id}/ideas', tags, summary: 'Post an idea to a theme (members)', request: { params, ...body(ideaCreateSchema) }, responses: { 201: idea } }),
    async (c) => c.json(await createIdea(c.var.ctx, c.req.valid('param').id, c.req.valid('json')), 201),
  );
  router.openapi(
    createRoute({ method: 'get', path: '/strategy-ideas/{id}', tags, summary: 'An idea with its comments (members)', request: { params }, responses: { 200: idea } }),
    async (c) => c.json(await getIdea(c.var.ctx, c.req.valid('param').id), 200),
  );
  router.openapi(
    createRoute({ method: 'patch', path: '/strategy-ideas/{id}', tags, summary: 'Change an idea: its author the text, managers hide or adopt it', request: { params, ...body(ideaUpdateSchema) }, responses: { 200: idea } }),
    async (c) => c.json(await updateIdea(c.var.ctx, c.req.valid('param').id, c.req.valid('json')), 200),
  );
  router.openapi(
    createRoute({ method: 'post', path: '/strategy-ideas/{id}/comments', tags, summary: 'Comment on an idea (members)', request: { params, ...body(commentCreateSchema) }, responses: { 201: idea } }),
    async (c) => c.json(await addComment(c.var.ctx, c.req.valid('param').id, c.req.valid('json').body), 201),
  );
}
