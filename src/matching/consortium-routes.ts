// HTTP routes of the consortium builder (tag `matching`): a proposed consortium as JSON, or as a CSV or JSON download.
import { createRoute } from '@hono/zod-openapi';
import { createRouter } from '#src/http/env.ts';
import { consortiumExportQuery, consortiumOutSchema, consortiumRequestSchema } from '#src/matching/consortium-schema.ts';
import { buildConsortium, consortiumCsv } from '#src/matching/consortium-service.ts';

const tags = ['matching'];
const body = { content: { 'application/json': { schema: consortiumRequestSchema } }, required: true };
const description =
  'Builds a consortium around the requester from the organisations the caller may see: the required roles first ' +
  '(best match of each), then partners from further countries until the country rules hold, then the minimum size, ' +
  'then further partners scoring close to the best one, never past maxPartners. Each member says which roles it ' +
  'covers and why it was chosen, with up to three alternatives; each rule is checked, and a failed check says why.';

/** The /match/consortium routes: open to everyone, on the data the caller may read (like a partner search). */
export function createConsortiumRoutes() {
  const router = createRouter();

  router.openapi(
    createRoute({
      method: 'post', path: '/match/consortium', tags, description,
      summary: 'Propose a consortium for a call: roles, countries and size by its rules, reasons and alternatives per partner',
      request: { body },
      responses: { 200: { content: { 'application/json': { schema: consortiumOutSchema } }, description: 'the proposed consortium and its rule checks' } },
    }),
    async (c) => c.json(await buildConsortium(c.var.ctx, c.req.valid('json')), 200),
  );

  router.openapi(
    createRoute({
      method: 'post', path: '/match/consortium/export', tags, description,
      summary: 'Download a proposed consortium as CSV (one row per member) or JSON (the same object as /match/consortium)',
      request: { query: consortiumExportQuery, body },
      responses: {
        200: {
          content: {
            'text/csv': { schema: { type: 'string' as const, description: 'UTF-8 with BOM; columns slot, role, organisation, country, type, sme, score, reasons, alternatives' } },
            'application/json': { schema: consortiumOutSchema },
          },
          description: 'an attachment: consortium.csv or consortium.json',
        },
      },
    }),
    async (c) => {
      const result = await buildConsortium(c.var.ctx, c.req.valid('json'));
      if (c.req.valid('query').format === 'json') {
        return c.body(JSON.stringify(result, null, 2), 200, {
          'content-type': 'application/json; charset=utf-8',
          'content-disposition': 'attachment; filename="consortium.json"',
        }) as never;
      }
      return c.body(consortiumCsv(result), 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': 'attachment; filename="consortium.csv"',
      });
    },
  );

  return router;
}
