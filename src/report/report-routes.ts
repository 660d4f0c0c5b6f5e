// HTTP routes of the funder report: the figures as JSON, and the same report as CSV and PDF (the cluster's managers).
import { createRoute, z } from '@hono/zod-openapi';
import { createRouter } from '#src/http/env.ts';
import { clusterRefParamSchema } from '#src/registry/cluster-schema.ts';
import { exportReport } from '#src/report/report-export.ts';
import type { Interval } from '#src/report/report-period.ts';
import { reportFileQuerySchema, reportQuerySchema, reportSchema } from '#src/report/report-schema.ts';
import { buildReport } from '#src/report/report-service.ts';

const tags = ['report'];
const params = clusterRefParamSchema;
const file = (type: string, description: string) => ({ content: { [type]: { schema: z.string().openapi({ format: 'binary' }) } }, description });

/** The /clusters/{ref}/report routes. */
export function createReportRoutes() {
  const router = createRouter();
  router.openapi(
    createRoute({
      method: 'get', path: '/clusters/{ref}/report', tags,
      summary: 'The funder report: key figures with their definitions, time series, breakdowns and per theme (managers)',
      request: { params, query: reportQuerySchema },
      responses: { 200: { content: { 'application/json': { schema: reportSchema } }, description: 'the report' } },
    }),
    async (c) => {
      const q = c.req.valid('query');
      return c.json(await buildReport(c.var.ctx, c.req.valid('param').ref, { from: q.from, to: q.to, interval: q.interval as Interval | undefined }), 200);
    },
  );
  for (const format of ['csv', 'pdf'] as const) {
    router.openapi(
      createRoute({
        method: 'get', path: `/clusters/{ref}/report.${format}`, tags,
        summary: format === 'csv' ? 'The funder report as CSV: one row per figure and period bucket, with definitions' : 'The funder report as PDF',
        request: { params, query: reportFileQuerySchema },
        responses: { 200: format === 'csv' ? file('text/csv', 'CSV') : file('application/pdf', 'PDF') },
      }),
      async (c) => {
        const q = c.req.valid('query');
        const out = await exportReport(c.var.ctx, c.req.valid('param').ref, { from: q.from, to: q.to, interval: q.interval as Interval | undefined }, format, q.lang);
        return c.body(out.body as never, 200, { 'content-type': out.contentType, 'content-disposition': `attachment; filename="${out.filename}"` });
      },
    );
  }
  return router;
}
