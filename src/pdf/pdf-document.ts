// The frame every PDF export shares: pdfkit's built-in Helvetica (no font files, works offline; its WinAnsi encoding
// covers German and Danish: ä ö ü ß æ ø å), A4, collected into one buffer, every page numbered in a footer.
import PDFDocument from 'pdfkit';

// WinAnsi beyond Latin-1: the characters the built-in fonts can show in 0x80-0x9F.
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const REPLACEMENTS: Record<string, string> = { '≥': '>=', '≤': '<=', '−': '-', '‑': '-', '‐': '-', '→': '->', '≈': '~', '′': "'", '″': '"', '\u00ad': '' };

/** Text the built-in fonts can show: others spelled in ASCII or without their accents, "?" failing that. */
export function winAnsi(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if ((code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(ch) || ch === '\n') out += ch;
    else if (REPLACEMENTS[ch] !== undefined) out += REPLACEMENTS[ch];
    else if (ch === '\t') out += ' ';
    else {
      const plain = ch.normalize('NFKD').replace(/\p{M}/gu, '');
      out += plain !== ch && [...plain].every((c) => c.charCodeAt(0) < 0x7f) ? plain : '?';
    }
  }
  return out;
}

export const PDF_GREY = '#555555';

/**
 * Starts an A4 document titled `title` with `margin` points on every side. `finish` writes `footer(page, pages)`
 * centred below the text of every page, ends the document and resolves to its bytes.
 */
export function startPdf(title: string, margin: number) {
  const pdf = new PDFDocument({ size: 'A4', margin, bufferPages: true, info: { Title: winAnsi(title), Creator: 'klynge' } });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  const finish = (footer: (page: number, pages: number) => string): Promise<Buffer> => {
    const range = pdf.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      pdf.switchToPage(i);
      // Below the bottom margin: without lifting it, pdfkit would start a new page for the footer.
      pdf.page.margins.bottom = 0;
      pdf.font('Helvetica').fontSize(8).fillColor(PDF_GREY)
        .text(winAnsi(footer(i + 1, range.count)), margin, pdf.page.height - margin / 2 - 8, { width: pdf.page.width - 2 * margin, align: 'center', lineBreak: false });
    }
    pdf.end();
    return done;
  };
  return { pdf, finish };
}
