// The crisis query's answer for the authorities: CSV (the query, the date and the answer above one line per capacity
// with its contact) and PDF (pdfkit's built-in Helvetica, as the regulatory exports).
import { stringify } from 'csv-stringify/sync';
import type { ReadinessAnswer } from '#src/readiness/readiness-schema.ts';
import { answerSentence, EXPORT_TEXTS, fill, formatCount, type ExportLanguage } from '#src/readiness/readiness-texts.ts';
import { PDF_GREY as GREY, startPdf, winAnsi } from '#src/pdf/pdf-document.ts';

/** The query as label/value lines in the export language. */
export function queryLines(answer: ReadinessAnswer, language: ExportLanguage): Array<[string, string]> {
  const t = EXPORT_TEXTS[language];
  const q = answer.query;
  const n = (v: number | null) => (v === null ? t.any : formatCount(v, language));
  return [
    [t.product, q.product ?? t.any],
    [t.emdn, q.emdn ? `${q.emdn}${q.emdnTerm ? ` (${q.emdnTerm})` : ''}` : t.any],
    [t.quantity, n(q.quantity)],
    [t.minCapacity, n(q.minCapacity)],
    [t.withinWeeks, n(q.withinWeeks)],
    [t.certifications, q.certifications.length > 0 ? q.certifications.join(', ') : t.any],
    [t.unit, q.unit ?? t.any],
  ];
}

/** The answer's sentences, one per unit (or "nobody"). */
export function answerLines(answer: ReadinessAnswer, language: ExportLanguage): string[] {
  return answer.totals.length === 0 ? [answerSentence(undefined, language)] : answer.totals.map((total) => answerSentence(total, language));
}

/** The file name of an export: readiness-<cluster>-<date>.<ext>. */
export const exportFilename = (answer: ReadinessAnswer, ext: string) => `readiness-${answer.cluster.slug}-${answer.generatedAt.slice(0, 10)}.${ext}`;

/** CSV: label/value lines for the cluster, date, query and answer, an empty line, then one line per capacity. */
export function readinessCsv(answer: ReadinessAnswer, language: ExportLanguage): string {
  const t = EXPORT_TEXTS[language];
  const head = [[t.title, ''], [t.cluster, answer.cluster.name], [t.generated, answer.generatedAt], ...queryLines(answer, language), ...answerLines(answer, language).map((l) => [t.answer, l]), []];
  const rows = answer.matches.flatMap((m) =>
    m.capacities.map((c) => [m.organizationName, m.city ?? '', m.country ?? '', c.product, c.emdnCode ?? '', c.capacityPerWeek, c.unit, c.leadTimeWeeks,
      c.certifications.join('; '), c.contact?.name ?? '', c.contact?.jobTitle ?? '', c.contact?.email ?? '', c.contact?.phone ?? '']),
  );
  return stringify([...head, [...t.columns], ...rows], { quoted_string: false });
}

const MARGIN = 50;

/** PDF: title, cluster and date, the query, the answer, then each organisation with its capacities and contacts. */
export function readinessPdf(answer: ReadinessAnswer, language: ExportLanguage): Promise<Buffer> {
  const t = EXPORT_TEXTS[language];
  const { pdf, finish } = startPdf(`${t.title}: ${answer.cluster.name}`, MARGIN);
  const text = (value: string, font = 'Helvetica', size = 10, colour = 'black', gap = 3) =>
    pdf.font(font).fontSize(size).fillColor(colour).text(winAnsi(value), { paragraphGap: gap });
  const pair = (label: string, value: string) => {
    pdf.font('Helvetica-Bold').fontSize(10).fillColor('black').text(winAnsi(`${label}: `), { continued: true });
    pdf.font('Helvetica').text(winAnsi(value), { paragraphGap: 2 });
  };
  const heading = (value: string) => {
    pdf.moveDown(0.6);
    text(value, 'Helvetica-Bold', 13);
  };

  text(t.title, 'Helvetica-Bold', 18);
  pair(t.cluster, answer.cluster.name);
  pair(t.generated, answer.generatedAt.replace('T', ' ').slice(0, 16) + ' UTC');
  heading(t.query);
  for (const [label, value] of queryLines(answer, language)) pair(label, value);
  heading(t.answer);
  for (const line of answerLines(answer, language)) text(line, 'Helvetica', 11);
  if (answer.matches.length > 0) heading(t.organizations);
  for (const [i, m] of answer.matches.entries()) {
    pdf.moveDown(0.4);
    text(`${i + 1}. ${m.organizationName}${m.city ? `, ${m.city}` : ''}${m.country ? ` (${m.country})` : ''}`, 'Helvetica-Bold', 11, 'black', 1);
    text(`${formatCount(m.capacityPerWeek, language)} ${m.unit} ${t.perWeek} · ${fill(t.leadTime, { weeks: m.leadTimeWeeks })}`, 'Helvetica', 10, 'black', 2);
    for (const c of m.capacities) {
      const certificates = c.certifications.length > 0 ? ` · ${c.certifications.join(', ')}` : '';
      const emdn = c.emdnCode ? ` [EMDN ${c.emdnCode}]` : '';
      text(`• ${c.product}${emdn}: ${formatCount(c.capacityPerWeek, language)} ${c.unit} ${t.perWeek}, ${fill(t.leadTime, { weeks: c.leadTimeWeeks })}${certificates}`, 'Helvetica', 9, 'black', 1);
      if (c.notes) text(`${t.notes}: ${c.notes}`, 'Helvetica-Oblique', 9, GREY, 1);
    }
    if (m.contacts.length === 0) text(`${t.contact}: ${t.noContact}`, 'Helvetica', 9, GREY, 2);
    for (const p of m.contacts) {
      text(`${t.contact}: ${[p.name, p.jobTitle, p.email, p.phone].filter(Boolean).join(' · ')}`, 'Helvetica', 9, 'black', 2);
    }
  }
  return finish((page, pages) => fill(t.page, { page, pages }));
}
