// HTTP routes of a cluster's strategy (tag `strategy`): themes, goals, milestones and the roadmap; the ideas', rounds'
// and papers' routes are added by their own modules onto the same router.
import { createRoute } from '@hono/zod-openapi';
import { createRouter } from '#src/http/env.ts';
import { clusterRefParamSchema } from '#src/registry/cluster-schema.ts';
import { registerIdeaRoutes } from '#src/strategy/idea-routes.ts';
import { createMilestone, deleteMilestone, getOwnerChoices, getRoadmap, updateMilestone } from '#src/strategy/milestone-service.ts';
import { registerRoundRoutes } from '#src/strategy/round-routes.ts';
import { body, deleted, json, tags } from '#src/strategy/strategy-http.ts';
import {
  goalCreateSchema,
  goalOutSchema,
  goalUpdateSchema,
  idParamSchema,
  milestoneCreateSchema,
  milestoneOutSchema,
  milestoneUpdateSchema,
  orderSchema,
  ownerChoicesOutSchema,
  roadmapOutSchema,
  roadmapQuerySchema,
  strategyOutSchema,
  themeCreateSchema,
  themeOutSchema,
  themeUpdateSchema,
} from '#src/strategy/strategy-schema.ts';
import { createGoal, createTheme, deleteGoal, deleteTheme, getStrategy, reorderGoals, reorderThemes, updateGoal, updateTheme } from '#src/strategy/theme-service.ts';

const ref = clusterRefParamSchema;
const params = idParamSchema;

/** The strategy routes. */
export function createStrategyRoutes() {
  const router = createRouter();

  router.openapi(
    createRoute({ method: 'get', path: '/clusters/{ref}/strategy', tags, summary: 'The cluster’s themes with goals and milestones (public), and how you stand to the cluster', request: { params: ref }, responses: { 200: json(strategyOutSchema, 'the strategy') } }),
    async (c) => c.json(await getStrategy(c.var.ctx, c.req.valid('param').ref), 200),
  );
  router.openapi(
    createRoute({ method: 'get', path: '/clusters/{ref}/roadmap', tags, summary: 'The cluster’s milestones by due date with late ones flagged (public)', request: { params: ref, query: roadmapQuerySchema }, responses: { 200: json(roadmapOutSchema, 'the roadmap') } }),
    async (c) => c.json(await getRoadmap(c.var.ctx, c.req.valid('param').ref, c.req.valid('query')), 200),
  );
  router.openapi(
    createRoute({ method: 'get', path: '/clusters/{ref}/strategy/owners', tags, summary: 'Organisations and people to pick a milestone’s owner from (managers)', request: { params: ref }, responses: { 200: json(ownerChoicesOutSchema, 'the choices') } }),
    async (c) => c.json(await getOwnerChoices(c.var.ctx, c.req.valid('param').ref), 200),
  );
  router.openapi(
    createRoute({ method: 'post', path: '/clusters/{ref}/strategy/themes', tags, summary: 'Add a field of action or focus theme (managers)', request: { params: ref, ...body(themeCreateSchema) }, responses: { 201: json(themeOutSchema, 'the theme') } }),
    async (c) => c.json(await createTheme(c.var.ctx, c.req.valid('param').ref, c.req.valid('json')), 201),
  );
  router.openapi(
    createRoute({ method: 'put', path: '/clusters/{ref}/strategy/themes/order', tags, summary: 'Reorder the themes (managers): name each once', request: { params: ref, ...body(orderSchema) }, responses: { 200: json(strategyOutSchema, 'the strategy') } }),
    async (c) => c.json(await reorderThemes(c.var.ctx, c.req.valid('param').ref, c.req.valid('json').ids), 200),
  );
  router.openapi(
    createRoute({ method: 'patch', path: '/strategy-themes/{id}', tags, summary: 'Change a theme (managers)', request: { params, ...body(themeUpdateSchema) }, responses: { 200: json(themeOutSchema, 'the theme') } }),
    async (c) => c.json(await updateTheme(c.var.ctx, c.req.valid('param').id, c.req.valid('json')), 200),
  );
  router.openapi(
    createRoute({ method: 'delete', path: '/strategy-themes/{id}', tags, summary: 'Delete a theme with its goals, milestones and ideas (managers)', request: { params }, responses: deleted }),
    async (c) => {
      await deleteTheme(c.var.ctx, c.req.valid('param').id);
      return c.body(null, 204);
    },
  );
  router.openapi(
    createRoute({ method: 'post', path: '/strategy-themes/{id}/goals', tags, summary: 'Add a goal to a theme (managers)', request: { params, ...body(goalCreateSchema) }, responses: { 201: json(goalOutSchema, 'the goal') } }),
    async (c) => c.json(await createGoal(c.var.ctx, c.req.valid('param').id, c.req.valid('json')), 201),
  );
  router.openapi(
    createRoute({ method: 'put', path: '/strategy-themes/{id}/goals/order', tags, summary: 'Reorder a theme’s goals (managers): name each once', request: { params, ...body(orderSchema) }, responses: { 200: json(themeOutSchema, 'the theme') } }),
    async (c) => c.json(await reorderGoals(c.var.ctx, c.req.valid('param').id, c.req.valid('json').ids), 200),
  );
  router.openapi(
    createRoute({ method: 'patch', path: '/strategy-goals/{id}', tags, summary: 'Change a goal (managers)', request: { params, ...body(goalUpdateSchema) }, responses: { 200: json(goalOutSchema, 'the goal') } }),
    async (c) => c.json(await updateGoal(c.var.ctx, c.req.valid('param').id, c.req.valid('json')), 200),
  );
  router.openapi(
    createRoute({ method: 'delete', path: '/strategy-goals/{id}', tags, summary: 'Delete a goal with its milestones (managers)', request: { params }, responses: deleted }),
    async (c) => {
      await deleteGoal(c.var.ctx, c.req.valid('param').id);
      return c.body(null, 204);
    },
  );
  router.openapi(
    createRoute({ method: 'post', path: '/strategy-goals/{id}/milestones', tags, summary: 'Add a milestone to a goal (managers)', request: { params, ...body(milestoneCreateSchema) }, responses: { 201: json(milestoneOutSchema, 'the milestone') } }),
    async (c) => c.json(await createMilestone(c.var.ctx, c.req.valid('param').id, c.req.valid('json')), 201),
  );
  router.openapi(
    createRoute({ method: 'patch', path: '/milestones/{id}', tags, summary: 'Change a milestone (managers); one owner field set clears the others', request: { params, ...body(milestoneUpdateSchema) }, responses: { 200: json(milestoneOutSchema, 'the milestone') } }),
    async (c) => c.json(await updateMilestone(c.var.ctx, c.req.valid('param').id, c.req.valid('json')), 200),
  );
  router.openapi(
    createRoute({ method: 'delete', path: '/milestones/{id}', tags, summary: 'Delete a milestone (managers)', request: { params }, responses: deleted }),
    async (c) => {
      await deleteMilestone(c.var.ctx, c.req.valid('param').id);
      return c.body(null, 204);
    },
  );

  registerIdeaRoutes(router);
  registerRoundRoutes(router);
  return router;
}
