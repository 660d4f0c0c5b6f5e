// The funder report as PDF (pdfkit, built-in Helvetica whose WinAnsi encoding covers ä ö ü ß æ ø å): title, period
// and clusters, every figure with its value, definition and a small bar chart of its series drawn with vector calls,
// the time series as tables, and the per-theme table.
import { PDF_GREY as GREY, startPdf, winAnsi } from '#src/pdf/pdf-document.ts';
import type { ReportLanguage } from '#src/report/report-csv.ts';
import { bucketLabel, formatDay, formatValue, PDF_TEXTS } from '#src/report/report-format.ts';
import type { Report, ReportFigure } from '#src/report/report-service.ts';

const MARGIN = 50;
const TEAL = '#0f766e';
const CHART_WIDTH = 150;
const CHART_HEIGHT = 46;
/** Bucket columns per time-series table (more buckets continue in another table). */
const COLUMNS_PER_TABLE = 6;

type Pdf = PDFKit.PDFDocument;

/** Starts a new page unless `height` points still fit above the bottom margin. */
function ensureSpace(pdf: Pdf, height: number): void {
  if (pdf.y + height > pdf.page.height - MARGIN) pdf.addPage();
}

/** A small bar chart of `values` at (x, y): bars in teal on a baseline, the largest value written above. */
function drawBars(pdf: Pdf, values: number[], x: number, y: number, top: string, ends: [string, string]): void {
  const max = Math.max(...values, 0);
  const band = CHART_WIDTH / Math.max(1, values.length);
  const bar = Math.max(1, Math.min(18, band * 0.7));
  pdf.save();
  pdf.lineWidth(0.5).strokeColor('#999999').moveTo(x, y + CHART_HEIGHT).lineTo(x + CHART_WIDTH, y + CHART_HEIGHT).stroke();
  values.forEach((v, i) => {
    const h = max > 0 ? (v / max) * (CHART_HEIGHT - 10) : 0;
    if (h > 0) pdf.rect(x + band * i + (band - bar) / 2, y + CHART_HEIGHT - h, bar, h).fill(TEAL);
  });
  pdf.restore();
  pdf.font('Helvetica').fontSize(7).fillColor(GREY).text(winAnsi(top), x, y - 2, { width: CHART_WIDTH, align: 'right', lineBreak: false });
  // The first and last bucket under the baseline, so the bars read as time.
  pdf.text(winAnsi(ends[0]), x, y + CHART_HEIGHT + 2, { width: CHART_WIDTH / 2, align: 'left', lineBreak: false });
  pdf.text(winAnsi(ends[1]), x + CHART_WIDTH / 2, y + CHART_HEIGHT + 2, { width: CHART_WIDTH / 2, align: 'right', lineBreak: false });
}

/** One figure: title and value on the left with the definition below, its series as bars on the right. */
function drawFigure(pdf: Pdf, report: Report, f: ReportFigure, lang: ReportLanguage): void {
  const textWidth = pdf.page.width - 2 * MARGIN - CHART_WIDTH - 16;
  const definition = winAnsi(f.definition[lang]);
  pdf.font('Helvetica').fontSize(8);
  const height = 30 + pdf.heightOfString(definition, { width: textWidth }) + (f.breakdown.length > 0 ? 14 : 0);
  ensureSpace(pdf, Math.max(height, CHART_HEIGHT + 20) + 8);
  const top = pdf.y;
  pdf.font('Helvetica-Bold').fontSize(10).fillColor('black').text(winAnsi(f.title[lang]), MARGIN, top, { width: textWidth });
  pdf.font('Helvetica-Bold').fontSize(15).fillColor(TEAL).text(winAnsi(formatValue(f.total, f.unit, lang)), { width: textWidth });
  if (f.breakdown.length > 0) {
    const parts = f.breakdown.map((b) => `${b.label[lang]}: ${formatValue(b.value, f.unit, lang)}`).join(' · ');
    pdf.font('Helvetica').fontSize(8).fillColor('black').text(winAnsi(parts), { width: textWidth, paragraphGap: 2 });
  }
  pdf.font('Helvetica').fontSize(8).fillColor(GREY).text(definition, { width: textWidth });
  const bottom = pdf.y;
  if (report.buckets.length > 1) {
    const ends: [string, string] = [bucketLabel(report.buckets[0]!.from, report.interval, lang), bucketLabel(report.buckets.at(-1)!.from, report.interval, lang)];
    drawBars(pdf, f.series, pdf.page.width - MARGIN - CHART_WIDTH, top + 6, formatValue(Math.max(...f.series, 0), f.unit, lang), ends);
  }
  pdf.y = Math.max(bottom, top + CHART_HEIGHT + 20) + 10;
  pdf.x = MARGIN;
}

/** A table of rows of cells; the first column is wide, the others right-aligned. */
function drawTable(pdf: Pdf, header: string[], rows: string[][], firstWidth: number): void {
  const width = pdf.page.width - 2 * MARGIN;
  const other = (width - firstWidth) / Math.max(1, header.length - 1);
  const xOf = (i: number) => (i === 0 ? MARGIN : MARGIN + firstWidth + other * (i - 1));
  const widthOf = (i: number) => (i === 0 ? firstWidth - 6 : other - 4);
  const line = (cells: string[], bold: boolean) => {
    pdf.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(8);
    const height = Math.max(...cells.map((c, i) => pdf.heightOfString(winAnsi(c), { width: widthOf(i) }))) + 4;
    ensureSpace(pdf, height);
    const y = pdf.y;
    cells.forEach((c, i) => pdf.fillColor('black').text(winAnsi(c), xOf(i), y, { width: widthOf(i), align: i === 0 ? 'left' : 'right' }));
    pdf.lineWidth(0.3).strokeColor('#cccccc').moveTo(MARGIN, y + height - 2).lineTo(MARGIN + width, y + height - 2).stroke();
    pdf.y = y + height;
  };
  line(header, true);
  for (const row of rows) line(row, false);
  pdf.x = MARGIN;
  pdf.moveDown(0.8);
}

/** Renders the report as an A4 PDF in `lang`. */
export function reportPdf(report: Report, lang: ReportLanguage): Promise<Buffer> {
  const words = PDF_TEXTS[lang];
  const title = `${words.title}: ${report.cluster.name}`;
  const { pdf, finish } = startPdf(title, MARGIN);
  const heading = (text: string) => {
    ensureSpace(pdf, 40);
    pdf.moveDown(0.6).font('Helvetica-Bold').fontSize(13).fillColor('black').text(winAnsi(text), MARGIN, pdf.y).moveDown(0.3);
  };
  const fact = (label: string, value: string) => {
    pdf.font('Helvetica-Bold').fontSize(9).fillColor('black').text(winAnsi(`${label}: `), { continued: true });
    pdf.font('Helvetica').text(winAnsi(value));
  };

  pdf.font('Helvetica-Bold').fontSize(18).fillColor('black').text(winAnsi(title));
  pdf.moveDown(0.3);
  fact(words.period, `${formatDay(report.period.from, lang)} – ${formatDay(report.period.to, lang)}`);
  fact(words.scope, [report.cluster.name, ...report.cluster.hubs.map((h) => h.name)].join(', '));
  fact(words.interval, words.intervals[report.interval]);
  fact(words.generated, `${report.generatedAt.slice(0, 16).replace('T', ' ')} UTC`);
  pdf.font('Helvetica').fontSize(8).fillColor(GREY).text(winAnsi(report.scopeNote[lang]));

  heading(words.keyFigures);
  for (const f of report.figures) drawFigure(pdf, report, f, lang);

  heading(words.series);
  const labels = report.buckets.map((b) => bucketLabel(b.from, report.interval, lang));
  for (let start = 0; start < labels.length; start += COLUMNS_PER_TABLE) {
    const end = Math.min(labels.length, start + COLUMNS_PER_TABLE);
    drawTable(pdf, [words.figure, ...labels.slice(start, end)],
      report.figures.map((f) => [f.title[lang], ...f.series.slice(start, end).map((v) => formatValue(v, f.unit, lang))]), 190);
  }

  heading(words.themes);
  if (report.themes.rows.length === 0) pdf.font('Helvetica').fontSize(9).fillColor(GREY).text(winAnsi(words.noThemes));
  else {
    drawTable(pdf, [words.theme, ...report.themes.columns.map((c) => c.title[lang])],
      report.themes.rows.map((r) => [r.title[lang] ?? r.title.en ?? r.title.de ?? r.title.da ?? '', String(r.projects), String(r.workshops), String(r.ideas)]), 220);
    for (const c of report.themes.columns) {
      ensureSpace(pdf, 24);
      pdf.font('Helvetica-Bold').fontSize(8).fillColor('black').text(winAnsi(`${c.title[lang]}: `), { continued: true });
      pdf.font('Helvetica').fillColor(GREY).text(winAnsi(c.definition[lang]));
    }
  }

  return finish((page, pages) => `${title} — ${words.page(page, pages)}`);
}
