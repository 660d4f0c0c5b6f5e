// Files the demo sites carry, generated at demo load (no files shipped): a small network-shaped logo as PNG per
// cluster, and a PDF summary of the health-economy masterplan of Mecklenburg-Vorpommern (seed 000) with pdfkit.
import { crc32, deflateSync } from 'node:zlib';
import PDFDocument from 'pdfkit';
import { mecklenburgVorpommernRecords } from '#src/demo/demo-records-mv.ts';
import { winAnsi } from '#src/pdf/pdf-document.ts';

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed) >>> 0);
  return Buffer.concat([length, typed, crc]);
}

/** Encodes RGBA pixels (row after row) as a PNG (RFC 2083: one IDAT, filter type 0 on every row). */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) raw.set(rgba.subarray(y * width * 4, (y + 1) * width * 4), y * (width * 4 + 1) + 1);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

const hex = (colour: string) => [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16)) as [number, number, number];

/** Distance from point p to the segment a–b. */
function segmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

/** A 192×96 logo: a small network of nodes and links in the cluster's colour on a transparent ground (anti-aliased). */
export function logoPng(colour: string): Buffer {
  const width = 192;
  const height = 96;
  const [r, g, b] = hex(colour);
  const nodes: Array<[number, number, number]> = [[28, 48, 14], [80, 24, 10], [88, 72, 12], [136, 44, 16], [172, 76, 8]];
  const links: Array<[number, number]> = [[0, 1], [0, 2], [1, 3], [2, 3], [3, 4], [1, 2]];
  const pixels = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const cx = x + 0.5;
      const cy = y + 0.5;
      let coverage = 0;
      for (const [ax, ay, radius] of nodes) coverage = Math.max(coverage, Math.min(1, Math.max(0, radius + 0.5 - Math.hypot(cx - ax, cy - ay))));
      for (const [from, to] of links) {
        const [ax, ay] = nodes[from]!;
        const [bx, by] = nodes[to]!;
        coverage = Math.max(coverage, Math.min(1, Math.max(0, 2.5 - segmentDistance(cx, cy, ax, ay, bx, by))));
      }
      pixels.set([r, g, b, Math.round(coverage * 255)], (y * width + x) * 4);
    }
  }
  return encodePng(width, height, pixels);
}

const DEVELOPMENT_GOALS = [
  'Intensivierung der Forschungs- und Entwicklungsaktivitäten für spezielle Medizintechnik und Biotechnologie als Vorlaufforschung durch aktive Nutzung der verfügbaren Förderinstrumente (Spitzenforschung, wissenschaftliche Geräte, Hochschulbau, Entrepreneurship)',
  'Ausbau und Weiterentwicklung der Hochschulen und außeruniversitären Forschungseinrichtungen und Ausbau der Kernkompetenzen',
  'Forcierung und Verstetigung des Technologietransfers, der Kommerzialisierung von Forschungsergebnissen und der Netzwerkbildung',
  'Unterstützung regionaler Unternehmen bei der Zulassung von Medizinprodukten (Medical Device Regulation, MDR)',
  'Aufbau von Partnerschaften mit den Global Playern (Pharmaindustrie, IT-Konzerne), um wichtige Innovationslücken zu schließen und Ansiedlungen sowie Existenzgründungen zu ermöglichen',
  'Neuansiedelung von systemrelevanten Betriebsstätten',
  'Verbesserung der Koordination und Zusammenarbeit zwischen Wissenschaft, Wirtschaft, Gesellschaft und medizinischen Einrichtungen',
  'Langfristige Förderung der etablierten Kompetenzzentren für Medizintechnik und Diabetes und Aufbau weiterer Kompetenzzentren',
  'Unterstützung bei der Gründung innovativer Start-ups',
];
const HORIZONS = { short: 'kurzfristig', medium: 'mittelfristig', long: 'langfristig' } as const;

/** The masterplan summary as a PDF (German, like the masterplan): development goals, fields of action, milestones. */
export function masterplanPdf(now: Date): Promise<Buffer> {
  const title = 'Masterplan Gesundheitswirtschaft MV: Gestaltungsfeld „Life Science“';
  const pdf = new PDFDocument({ size: 'A4', margin: 56, info: { Title: winAnsi(title), Creator: 'klynge demo', CreationDate: now } });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('data', (c: Buffer) => chunks.push(c));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  const text = (value: string, font = 'Helvetica', size = 10) => pdf.font(font).fontSize(size).fillColor('black').text(winAnsi(value), { paragraphGap: 3 });
  const heading = (value: string) => {
    pdf.moveDown(0.6);
    text(value, 'Helvetica-Bold', 13);
  };
  text(title, 'Helvetica-Bold', 16);
  text('Zusammenfassung für die Demo von klynge, nach dem öffentlichen Text des Masterplans.', 'Helvetica-Oblique', 9);
  heading('Entwicklungsziele');
  for (const goal of DEVELOPMENT_GOALS) text(`• ${goal}`);
  heading('Handlungsfelder');
  const records = mecklenburgVorpommernRecords.records;
  for (const [i, field] of records.filter((r) => r.kind === 'field_of_action').entries()) {
    text(`Handlungsfeld ${i + 1}: ${field.title.de}`, 'Helvetica-Bold', 11);
    text(field.description.de);
  }
  heading('Meilensteine');
  for (const horizon of ['short', 'medium', 'long'] as const) {
    text(HORIZONS[horizon], 'Helvetica-Bold', 11);
    for (const m of records.filter((r) => r.kind === 'milestone' && r.horizon === horizon)) text(`• ${m.title.de}: ${m.description.de}`);
  }
  pdf.end();
  return done;
}
