// The demo data itself: complete in three languages, consistent references, and no real person's contact data.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { demoCompetenceRows } from '#src/demo/demo-competences.ts';
import { demoData } from '#src/demo/demo-data.ts';
import { buildDemoRows } from '#src/demo/demo-rows.ts';
import { SECTORS } from '#src/registry/sectors.ts';

// The seed documents sit beside the repository (../shared), as the reference data does.
const SEEDS = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));
const seedTexts = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(`${SEEDS}${f}`, 'utf8'));

/** Every string anywhere inside `value`. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

const digits = (s: string) => s.replace(/\D/g, '');
const demoStrings = strings(demoData);

describe('the demo data', () => {
  it('holds the four clusters, each with its hubs', () => {
    const clusters = demoData.clusters.filter((c) => !c.parent);
    expect(clusters.map((c) => c.slug)).toEqual(['biocon-valley', 'biosaxony', 'life-science-nord', 'danish-life-science-cluster']);
    const hubsOf = (slug: string) => demoData.clusters.filter((c) => c.parent === slug).map((c) => c.city);
    expect(hubsOf('biocon-valley')).toEqual(['Greifswald', 'Rostock']);
    expect(hubsOf('biosaxony')).toEqual(['Dresden', 'Leipzig']);
    expect(hubsOf('life-science-nord')).toEqual(['Hamburg', 'Kiel']);
    expect(hubsOf('danish-life-science-cluster')).toEqual(['København', 'Aarhus', 'Odense', 'Aalborg']);
  });

  it('has 40 to 70 organisations, each with a city, coordinates, a sector and a membership', () => {
    expect(demoData.organizations.length).toBeGreaterThanOrEqual(40);
    expect(demoData.organizations.length).toBeLessThanOrEqual(70);
    for (const o of demoData.organizations) {
      expect(o.city, o.key).not.toBe('');
      // Everything lies between Saxony and North Jutland.
      expect(o.lat, o.key).toBeGreaterThan(50.5);
      expect(o.lat, o.key).toBeLessThan(57.8);
      expect(o.lon, o.key).toBeGreaterThan(8);
      expect(o.lon, o.key).toBeLessThan(15.5);
      expect(o.sectors.length, o.key).toBeGreaterThan(0);
      for (const s of o.sectors) expect(SECTORS, o.key).toContain(s);
      expect(o.memberships.length, o.key).toBeGreaterThan(0);
      if (o.nutsCode) expect(o.nutsCode.startsWith(o.country), o.key).toBe(true);
    }
  });

  it('has 6 to 10 joint projects of known organisations, each with a coordinator, topics and no CORDIS grant id', () => {
    expect(demoData.projects.length).toBeGreaterThanOrEqual(6);
    expect(demoData.projects.length).toBeLessThanOrEqual(10);
    const keys = new Set(demoData.organizations.map((o) => o.key));
    for (const p of demoData.projects) {
      expect(p.participants.filter((m) => m.role === 'coordinator'), p.key).toHaveLength(1);
      expect(p.participants.length, p.key).toBeGreaterThanOrEqual(2);
      for (const m of p.participants) expect(keys, `${p.key}: ${m.organization}`).toContain(m.organization);
      expect(new Set(p.participants.map((m) => m.organization)).size, p.key).toBe(p.participants.length);
      expect(p.topics.length, p.key).toBeGreaterThan(0);
      expect(p.objective, p.key).toMatch(/demo/i); // marked as demo data where it is read
      expect(p.startDate, p.key).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(buildDemoRows(demoData, new Date()).projects.every((p) => p.cordis_id === null)).toBe(true);
  });

  it('names the organisations of the seed documents', () => {
    const names = demoData.organizations.map((o) => o.name);
    for (const name of ['Universitätsmedizin Greifswald', 'Klinikum Karlsburg', 'biosaxony e. V.', 'EUROIMMUN AG', 'Syddansk Universitet', 'Region Nordjylland', 'Dansk Biotek']) {
      expect(names).toContain(name);
    }
  });

  it('gives the real organisations in Horizon Europe their distinct CORDIS ids, so an import merges into them', () => {
    const ids = demoData.organizations.flatMap((o) => (o.cordisId ? [o.cordisId] : []));
    expect(ids.length).toBeGreaterThan(20);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^\d{9}$/);
    expect(demoData.organizations.find((o) => o.cordisId === '998962746')?.shortName).toBe('INP');
  });

  it('marks every fictional company as a demo in its name', () => {
    const fictional = demoData.organizations.filter((o) => o.keywords.includes('demo'));
    expect(fictional.length).toBeGreaterThan(5);
    for (const o of fictional) expect(o.name).toMatch(/\(Demo\)$/);
  });

  it('describes clusters, organisations, facilities and strategy records in German, English and Danish', () => {
    const texts = [
      ...demoData.clusters.map((c) => c.description),
      ...demoData.organizations.map((o) => o.description),
      ...demoData.facilities.map((f) => f.description),
      ...demoData.records.flatMap((set) => {
        const walk = (list: typeof set.records): Array<{ de: string; en: string; da: string }> =>
          list.flatMap((r) => [r.title, r.description, ...walk(r.children ?? [])]);
        return walk(set.records);
      }),
    ];
    for (const t of texts) for (const lang of ['de', 'en', 'da'] as const) expect(t[lang].trim(), JSON.stringify(t)).not.toBe('');
  });

  it('resolves every reference between its parts', () => {
    const rows = buildDemoRows(demoData, new Date('2026-11-22T00:00:00Z'));
    expect(rows.organizations).toHaveLength(demoData.organizations.length);
    expect(rows.accounts.map((a) => a.roles.length)).toEqual([0, 1, 1]);
  });

  it('refuses a reference to an organisation that does not exist', () => {
    const broken = { ...demoData, offers: [{ ...demoData.offers[0]!, organization: 'no-such-org' }] };
    expect(() => buildDemoRows(broken, new Date())).toThrow('unknown organisation "no-such-org"');
  });

  it('declares euroSciVoc categories with all their ancestors', () => {
    const rows = demoCompetenceRows();
    const ids = new Set(rows.map((r) => r.id));
    for (const r of rows) if (r.parent_id) expect(ids, r.id).toContain(r.parent_id);
    expect(rows.find((r) => r.id === 'esv:/23/43/271')).toMatchObject({ path: '/natural sciences/physical sciences/plasma physics', depth: 3 });
  });

  it('uses only example.org e-mail addresses', () => {
    const emails = demoStrings.flatMap((s) => s.match(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g) ?? []);
    expect(emails.length).toBeGreaterThan(5);
    for (const e of emails) expect(e).toMatch(/@example\.org$/);
  });

  it('contains no e-mail address, phone number or person named in the seed documents', () => {
    const seedEmails = seedTexts.flatMap((t) => t.match(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g) ?? []);
    const seedPhones = seedTexts.flatMap((t) => t.match(/\+?\d[\d ()/.-]{6,}\d/g) ?? []).map(digits).filter((d) => d.length >= 7);
    expect(seedEmails.length).toBeGreaterThan(0);
    expect(seedPhones.length).toBeGreaterThan(2);
    for (const s of demoStrings) {
      for (const e of seedEmails) expect(s).not.toContain(e);
      for (const p of seedPhones) expect(digits(s)).not.toContain(p);
    }
    // Whole words only: the fictional "Muster" is no "Mustern" of the seeds.
    const seedText = seedTexts.join('\n');
    const word = (w: string) => new RegExp(`(?<!\\p{L})${w}(?!\\p{L})`, 'u');
    for (const c of demoData.contacts) expect(seedText).not.toMatch(word(c.familyName));
  });
});
