// HTTP routes of workshops: a group's workshops, one workshop, registering for it and recording its attendance.
import { createRoute } from '@hono/zod-openapi';
import { body, json, refusals, tags, type GroupRouter } from '#src/groups/group-route-kit.ts';
import { groupIdParamSchema } from '#src/groups/group-schema.ts';
import { attendanceSchema, workshopCreateSchema, workshopIdParamSchema, workshopListOutSchema, workshopOutSchema, workshopUpdateSchema } from '#src/groups/workshop-schema.ts';
import {
  createWorkshop, deleteWorkshop, getWorkshop, listWorkshops, recordAttendance, registerForWorkshop, updateWorkshop, withdrawRegistration,
} from '#src/groups/workshop-service.ts';

const params = workshopIdParamSchema;
const workshop = json(workshopOutSchema, 'the workshop with its attendees');
const stateRefusal = { 409: { description: 'not possible in the workshop’s state (cancelled, begun, not yet begun)' } };

/** Adds the workshop routes to the groups router. */
export function registerWorkshopRoutes(router: GroupRouter): void {
  router.openapi(
    createRoute({ method: 'get', path: '/groups/{id}/workshops', tags, summary: 'A group’s workshops in time order (members of the cluster)', request: { params: groupIdParamSchema }, responses: { 200: json(workshopListOutSchema, 'the workshops'), ...refusals } }),
    async (c) => c.json(await listWorkshops(c.var.ctx, c.req.valid('param').id), 200),
  );
  router.openapi(
    createRoute({ method: 'post', path: '/groups/{id}/workshops', tags, summary: 'Plan a workshop (the group’s leads and the cluster’s managers); the group’s members are notified', request: { params: groupIdParamSchema, ...body(workshopCreateSchema) }, responses: { 201: workshop, ...refusals } }),
    async (c) => c.json(await createWorkshop(c.var.ctx, c.req.valid('param').id, c.req.valid('json')), 201),
  );
  router.openapi(
    createRoute({ method: 'get', path: '/workshops/{id}', tags, summary: 'A workshop with agenda, minutes and attendees (members of the cluster)', request: { params }, responses: { 200: workshop, ...refusals } }),
    async (c) => c.json(await getWorkshop(c.var.ctx, c.req.valid('param').id), 200),
  );
  router.openapi(
    createRoute({ method: 'patch', path: '/workshops/{id}', tags, summary: 'Change a workshop: times, place, agenda, minutes, status (the group’s leads and the cluster’s managers)', request: { params, ...body(workshopUpdateSchema) }, responses: { 200: workshop, ...refusals } }),
    async (c) => c.json(await updateWorkshop(c.var.ctx, c.req.valid('param').id, c.req.valid('json')), 200),
  );
  router.openapi(
    createRoute({ method: 'delete', path: '/workshops/{id}', tags, summary: 'Delete a workshop (cancel it instead to keep it in calendars)', request: { params }, responses: { 204: { description: 'deleted' }, ...refusals } }),
    async (c) => {
      await deleteWorkshop(c.var.ctx, c.req.valid('param').id);
      return c.body(null, 204);
    },
  );
  router.openapi(
    createRoute({ method: 'put', path: '/workshops/{id}/registration', tags, summary: 'Register for a planned workshop still to come (members of the group)', request: { params }, responses: { 200: workshop, ...refusals, ...stateRefusal } }),
    async (c) => c.json(await registerForWorkshop(c.var.ctx, c.req.valid('param').id), 200),
  );
  router.openapi(
    createRoute({ method: 'delete', path: '/workshops/{id}/registration', tags, summary: 'Withdraw your registration before the workshop begins', request: { params }, responses: { 200: workshop, ...refusals, ...stateRefusal } }),
    async (c) => c.json(await withdrawRegistration(c.var.ctx, c.req.valid('param').id), 200),
  );
  router.openapi(
    createRoute({ method: 'put', path: '/workshops/{id}/attendance', tags, summary: 'Record who attended and who was absent (the group’s leads and the cluster’s managers); the workshop becomes held', request: { params, ...body(attendanceSchema) }, responses: { 200: workshop, ...refusals, ...stateRefusal } }),
    async (c) => c.json(await recordAttendance(c.var.ctx, c.req.valid('param').id, c.req.valid('json').entries), 200),
  );
}
