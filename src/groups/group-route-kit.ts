// What the groups' route modules share: their OpenAPI tag, response and body shorthands, the usual refusals.
import type { createRouter } from '#src/http/env.ts';

export const tags = ['groups'];
export type GroupRouter = ReturnType<typeof createRouter>;
export const json = <T>(schema: T, description: string) => ({ content: { 'application/json': { schema } }, description });
export const body = <T>(schema: T) => ({ body: { content: { 'application/json': { schema } }, required: true } });
export const refusals = { 401: { description: 'not signed in' }, 403: { description: 'not allowed' }, 404: { description: 'not found' }, 422: { description: 'invalid input' } };
