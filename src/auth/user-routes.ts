// HTTP routes of user accounts and their roles (tag `users`).
import { createRoute, z } from '@hono/zod-openapi';
import { createUserSchema, idSchema, roleGrantSchema, userSchema } from '#src/auth/auth-schema.ts';
import { createUser, grantRole, listUsers, revokeRole } from '#src/auth/auth-service.ts';
import { createRouter } from '#src/http/env.ts';

const json = <T>(schema: T, description: string) => ({ content: { 'application/json': { schema } }, description });
const refusals = { 401: { description: 'not signed in' }, 403: { description: 'not allowed' } };
const userParams = z.object({ id: idSchema });

/** The /users routes. */
export function createUserRoutes() {
  const router = createRouter();

  router.openapi(
    createRoute({
      method: 'get',
      path: '/users',
      tags: ['users'],
      summary: 'Every user with their roles (platform admins)',
      responses: { 200: json(z.object({ items: z.array(userSchema) }), 'the users by e-mail'), ...refusals },
    }),
    async (c) => c.json({ items: await listUsers(c.var.ctx) }, 200),
  );

  router.openapi(
    createRoute({
      method: 'post',
      path: '/users',
      tags: ['users'],
      summary: 'Create a user with a password and optional roles (platform admins)',
      request: { body: { content: { 'application/json': { schema: createUserSchema } }, required: true } },
      responses: { 201: json(userSchema, 'the new user'), ...refusals, 409: { description: 'the e-mail is taken' } },
    }),
    async (c) => c.json(await createUser(c.var.ctx, c.req.valid('json')), 201),
  );

  router.openapi(
    createRoute({
      method: 'post',
      path: '/users/{id}/roles',
      tags: ['users'],
      summary: 'Grant a role (admins any; cluster managers member and organisation-editor roles in their cluster)',
      request: { params: userParams, body: { content: { 'application/json': { schema: roleGrantSchema } }, required: true } },
      responses: { 200: json(userSchema, 'the user with their roles'), ...refusals },
    }),
    async (c) => c.json(await grantRole(c.var.ctx, c.req.valid('param').id, c.req.valid('json')), 200),
  );

  router.openapi(
    createRoute({
      method: 'delete',
      path: '/users/{id}/roles',
      tags: ['users'],
      summary: 'Revoke a role, under the same rules as granting it',
      request: { params: userParams, query: roleGrantSchema },
      responses: { 200: json(userSchema, 'the user with their remaining roles'), ...refusals, 404: { description: 'no such user or role' } },
    }),
    async (c) => c.json(await revokeRole(c.var.ctx, c.req.valid('param').id, c.req.valid('query')), 200),
  );

  return router;
}
