// The funder report over HTTP: the period query and the report as the API returns it.
import { z } from '@hono/zod-openapi';
import { INTERVALS, isIsoDate } from '#src/report/report-period.ts';

const day = (name: string, description: string) =>
  z.string().refine(isIsoDate, 'must be a calendar day written YYYY-MM-DD')
    .openapi({ param: { name, in: 'query' }, description, example: name === 'from' ? '2025-01-01' : '2025-12-31' });

export const reportQuerySchema = z.object({
  from: day('from', 'first day of the period (included)'),
  to: day('to', 'last day of the period (included); at most 10 years after from'),
  interval: z.enum(INTERVALS as [string, ...string[]]).optional()
    .openapi({ param: { name: 'interval', in: 'query' }, description: 'buckets of the time series; default: month up to 18 months, quarter up to 5 years, else year' }),
});

export const reportFileQuerySchema = reportQuerySchema.extend({
  lang: z.enum(['en', 'de', 'da']).optional().openapi({ param: { name: 'lang', in: 'query' }, description: 'language of titles and definitions (default en)' }),
});

const texts = z.object({ en: z.string(), de: z.string(), da: z.string() }).openapi('ReportTexts');
const span = z.object({ from: z.string(), to: z.string() });

export const reportSchema = z.object({
  cluster: z.object({
    id: z.string(), slug: z.string(), name: z.string(), parentId: z.string().nullable(),
    hubs: z.array(z.object({ id: z.string(), slug: z.string(), name: z.string() })).openapi({ description: 'the hubs whose data the report counts' }),
  }),
  period: span,
  interval: z.enum(['month', 'quarter', 'year']),
  timeZone: z.string().openapi({ description: 'days run from midnight to midnight in this zone' }),
  generatedAt: z.string(),
  scopeNote: texts,
  buckets: z.array(span).openapi({ description: 'the time series buckets; the first and last may be partial' }),
  figures: z.array(z.object({
    key: z.string(),
    unit: z.enum(['count', 'eur']),
    title: texts,
    definition: texts,
    total: z.number().openapi({ description: 'the whole period' }),
    series: z.array(z.number()).openapi({ description: 'one value per bucket' }),
    breakdown: z.array(z.object({ group: z.string(), key: z.string(), label: texts, value: z.number() })).openapi({ description: 'parts of the whole period’s value' }),
  })),
  themes: z.object({
    columns: z.array(z.object({ key: z.enum(['projects', 'workshops', 'ideas']), title: texts, definition: texts })),
    rows: z.array(z.object({
      id: z.string(), clusterId: z.string(), kind: z.enum(['field_of_action', 'focus_theme']),
      title: z.object({ en: z.string().optional(), de: z.string().optional(), da: z.string().optional() }),
      projects: z.number().int(), workshops: z.number().int(), ideas: z.number().int(),
    })),
  }),
}).openapi('FunderReport');
