// HTTP routes of the registry table (tag `exchange`): export as CSV or JSON, import from either.
import { Readable } from 'node:stream';
import { createRoute, z } from '@hono/zod-openapi';
import { invalid } from '#src/errors.ts';
import { createRouter } from '#src/http/env.ts';
import { readRegistryCsv, writeRegistryCsv } from '#src/importers/registry-table-csv.ts';
import { exportRegistryTable } from '#src/importers/registry-table-export.ts';
import { readRegistryJson, writeRegistryJson } from '#src/importers/registry-table-json.ts';
import { importRegistryTable } from '#src/importers/registry-table-service.ts';
import { TABLE_COLUMNS } from '#src/importers/registry-table.ts';

const tags = ['exchange'];
const flag = z.enum(['true', 'false']).transform((v) => v === 'true').optional();
const exportQuery = z.object({
  cluster: z.string().trim().min(1).max(200).optional().openapi({ description: 'cluster or hub id or slug; a cluster includes its hubs' }),
});
const importQuery = z.object({
  dryRun: flag.openapi({ description: 'only validate; write nothing' }),
  skipBad: flag.openapi({ description: 'import the valid rows and report the rejected ones' }),
});
const columnList = TABLE_COLUMNS.join(', ');

export const importSummarySchema = z
  .object({
    created: z.number(),
    updated: z.number(),
    unchanged: z.number(),
    rejected: z.number(),
    rejections: z.array(z.object({ line: z.number(), field: z.string(), message: z.string() })),
    warnings: z.array(z.string()).openapi({ description: 'ignored unknown columns' }),
  })
  .openapi('ImportSummary');

// The bodies are documented, not validated here: the import validates each row itself and reports lines.
const csvText = { schema: { type: 'string' as const, description: `CSV with a header line; columns ${columnList}` } };
const jsonRows = { schema: { type: 'array' as const, items: { type: 'object' as const }, description: 'objects with the CSV columns in camelCase' } };

/** Streams a Node stream as the response body. */
const streamed = (stream: Readable) => Readable.toWeb(stream) as unknown as ReadableStream<Uint8Array>;

/** The /organizations/export.* and /organizations/import routes. */
export function createExchangeRoutes() {
  const router = createRouter();

  router.openapi(
    createRoute({
      method: 'get', path: '/organizations/export.csv', tags,
      summary: 'Export the organisations the caller may see as a CSV spreadsheet (one row per organisation)',
      request: { query: exportQuery },
      responses: { 200: { content: { 'text/csv': csvText }, description: `UTF-8 with BOM, comma-separated; columns ${columnList}` } },
    }),
    async (c) => {
      const rows = await exportRegistryTable(c.var.ctx, c.req.valid('query'));
      return c.body(streamed(writeRegistryCsv(rows)), 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': 'attachment; filename="organizations.csv"',
      });
    },
  );

  router.openapi(
    createRoute({
      method: 'get', path: '/organizations/export.json', tags,
      summary: 'Export the organisations the caller may see as JSON (the CSV columns in camelCase)',
      request: { query: exportQuery },
      responses: { 200: { content: { 'application/json': jsonRows }, description: 'an array of organisations' } },
    }),
    async (c) => {
      const rows = await exportRegistryTable(c.var.ctx, c.req.valid('query'));
      // A streamed body, not c.json() (which needs the whole array in memory); the route's typing expects c.json's type.
      return c.body(streamed(writeRegistryJson(rows)), 200, {
        'content-type': 'application/json; charset=utf-8',
        'content-disposition': 'attachment; filename="organizations.json"',
      }) as never;
    },
  );

  router.openapi(
    createRoute({
      method: 'post', path: '/organizations/import', tags,
      summary: 'Import organisations from a CSV or JSON table (platform admins and cluster managers)',
      description:
        'Rows match existing organisations by id, else by CORDIS id, else are created. If any row is rejected nothing is ' +
        'written and the answer is 422 listing each rejection with its line and field, unless skipBad=true.',
      request: { query: importQuery, body: { content: { 'text/csv': csvText, 'application/json': jsonRows }, required: true } },
      responses: {
        200: { content: { 'application/json': { schema: importSummarySchema } }, description: 'what was (or, with dryRun, would be) imported' },
      },
    }),
    async (c) => {
      const type = c.req.header('content-type') ?? '';
      const read = type.startsWith('text/csv') ? readRegistryCsv : type.startsWith('application/json') ? readRegistryJson : undefined;
      if (!read) throw invalid('Content-Type: expected text/csv or application/json', [{ field: 'Content-Type', message: 'expected text/csv or application/json' }]);
      const table = read(await c.req.text(), 'body');
      const { dryRun = false, skipBad = false } = c.req.valid('query');
      const summary = await importRegistryTable(c.var.ctx, table, { dryRun, skipBad });
      return c.json({ ...summary, warnings: table.warnings }, 200);
    },
  );

  return router;
}
