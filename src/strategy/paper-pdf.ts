// A strategy paper's Markdown as PDF (A4, numbered pages) with pdfkit's built-in Helvetica, whose WinAnsi encoding
// prints German and Danish letters (ä ö ü ß æ ø å). Reads the Markdown the paper editor writes: headings, paragraphs,
// lists, quotes, **bold**, *italic* and [links](url); anything else prints as text.
import { PDF_GREY as GREY, startPdf, winAnsi } from '#src/pdf/pdf-document.ts';

const MARGIN = 56;
const LINK = '#1f5fa8';

type Span = { text: string; bold: boolean; italic: boolean; link?: string };

/** Splits a line into runs of plain, **bold**, *italic* and [linked](url) text. */
export function inlineSpans(line: string): Span[] {
  const spans: Span[] = [];
  const pattern = /\*\*(.+?)\*\*|\*(.+?)\*|\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g;
  let last = 0;
  for (const m of line.matchAll(pattern)) {
    if (m.index > last) spans.push({ text: line.slice(last, m.index), bold: false, italic: false });
    if (m[1] !== undefined) spans.push({ text: m[1], bold: true, italic: false });
    else if (m[2] !== undefined) spans.push({ text: m[2], bold: false, italic: true });
    else spans.push({ text: m[3]!, bold: false, italic: false, link: m[4]! });
    last = m.index + m[0].length;
  }
  if (last < line.length) spans.push({ text: line.slice(last), bold: false, italic: false });
  return spans.length > 0 ? spans : [{ text: '', bold: false, italic: false }];
}

const fontOf = (s: Pick<Span, 'bold' | 'italic'>) => (s.bold && s.italic ? 'Helvetica-BoldOblique' : s.bold ? 'Helvetica-Bold' : s.italic ? 'Helvetica-Oblique' : 'Helvetica');

/** Renders the paper as a PDF. */
export function paperPdf(title: string, markdown: string): Promise<Buffer> {
  const { pdf, finish } = startPdf(title, MARGIN);
  const write = (line: string, options: { size?: number; colour?: string; indent?: number; bold?: boolean; italic?: boolean; gap?: number } = {}) => {
    const spans = inlineSpans(line);
    pdf.fontSize(options.size ?? 10);
    spans.forEach((s, i) => {
      const last = i === spans.length - 1;
      pdf.font(fontOf({ bold: s.bold || options.bold === true, italic: s.italic || options.italic === true }))
        .fillColor(s.link ? LINK : (options.colour ?? 'black'))
        .text(winAnsi(s.text), { continued: !last, indent: i === 0 ? (options.indent ?? 0) : 0, paragraphGap: last ? (options.gap ?? 4) : 0, ...(s.link ? { link: s.link, underline: true } : { link: null, underline: false }) });
    });
  };

  for (const raw of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trimEnd();
    const heading = /^(#{1,4})\s+(.*)$/.exec(line);
    if (heading) {
      const level = heading[1]!.length;
      pdf.moveDown(level === 1 ? 0 : 0.5);
      write(heading[2]!, { size: [20, 15, 12, 11][level - 1]!, bold: true, gap: 6 });
    } else if (/^\s*[-*+]\s+/.test(line)) {
      write(`•  ${line.replace(/^\s*[-*+]\s+/, '')}`, { indent: 12, gap: 2 });
    } else if (/^\s*\d+[.)]\s+/.test(line)) {
      write(line.trim(), { indent: 12, gap: 2 });
    } else if (line.startsWith('>')) {
      const quote = line.replace(/^>\s?/, '');
      if (quote) write(quote, { indent: 16, italic: true, colour: GREY, size: 9, gap: 2 });
    } else if (/^(-{3,}|\*{3,})$/.test(line.trim())) {
      pdf.moveDown(0.5);
    } else if (line.trim() === '') {
      pdf.moveDown(0.3);
    } else {
      write(line);
    }
  }

  return finish((page, pages) => `${title} — ${page} / ${pages}`);
}
