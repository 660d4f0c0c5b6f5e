// What the strategy route modules share: their tag and the shapes of JSON bodies and answers.
import type { createRouter } from '#src/http/env.ts';

export const tags = ['strategy'];
export type StrategyRouter = ReturnType<typeof createRouter>;
export const json = <T>(schema: T, description: string) => ({ content: { 'application/json': { schema } }, description });
export const body = <T>(schema: T) => ({ body: { content: { 'application/json': { schema } }, required: true } });
export const deleted = { 204: { description: 'deleted' } };
