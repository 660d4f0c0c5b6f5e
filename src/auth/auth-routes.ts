// HTTP routes of signing in and out, the current user, and API tokens (tag `auth`).
import { createRoute, z } from '@hono/zod-openapi';
import { issueApiToken, listApiTokens, revokeApiToken } from '#src/auth/api-token-service.ts';
import { apiTokenSchema, idSchema, issuedTokenSchema, issueTokenSchema, loginSchema, meSchema, userSchema } from '#src/auth/auth-schema.ts';
import { currentUser, login, logout } from '#src/auth/auth-service.ts';
import { clearSessionCookie, clientAddress, sessionTokenOf, setSessionCookie } from '#src/auth/session-cookie.ts';
import { createRouter } from '#src/http/env.ts';

const json = <T>(schema: T, description: string) => ({ content: { 'application/json': { schema } }, description });
const body = <T>(schema: T) => ({ body: { content: { 'application/json': { schema } }, required: true } });
const signedIn = { 401: { description: 'not signed in' } };

const loginOutSchema = z.object({ user: userSchema, expiresAt: z.string() }).openapi('LoginResult');

/** The /auth routes. */
export function createAuthRoutes() {
  const router = createRouter();

  router.openapi(
    createRoute({
      method: 'post',
      path: '/auth/login',
      tags: ['auth'],
      summary: 'Sign in with e-mail and password; sets the klynge_session cookie',
      request: body(loginSchema),
      responses: {
        200: json(loginOutSchema, 'signed in; the session cookie is set'),
        401: { description: 'wrong e-mail or password' },
        403: { description: 'too many failed attempts, or posted from another site' },
      },
    }),
    async (c) => {
      const result = await login(c.var.ctx, { ...c.req.valid('json'), ip: clientAddress(c) });
      setSessionCookie(c, result.token, result.expiresAt);
      return c.json({ user: result.user, expiresAt: result.expiresAt.toISOString() }, 200);
    },
  );

  router.openapi(
    createRoute({
      method: 'post',
      path: '/auth/logout',
      tags: ['auth'],
      summary: 'End the current session and clear its cookie',
      responses: { 204: { description: 'signed out' }, ...signedIn },
    }),
    async (c) => {
      await logout(c.var.ctx, sessionTokenOf(c));
      clearSessionCookie(c);
      return c.body(null, 204);
    },
  );

  router.openapi(
    createRoute({
      method: 'get',
      path: '/auth/me',
      tags: ['auth'],
      summary: 'The signed-in user with their roles and the organisations and clusters they may change',
      responses: { 200: json(meSchema, 'the current user'), ...signedIn },
    }),
    async (c) => c.json(await currentUser(c.var.ctx), 200),
  );

  router.openapi(
    createRoute({
      method: 'get',
      path: '/auth/tokens',
      tags: ['auth'],
      summary: "The current user's API tokens (without the secrets)",
      responses: { 200: json(z.object({ items: z.array(apiTokenSchema) }), 'the tokens, newest first'), ...signedIn },
    }),
    async (c) => c.json({ items: await listApiTokens(c.var.ctx) }, 200),
  );

  router.openapi(
    createRoute({
      method: 'post',
      path: '/auth/tokens',
      tags: ['auth'],
      summary: 'Issue an API token for programs; the token is shown only in this answer',
      request: body(issueTokenSchema),
      responses: { 201: json(issuedTokenSchema, 'the new token'), ...signedIn },
    }),
    async (c) => c.json(await issueApiToken(c.var.ctx, c.req.valid('json')), 201),
  );

  router.openapi(
    createRoute({
      method: 'delete',
      path: '/auth/tokens/{id}',
      tags: ['auth'],
      summary: 'Revoke an API token',
      request: { params: z.object({ id: idSchema }) },
      responses: { 204: { description: 'revoked' }, ...signedIn, 404: { description: 'no such token of yours' } },
    }),
    async (c) => {
      await revokeApiToken(c.var.ctx, c.req.valid('param').id);
      return c.body(null, 204);
    },
  );

  return router;
}
