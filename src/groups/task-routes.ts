// HTTP routes of a group's decisions and tasks, and of one's own tasks across groups.
import { createRoute } from '@hono/zod-openapi';
import { createDecision, deleteDecision, listDecisions, updateDecision } from '#src/groups/decision-service.ts';
import { body, json, refusals, tags, type GroupRouter } from '#src/groups/group-route-kit.ts';
import { groupIdParamSchema } from '#src/groups/group-schema.ts';
import {
  decisionCreateSchema, decisionListOutSchema, decisionOutSchema, decisionUpdateSchema, itemIdParamSchema, myTaskListOutSchema, myTasksQuerySchema,
  taskCreateSchema, taskListOutSchema, taskOutSchema, taskUpdateSchema,
} from '#src/groups/task-schema.ts';
import { createTask, deleteTask, listMyTasks, listTasks, updateTask } from '#src/groups/task-service.ts';

const groupParams = groupIdParamSchema;
const params = itemIdParamSchema;
const decision = json(decisionOutSchema, 'the decision');
const task = json(taskOutSchema, 'the task');
const deleted = { 204: { description: 'deleted' } };

/** Adds the decision and task routes to the groups router. */
export function registerTaskRoutes(router: GroupRouter): void {
  router.openapi(
    createRoute({ method: 'get', path: '/me/group-tasks', tags, summary: 'Your tasks across your groups, overdue ones flagged', request: { query: myTasksQuerySchema }, responses: { 200: json(myTaskListOutSchema, 'your tasks, open first by due date'), 401: refusals[401], 422: refusals[422] } }),
    async (c) => c.json(await listMyTasks(c.var.ctx, c.req.valid('query').status), 200),
  );

  router.openapi(
    createRoute({ method: 'get', path: '/groups/{id}/decisions', tags, summary: 'A group’s decisions, newest first (members of the cluster)', request: { params: groupParams }, responses: { 200: json(decisionListOutSchema, 'the decisions'), ...refusals } }),
    async (c) => c.json(await listDecisions(c.var.ctx, c.req.valid('param').id), 200),
  );
  router.openapi(
    createRoute({ method: 'post', path: '/groups/{id}/decisions', tags, summary: 'Record a decision (the group’s leads and the cluster’s managers)', request: { params: groupParams, ...body(decisionCreateSchema) }, responses: { 201: decision, ...refusals } }),
    async (c) => c.json(await createDecision(c.var.ctx, c.req.valid('param').id, c.req.valid('json')), 201),
  );
  router.openapi(
    createRoute({ method: 'patch', path: '/group-decisions/{id}', tags, summary: 'Change a decision (the group’s leads and the cluster’s managers)', request: { params, ...body(decisionUpdateSchema) }, responses: { 200: decision, ...refusals } }),
    async (c) => c.json(await updateDecision(c.var.ctx, c.req.valid('param').id, c.req.valid('json')), 200),
  );
  router.openapi(
    createRoute({ method: 'delete', path: '/group-decisions/{id}', tags, summary: 'Delete a decision (the group’s leads and the cluster’s managers)', request: { params }, responses: { ...deleted, ...refusals } }),
    async (c) => {
      await deleteDecision(c.var.ctx, c.req.valid('param').id);
      return c.body(null, 204);
    },
  );

  router.openapi(
    createRoute({ method: 'get', path: '/groups/{id}/tasks', tags, summary: 'A group’s tasks, open ones first by due date (members of the cluster)', request: { params: groupParams }, responses: { 200: json(taskListOutSchema, 'the tasks'), ...refusals } }),
    async (c) => c.json(await listTasks(c.var.ctx, c.req.valid('param').id), 200),
  );
  router.openapi(
    createRoute({ method: 'post', path: '/groups/{id}/tasks', tags, summary: 'Create a task, owned by a member of the group (the group’s leads and the cluster’s managers)', request: { params: groupParams, ...body(taskCreateSchema) }, responses: { 201: task, ...refusals } }),
    async (c) => c.json(await createTask(c.var.ctx, c.req.valid('param').id, c.req.valid('json')), 201),
  );
  router.openapi(
    createRoute({ method: 'patch', path: '/group-tasks/{id}', tags, summary: 'Change a task (leads and managers); its owner marks it done or open', request: { params, ...body(taskUpdateSchema) }, responses: { 200: task, ...refusals } }),
    async (c) => c.json(await updateTask(c.var.ctx, c.req.valid('param').id, c.req.valid('json')), 200),
  );
  router.openapi(
    createRoute({ method: 'delete', path: '/group-tasks/{id}', tags, summary: 'Delete a task (the group’s leads and the cluster’s managers)', request: { params }, responses: { ...deleted, ...refusals } }),
    async (c) => {
      await deleteTask(c.var.ctx, c.req.valid('param').id);
      return c.body(null, 204);
    },
  );
}
