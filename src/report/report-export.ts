// The funder report as a file: CSV or PDF in a chosen language, named after the cluster and the period.
import type { Ctx } from '#src/context.ts';
import { reportCsv, type ReportLanguage } from '#src/report/report-csv.ts';
import { reportPdf } from '#src/report/report-pdf.ts';
import { buildReport, type ReportInput } from '#src/report/report-service.ts';

export type ReportFile = { body: string | Buffer; filename: string; contentType: string };

/** The report of cluster or hub `ref` as CSV or PDF (the same rules as buildReport: its managers only). */
export async function exportReport(ctx: Ctx, ref: string, input: ReportInput, format: 'csv' | 'pdf', lang: ReportLanguage = 'en'): Promise<ReportFile> {
  const report = await buildReport(ctx, ref, input);
  const filename = `report-${report.cluster.slug}-${report.period.from}-${report.period.to}.${format}`;
  if (format === 'csv') return { body: reportCsv(report, lang), filename, contentType: 'text/csv; charset=utf-8' };
  return { body: await reportPdf(report, lang), filename, contentType: 'application/pdf' };
}
