// Maps application errors to HTTP in one place: {"error": {code, message, details}}; unknown errors are a bare 500.
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { AppError, type ErrorCode } from '#src/errors.ts';
import type { Logger } from '#src/log.ts';

const statusOf: Record<ErrorCode, ContentfulStatusCode> = {
  invalid: 422,
  not_found: 404,
  forbidden: 403,
  conflict: 409,
  unauthenticated: 401,
  rate_limited: 429,
};

/** The body of every error answer. */
export function errorBody(code: string, message: string, details?: unknown) {
  return { error: { code, message, ...(details === undefined ? {} : { details }) } };
}

/** Hono's onError handler. */
export function handleError(log: Logger) {
  return (err: Error, c: Context) => {
    if (err instanceof AppError) return c.json(errorBody(err.code, err.message, err.details), statusOf[err.code]);
    if (err instanceof HTTPException) {
      // Hono raises these for unreadable bodies (malformed JSON): a client error, not ours.
      const status = err.status as ContentfulStatusCode;
      return c.json(errorBody(status === 401 ? 'unauthenticated' : 'invalid', err.message || 'bad request'), status === 401 ? 401 : 400);
    }
    log.error(`${c.req.method} ${c.req.path} failed`, err);
    return c.json(errorBody('internal', 'internal server error'), 500);
  };
}
