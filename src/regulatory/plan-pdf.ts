// A product's documentation plan as PDF (GET /products/{id}/documentation-plan.pdf).
import { PDF_GREY as GREY, startPdf, winAnsi } from '#src/pdf/pdf-document.ts';
import { statusLabel, type Cited, type PlanDocument } from '#src/regulatory/checklist-export.ts';

const MARGIN = 56;
const STATUS_COLOUR = { open: '#8a5a00', 'in-progress': '#1f5fa8', done: '#1e7a34', 'not-applicable': GREY } as const;

/** Renders the export document as a PDF (A4, numbered pages). */
export function planPdf(doc: PlanDocument): Promise<Buffer> {
  const { pdf, finish } = startPdf(doc.title, MARGIN);
  const text = (value: string, font = 'Helvetica', size = 10, colour = 'black') =>
    pdf.font(font).fontSize(size).fillColor(colour).text(winAnsi(value), { paragraphGap: 3 });
  const heading = (value: string, size = 13) => {
    pdf.moveDown(0.6);
    text(value, 'Helvetica-Bold', size);
  };
  const citation = (c: { ref: string; text: string }) => {
    pdf.font('Helvetica-Oblique').fontSize(9).fillColor(GREY).text(winAnsi(`“${c.text}”`), { indent: 12, paragraphGap: 1 });
    pdf.font('Helvetica').text(winAnsi(`— ${c.ref}`), { indent: 12, paragraphGap: 4 });
  };
  const cited = (items: Cited[]) => {
    for (const x of items) {
      text(x.title, 'Helvetica-Bold', 10);
      text(x.text);
      for (const extra of x.extra ?? []) text(`• ${extra}`, 'Helvetica', 9);
      citation(x.citation);
    }
  };

  text(doc.title, 'Helvetica-Bold', 18);
  text(`Generated ${doc.generated} by klynge`, 'Helvetica', 9, GREY);
  heading('Device');
  for (const [label, value] of doc.device) {
    pdf.font('Helvetica-Bold').fontSize(10).fillColor('black').text(winAnsi(`${label}: `), { continued: true });
    pdf.font('Helvetica').text(winAnsi(value), { paragraphGap: 2 });
  }
  heading(`Classification: ${doc.classLine}`);
  for (const rule of doc.rules) {
    text(rule.heading, 'Helvetica-Bold');
    text(rule.because);
    citation(rule.citation);
  }
  heading('Conformity assessment');
  text(doc.notifiedBody);
  cited(doc.options);
  if (doc.consultations.length > 0) {
    heading('Consultations');
    cited(doc.consultations);
  }
  heading('Obligations');
  cited(doc.obligations);

  const p = doc.checklist.progress;
  heading('Documentation checklist');
  text(`${p.done} of ${p.applicable} applicable items done, ${p.inProgress} in progress, ${p.open} open, ${p.notApplicable} declared not applicable.`);
  for (const section of doc.checklist.sections) {
    heading(`${section.ref}: ${section.title}`, 11);
    for (const item of section.items) {
      const state = item.applies ? statusLabel(item.status) : 'does not apply';
      pdf.font('Helvetica-Bold').fontSize(9).fillColor(STATUS_COLOUR[item.applies ? item.status : 'not-applicable'])
        .text(winAnsi(`[${state}] `), { continued: true });
      pdf.fillColor('black').text(winAnsi(`${item.ref} `), { continued: true });
      pdf.font('Helvetica').text(winAnsi(item.title), { paragraphGap: 1 });
      if (!item.applies) text(item.why, 'Helvetica-Oblique', 8, GREY);
      if (item.note) text(`Note: ${item.note}`, 'Helvetica', 8, GREY);
      for (const e of item.evidence) {
        pdf.font('Helvetica').fontSize(8).fillColor('#1f5fa8').text(winAnsi(`Evidence: ${e.label ?? e.url}`), { link: e.url, underline: true, paragraphGap: 1 });
      }
    }
  }
  if (doc.checklist.retired.length > 0) {
    heading('No longer in the plan', 11);
    text('Saved items that the current device profile no longer calls for (kept, not applicable):', 'Helvetica', 9);
    for (const item of doc.checklist.retired) text(`${item.id}: ${statusLabel(item.status)}${item.note ? ` — ${item.note}` : ''}`, 'Helvetica', 9);
  }
  heading('Sources');
  for (const source of doc.sources) text(`• ${source}`, 'Helvetica', 9);
  pdf.moveDown(0.5);
  text(doc.notice, 'Helvetica-Oblique', 8, GREY);

  return finish((page, pages) => `${doc.title} — page ${page} of ${pages}`);
}
