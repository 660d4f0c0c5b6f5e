// The Hono environment every route shares: the request's service context.
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Ctx } from '#src/context.ts';
import { invalid, issuesToDetails } from '#src/errors.ts';

export type AppEnv = { Variables: { ctx: Ctx } };

/** A router whose zod-validated inputs fail with our `invalid` error (HTTP 422 naming each field). */
export function createRouter(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) {
        throw invalid(
          `invalid ${result.target}: ${result.error.issues
            .map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`)
            .join('; ')}`,
          issuesToDetails(result.error.issues),
        );
      }
    },
  });
}
