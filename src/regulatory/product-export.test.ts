// The documentation plan exports: Markdown and PDF with the device, class and rule sentences, route, consultations,
// obligations, checklist with evidence and the sources; German and Danish letters intact; read as the product is.
import { inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '#src/db/test-db.ts';
import { buildRegulatoryWorld, PROFILES, type RegulatoryWorld } from '#src/regulatory/product-test-world.ts';
import { winAnsi } from '#src/pdf/pdf-document.ts';

let t: Awaited<ReturnType<typeof createTestDb>>;
let w: RegulatoryWorld;
let valve: string;
const NAME = 'Herzklappe „Größe“ – Sårbehandling æøå ÆØÅ';

// WinAnsi bytes 0x80-0x9F (the rest is Latin-1); Node's TextDecoder reads windows-1252 as Latin-1.
const WIN_ANSI_80 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const winAnsiText = (bytes: Buffer) => [...bytes].map((b) => (b >= 0x80 && b <= 0x9f ? WIN_ANSI_80[b - 0x80] : String.fromCharCode(b))).join('');

/** The text a PDF shows: its compressed content streams inflated, the hex strings of their text operators decoded. */
function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const streams = [...raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)].map((m) => {
    try {
      return inflateSync(Buffer.from(m[1]!, 'latin1')).toString('latin1');
    } catch {
      return '';
    }
  });
  return streams
    .flatMap((s) => [...s.matchAll(/\[(.*?)\] TJ/g)].map((m) => [...m[1]!.matchAll(/<([0-9a-f]*)>/g)].map((h) => winAnsiText(Buffer.from(h[1]!, 'hex'))).join('')))
    .join('\n');
}

beforeAll(async () => {
  t = await createTestDb();
  w = await buildRegulatoryWorld(t.db, () => new Date('2026-06-01T09:00:00Z'));
  const res = await w.call('POST', `/api/v1/organizations/${w.orgA}/products`, {
    as: 'editorA',
    body: { name: NAME, intendedPurpose: 'Ersatz der Aortenklappe bei Stenose', profile: PROFILES.implantIII },
  });
  valve = ((await res.json()) as { id: string }).id;
  await w.call('PUT', `/api/v1/products/${valve}/checklist/annex-ii-1.1`, {
    as: 'editorA',
    body: { status: 'done', evidence: [{ url: 'https://qms.example.org/dd/001', label: 'Gerätebeschreibung DD-001' }], note: 'Freigegeben' },
  });
});
afterAll(() => t.close());

describe('exporting the documentation plan', () => {
  it('refuses visitors and users who may not read the (private) product', async () => {
    for (const format of ['md', 'pdf']) {
      expect((await w.call('GET', `/api/v1/products/${valve}/documentation-plan.${format}`)).status).toBe(404);
      expect((await w.call('GET', `/api/v1/products/${valve}/documentation-plan.${format}`, { as: 'editorB' })).status).toBe(404);
    }
  });

  it('writes Markdown with the device, the rule and its sentence, the route, consultations, obligations, checklist and sources', async () => {
    const res = await w.call('GET', `/api/v1/products/${valve}/documentation-plan.md`, { as: 'manager' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(res.headers.get('content-disposition')).toContain('documentation-plan-herzklappe-grosse-saarbehandling-aeoeaa-aeoeaa.md');
    const md = await res.text();
    expect(md).toContain(`# Documentation plan: ${NAME}`);
    expect(md).toContain('- **Intended purpose:** Ersatz der Aortenklappe bei Stenose');
    expect(md).toContain('## Classification: MDR class III');
    expect(md).toMatch(/### Rule 8: class III\n\n.+\n\n> .+\n> — MDR Annex VIII, Rule 8/);
    expect(md).toContain('Quality management system and technical documentation assessment (Annex IX)');
    expect(md).toContain('## Consultations');
    expect(md).toContain('MDR Art. 54(1)(a)');
    expect(md).toContain('## Obligations');
    expect(md).toMatch(/- \[x\] \*\*MDR Annex II, Section 1\.1\*\* .+ — \*done\*\n {2}- Note: Freigegeben\n {2}- Evidence: \[Gerätebeschreibung DD-001\]\(<https:\/\/qms\.example\.org\/dd\/001>\)/);
    expect(md).toMatch(/- \[ \] \*\*MDR Annex I, Section 17\.1\*\* .+ — \*does not apply: /);
    expect(md).toContain('Regulation (EU) 2017/745 on medical devices (MDR)');
    expect(md).toContain('MDCG 2021-24');
    expect(md).toContain('© European Union, https://eur-lex.europa.eu');
  });

  it('writes a PDF of several pages that shows German and Danish letters as they are', async () => {
    const res = await w.call('GET', `/api/v1/products/${valve}/documentation-plan.pdf`, { as: 'editorA' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const pdf = Buffer.from(await res.arrayBuffer());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.subarray(-6).toString('latin1')).toContain('%%EOF');
    const pages = pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? [];
    expect(pages.length).toBeGreaterThan(2);
    const text = pdfText(pdf);
    expect(text).toContain('Herzklappe');
    expect(text).toContain('„Größe“');
    expect(text).toContain('Sårbehandling æøå ÆØÅ');
    expect(text).toContain('Gerätebeschreibung DD-001');
    expect(text).toContain(`page 1 of ${pages.length}`);
    expect(text).toContain('© European Union');
  });

  it('spells characters the built-in fonts lack in ASCII instead of garbling them', () => {
    expect(winAnsi('≥ 30 days − ≤ 60 minutes, Łódź ①')).toBe('>= 30 days - <= 60 minutes, ?ódz 1');
    expect(winAnsi('Größe æøå € “x”')).toBe('Größe æøå € “x”');
  });
});
