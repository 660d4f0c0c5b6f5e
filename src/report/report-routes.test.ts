// The funder report over HTTP: only the cluster's managers (and admins) read it, bad periods are refused naming the
// field, and the CSV and PDF carry every figure with its definition in the chosen language.
import { inflateSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '#src/db/test-db.ts';
import { buildUser, createTestApp } from '#src/registry/test-builders.ts';
import { FIGURES } from '#src/report/report-figures.ts';
import { buildReportWorld, member, NOW, theme, type ReportWorld } from '#src/report/report-test-world.ts';

let t: Awaited<ReturnType<typeof createTestDb>>;
let w: ReportWorld;
let call: ReturnType<typeof createTestApp>;
let slug = '';
const PERIOD = 'from=2025-01-01&to=2025-12-31';

const WIN_ANSI_80 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const winAnsiText = (bytes: Buffer) => [...bytes].map((b) => (b >= 0x80 && b <= 0x9f ? WIN_ANSI_80[b - 0x80] : String.fromCharCode(b))).join('');

/** The text a PDF shows: its content streams inflated, the hex strings of their text operators decoded. */
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
  w = await buildReportWorld(t.db);
  slug = `foerde-${w.cluster.slice(0, 8)}`;
  await t.db.updateTable('clusters').set({ name: 'Förde Ærø Gesundheitsnetz', slug }).where('id', '=', w.cluster).execute();
  const org = await member(t.db, [[w.cluster, { start: '2025-03-01', type: 'associate' }]], { is_sme: true, founded_on: '2024-01-01' });
  await member(t.db, [[w.hub, { start: '2019-03-01' }]]);
  await theme(t.db, w.cluster, 'Digitalisierung in der Lebenswissenschaft — Größe, Sårbehandling');
  call = createTestApp(t.db, {
    manager: await buildUser(t.db, [{ role: 'cluster_manager', scopeId: w.cluster }]),
    hubManager: await buildUser(t.db, [{ role: 'cluster_manager', scopeId: w.hub }]),
    otherManager: await buildUser(t.db, [{ role: 'cluster_manager', scopeId: w.other }]),
    member: await buildUser(t.db, [{ role: 'member', scopeId: w.cluster }]),
    editor: await buildUser(t.db, [{ role: 'organization_editor', scopeId: org }]),
    admin: await buildUser(t.db, [], true),
  }, () => NOW);
});
afterAll(() => t.close());

describe('who may read the report', () => {
  it('refuses visitors (401), members, editors of members and other clusters’ managers (403)', async () => {
    for (const format of ['', '.csv', '.pdf']) {
      expect((await call('GET', `/api/v1/clusters/${slug}/report${format}?${PERIOD}`)).status).toBe(401);
      for (const as of ['member', 'editor', 'otherManager', 'hubManager']) {
        expect((await call('GET', `/api/v1/clusters/${slug}/report${format}?${PERIOD}`, { as })).status).toBe(403);
      }
    }
  });

  it('gives the cluster’s managers the cluster’s and its hubs’ reports, admins any, and 404 for an unknown cluster', async () => {
    expect((await call('GET', `/api/v1/clusters/${slug}/report?${PERIOD}`, { as: 'manager' })).status).toBe(200);
    expect((await call('GET', `/api/v1/clusters/${w.hub}/report?${PERIOD}`, { as: 'manager' })).status).toBe(200);
    expect((await call('GET', `/api/v1/clusters/${w.hub}/report?${PERIOD}`, { as: 'hubManager' })).status).toBe(200);
    expect((await call('GET', `/api/v1/clusters/${w.other}/report?${PERIOD}`, { as: 'admin' })).status).toBe(200);
    expect((await call('GET', `/api/v1/clusters/${w.other}/report?${PERIOD}`, { as: 'manager' })).status).toBe(403);
    expect((await call('GET', `/api/v1/clusters/${w.other}/report.csv?${PERIOD}`, { as: 'member' })).status).toBe(403);
    expect((await call('GET', `/api/v1/clusters/no-such-cluster/report?${PERIOD}`, { as: 'admin' })).status).toBe(404);
  });
});

describe('the period', () => {
  const refused = async (query: string) => {
    const res = await call('GET', `/api/v1/clusters/${slug}/report?${query}`, { as: 'manager' });
    expect(res.status).toBe(422);
    return ((await res.json()) as { error: { code: string; details: Array<{ field: string }> } }).error;
  };

  it('refuses missing and impossible dates, naming the field', async () => {
    expect((await refused('from=2025-02-30&to=2025-12-31')).details.map((d) => d.field)).toEqual(['from']);
    expect((await refused('from=2025-01-01&to=31.12.2025')).details.map((d) => d.field)).toEqual(['to']);
    expect((await refused('to=2025-12-31')).details.map((d) => d.field)).toEqual(['from']);
    expect((await refused(`${PERIOD}&interval=week`)).details.map((d) => d.field)).toEqual(['interval']);
  });

  it('refuses a period ending before it begins or longer than ten years', async () => {
    expect(await refused('from=2025-12-31&to=2025-01-01')).toMatchObject({ code: 'invalid', details: [{ field: 'to' }] });
    expect(await refused('from=2015-01-01&to=2025-01-01')).toMatchObject({ code: 'invalid', details: [{ field: 'to' }] });
    const tenYears = await call('GET', `/api/v1/clusters/${slug}/report?from=2015-01-01&to=2024-12-31`, { as: 'manager' });
    expect(tenYears.status).toBe(200);
    expect(((await tenYears.json()) as { interval: string; buckets: unknown[] })).toMatchObject({ interval: 'year', buckets: { length: 10 } });
  });
});

describe('the report', () => {
  it('answers every figure with its definition in three languages, a monthly series for a year, and the hubs counted', async () => {
    const res = await call('GET', `/api/v1/clusters/${slug}/report?${PERIOD}`, { as: 'manager' });
    const report = (await res.json()) as {
      interval: string; buckets: unknown[]; cluster: { hubs: Array<{ id: string }> };
      figures: Array<{ key: string; total: number; series: number[]; definition: Record<string, string> }>;
    };
    expect(report.interval).toBe('month');
    expect(report.buckets).toHaveLength(12);
    expect(report.cluster.hubs.map((h) => h.id)).toEqual([w.hub]);
    expect(report.figures.map((f) => f.key)).toEqual(FIGURES.map((f) => f.key));
    for (const f of report.figures) {
      expect(f.series).toHaveLength(12);
      for (const lang of ['en', 'de', 'da']) expect(f.definition[lang]!.length).toBeGreaterThan(60);
    }
    const byKey = Object.fromEntries(report.figures.map((f) => [f.key, f]));
    expect([byKey.members!.total, byKey.newMembers!.total, byKey.smeMembers!.total, byKey.youngStartups!.total]).toEqual([2, 1, 1, 1]);
    expect(byKey.newMembers!.series).toEqual([0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('writes the CSV: one row per figure and bucket with its definition, then breakdowns and themes', async () => {
    const res = await call('GET', `/api/v1/clusters/${slug}/report.csv?${PERIOD}&interval=quarter&lang=de`, { as: 'manager' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="report-${slug}-2025-01-01-2025-12-31.csv"`);
    const rows = parse(await res.text(), { columns: true }) as Array<Record<string, string>>;
    const members = rows.filter((r) => r.figure === 'members');
    expect(members.map((r) => [r.row, r.part, r.from, r.to, r.value])).toEqual([
      ['period', '', '2025-01-01', '2025-12-31', '2'],
      ['quarter', '', '2025-01-01', '2025-03-31', '2'],
      ['quarter', '', '2025-04-01', '2025-06-30', '2'],
      ['quarter', '', '2025-07-01', '2025-09-30', '2'],
      ['quarter', '', '2025-10-01', '2025-12-31', '2'],
      ['breakdown:type', 'Vollmitglieder', '2025-01-01', '2025-12-31', '1'],
      ['breakdown:type', 'Assoziierte Mitglieder', '2025-01-01', '2025-12-31', '1'],
      ['breakdown:type', 'Partner', '2025-01-01', '2025-12-31', '0'],
      ['breakdown:hub', 'Förde Ærø Gesundheitsnetz', '2025-01-01', '2025-12-31', '1'],
      ['breakdown:hub', 'Alpha Hub', '2025-01-01', '2025-12-31', '1'],
    ]);
    expect(members[0]).toMatchObject({ title: 'Mitglieder', unit: 'count', cluster: slug });
    expect(members[0]!.definition).toMatch(/^Organisationen mit einer am letzten Tag des Zeitraums gültigen Mitgliedschaft/);
    expect(rows.filter((r) => r.row === 'period')).toHaveLength(FIGURES.length);
    expect(rows.filter((r) => r.row === 'quarter')).toHaveLength(FIGURES.length * 4);
    expect(rows.find((r) => r.figure === 'theme.ideas')).toMatchObject({ part: 'Digitalisierung in der Lebenswissenschaft — Größe, Sårbehandling', value: '0' });
  });

  it('writes a PDF with title, period, every figure and its definition, German and Danish letters as they are', async () => {
    const res = await call('GET', `/api/v1/clusters/${slug}/report.pdf?${PERIOD}&lang=da`, { as: 'manager' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const pdf = Buffer.from(await res.arrayBuffer());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(5_000);
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    expect(text).toContain('Rapport til bevillingsgivere: Förde Ærø Gesundheitsnetz');
    expect(text).toContain('1. jan. 2025');
    expect(text).toContain('Alpha Hub');
    for (const f of FIGURES) expect(text).toContain(f.title.da);
    expect(text).toContain('Digitalisierung in der Lebenswissenschaft — Größe, Sårbehandling');
    expect(text).toContain('Nøgletal');
    expect(text).toMatch(/side 1 af \d/);
  });
});
