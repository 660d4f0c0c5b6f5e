// The consortium builder over HTTP: roles, countries, impossible rules, visibility, exports and bad input.
import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '#src/db/test-db.ts';
import type { NewOrganization } from '#src/db/types.ts';
import { refreshSearchIndex } from '#src/registry/search-index.ts';
import { buildOrganization, createTestApp, userActor } from '#src/registry/test-builders.ts';

let t: Awaited<ReturnType<typeof createTestDb>>;
let call: ReturnType<typeof createTestApp>;
const org: Record<string, string> = {};

type Organization = { orgId: string; name: string; country: string | null; type: string; isSme: boolean; score: number | null; reasons: Array<{ kind: string; text: string }> };
type Member = Organization & { slot: number; chosenFor: string; covers: string[]; roles: string[]; countryStatus: string; alternatives: Organization[] };
type Check = { rule: string; role?: string; required: number; actual: number; satisfied: boolean; detail: string };
type Consortium = { language: string; complete: boolean; members: Member[]; checks: Check[]; poolSize: number; rules: { maxPartners: number } };
type ErrorBody = { error: { code: string; details: Array<{ field: string; message: string }> } };

const TEXT = 'Cold atmospheric plasma for healing chronic wounds: devices, clinical study and plasma medicine';
const consortium = async (body: object, as?: string) => {
  const res = await call('POST', '/api/v1/match/consortium', { body: { text: TEXT, requesterId: org.requester, ...body }, ...(as ? { as } : {}) });
  expect(res.status).toBe(200);
  return (await res.json()) as Consortium;
};
const invalidFields = async (res: Response) => {
  expect(res.status).toBe(422);
  const body = (await res.json()) as ErrorBody;
  expect(body.error.code).toBe('invalid');
  return body.error.details.map((d) => d.field);
};
const names = (c: Consortium) => c.members.map((m) => m.name);
const everyone = (c: Consortium) => [...names(c), ...c.members.flatMap((m) => m.alternatives.map((a) => a.name))];
const check = (c: Consortium, rule: string, role?: string) => c.checks.find((x) => x.rule === rule && x.role === role);

async function buildProject(acronym: string, title: string, participants: string[]): Promise<void> {
  const { id } = await t.db.insertInto('projects')
    .values({ acronym, title, objective: `${title}. Cold plasma treats chronic wounds.`, start_date: '2023-01-01', keywords: [] })
    .returning('id').executeTakeFirstOrThrow();
  await t.db.insertInto('participations')
    .values(participants.map((o, i) => ({ project_id: id, organization_id: o, role: i === 0 ? 'coordinator' : 'participant', ec_contribution: null, position: i + 1 })))
    .execute();
}

async function add(key: string, name: string, values: Partial<NewOrganization>): Promise<void> {
  org[key] = await buildOrganization(t.db, { name, keywords: ['cold plasma', 'wound healing'], ...values });
}

beforeAll(async () => {
  t = await createTestDb();
  await add('requester', 'Requester Plasma GmbH', {});
  await add('kielSme', 'Kiel Plasma Devices', { is_sme: true });
  await add('institute', 'Greifswald Plasma Institute', { type: 'research_institute', city: 'Greifswald' });
  await add('rostock', 'Rostock Wound Clinic', { type: 'hospital', city: 'Rostock' });
  await add('aarhus', 'Aarhus Wound Hospital', { type: 'hospital', country: 'DK', city: 'Aarhus' });
  await add('copenhagen', 'Copenhagen Plasma University', { type: 'university', country: 'DK', city: 'Copenhagen' });
  await add('leiden', 'Leiden Plasma BV', { is_sme: true, country: 'NL', city: 'Leiden' });
  await add('boston', 'Boston Plasma Inc', { country: 'US', city: 'Boston' });
  await add('secret', 'Secret Plasma Clinic', { type: 'hospital', country: 'SE', city: 'Lund', visibility: 'private' });
  await add('membersLab', 'Members Plasma Lab', { type: 'university', country: 'FR', city: 'Paris', visibility: 'members' });
  await buildProject('COLDPLAS', 'Cold plasma devices for wound healing', [org.requester!, org.kielSme!, org.institute!, org.aarhus!]);
  await buildProject('PLASMED', 'Plasma medicine for chronic wounds', [org.institute!, org.rostock!, org.copenhagen!, org.leiden!]);
  await buildProject('WOUNDUS', 'Plasma wound care in the clinic', [org.boston!, org.secret!, org.membersLab!, org.leiden!]);
  await refreshSearchIndex(t.db, 'all');
  call = createTestApp(t.db, { admin: userActor([], true), member: userActor() });
});
afterAll(() => t.close());

describe('building a consortium', () => {
  it('covers every required role and the Horizon Europe country rules, with reasons and alternatives', async () => {
    const c = await consortium({ rules: { requiredRoles: [{ role: 'sme', count: 1 }, { role: 'clinical', count: 1 }, { role: 'research', count: 1 }] } });
    expect(c.complete).toBe(true);
    expect(c.members[0]).toMatchObject({ slot: 0, orgId: org.requester, chosenFor: 'requester', score: null, reasons: [] });
    for (const role of ['sme', 'clinical', 'research']) {
      expect(check(c, 'role', role)).toMatchObject({ satisfied: true, required: 1 });
      expect(c.members.some((m) => m.slot > 0 && m.covers.includes(role))).toBe(true);
    }
    const partners = c.members.slice(1);
    expect(partners.every((m) => typeof m.score === 'number' && m.reasons.length > 0)).toBe(true);
    expect(new Set(c.members.map((m) => m.country)).size).toBeGreaterThanOrEqual(3);
    expect(check(c, 'minCountries')).toMatchObject({ satisfied: true, required: 3 });
    // Boston is not in an eligible country; private and members-only organisations are hidden from visitors.
    expect(everyone(c)).not.toContain('Boston Plasma Inc');
    // Copenhagen may take Greifswald's research slot (Denmark is in already); Rostock may not take Aarhus's clinical
    // slot, since Denmark would drop out.
    const research = c.members.find((m) => m.covers.includes('research'))!;
    expect(research.alternatives.map((a) => a.name)).toEqual([expect.stringMatching(/Copenhagen|Greifswald/)]);
    expect(c.members.find((m) => m.name === 'Aarhus Wound Hospital')?.alternatives).toEqual([]);
  });

  it('brings partners from further countries until three eligible countries take part', async () => {
    const c = await consortium({ rules: { minPartners: 3, maxPartners: 3 } });
    expect(c.members).toHaveLength(3);
    expect(new Set(c.members.map((m) => m.country))).toEqual(new Set(['DE', 'DK', 'NL']));
    expect(c.members.slice(1).every((m) => m.chosenFor === 'country')).toBe(true);
  });

  it('reports the rules the candidates cannot meet and why, and still proposes what it can', async () => {
    const c = await consortium({ rules: { countryScope: ['DE'], requiredRoles: [{ role: 'clinical', count: 2 }] } });
    expect(c.complete).toBe(false);
    expect(check(c, 'minCountries')).toMatchObject({ satisfied: false, actual: 1, detail: expect.stringContaining('come from only 1 (DE)') });
    expect(check(c, 'role', 'clinical')).toMatchObject({ satisfied: false, actual: 1, detail: expect.stringContaining('hold only 1') });
    expect(c.members.every((m) => m.country === 'DE')).toBe(true);
  });
});

describe('visibility', () => {
  const all = { rules: { countryScope: 'any', minCountries: 0, minMemberStates: 0, minPartners: 20, maxPartners: 20 } };

  it('builds from public organisations for visitors, members-only ones too when signed in, everything for admins', async () => {
    const visitor = everyone(await consortium(all));
    expect(visitor).toContain('Boston Plasma Inc');
    expect(visitor).not.toContain('Members Plasma Lab');
    expect(visitor).not.toContain('Secret Plasma Clinic');
    const member = everyone(await consortium(all, 'member'));
    expect(member).toContain('Members Plasma Lab');
    expect(member).not.toContain('Secret Plasma Clinic');
    expect(everyone(await consortium(all, 'admin'))).toContain('Secret Plasma Clinic');
  });

  it('refuses a requester the caller may not see as unknown', async () => {
    const res = await call('POST', '/api/v1/match/consortium', { body: { text: TEXT, requesterId: org.secret } });
    expect(await invalidFields(res)).toEqual(['requesterId']);
    const asAdmin = await call('POST', '/api/v1/match/consortium', { as: 'admin', body: { text: TEXT, requesterId: org.secret } });
    expect(asAdmin.status).toBe(200);
  });
});

describe('export', () => {
  const body = () => ({ text: TEXT, requesterId: org.requester, rules: { requiredRoles: [{ role: 'clinical', count: 1 }] } });

  it('downloads the consortium as CSV, one row per member', async () => {
    const res = await call('POST', '/api/v1/match/consortium/export?format=csv', { body: body() });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="consortium.csv"');
    const text = (await res.text()).replace(/^\uFEFF/, '');
    expect(text.split('\n')[0]).toBe('slot,role,organisation,country,type,sme,score,reasons,alternatives');
    const rows = parse(text, { columns: true }) as Array<Record<string, string>>;
    const json = await consortium({ rules: body().rules });
    expect(rows.map((r) => r.organisation)).toEqual(names(json));
    expect(rows[0]).toMatchObject({ slot: '0', role: 'requester', organisation: 'Requester Plasma GmbH', country: 'DE', type: 'company', sme: 'no', score: '' });
    const clinical = rows.find((r) => r.role === 'clinical')!;
    expect(clinical.type).toBe('hospital');
    expect(clinical.reasons).not.toBe('');
    expect(Number(clinical.score)).toBeGreaterThan(0);
  });

  it('downloads the same consortium as JSON', async () => {
    const res = await call('POST', '/api/v1/match/consortium/export?format=json', { body: body() });
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="consortium.json"');
    expect(await res.json()).toEqual(await consortium({ rules: body().rules }));
  });
});

describe('bad input', () => {
  const post = (body: object) => call('POST', '/api/v1/match/consortium', { body });

  it('names the missing requester, an empty text, a maximum below the minimum and a role listed twice', async () => {
    expect(await invalidFields(await post({ text: TEXT }))).toEqual(['requesterId']);
    expect(await invalidFields(await post({ text: '   ', requesterId: org.requester }))).toEqual(['text']);
    expect(await invalidFields(await post({ text: TEXT, requesterId: org.requester, rules: { minPartners: 5, maxPartners: 4 } }))).toEqual(['rules.maxPartners']);
    const twice = { requiredRoles: [{ role: 'sme', count: 1 }, { role: 'sme', count: 2 }] };
    expect(await invalidFields(await post({ text: TEXT, requesterId: org.requester, rules: twice }))).toEqual(['rules.requiredRoles.1.role']);
    expect(await invalidFields(await post({ text: TEXT, requesterId: org.requester, rules: { requiredRoles: [{ role: 'sme', count: 0 }] } })))
      .toEqual(['rules.requiredRoles.0.count']);
  });

  it('refuses an unknown requester and an unknown export format', async () => {
    expect(await invalidFields(await post({ text: TEXT, requesterId: randomUUID() }))).toEqual(['requesterId']);
    const res = await call('POST', '/api/v1/match/consortium/export?format=xlsx', { body: { text: TEXT, requesterId: org.requester } });
    expect(await invalidFields(res)).toEqual(['format']);
  });
});

describe('a role the best candidates lack', () => {
  it('searches for that role separately when the first 200 candidates hold too few of it', async () => {
    // 200 Italian companies match the text better than the one Italian hospital, which the first search leaves out.
    await t.db.insertInto('organizations')
      .values(Array.from({ length: 200 }, (_, i) => ({ name: `Plasma Wound Srl ${i}`, type: 'company' as const, description: '{}', country: 'IT', keywords: ['cold plasma', 'wound healing', 'plasma medicine'] })))
      .execute();
    await add('milano', 'Ospedale di Milano', { type: 'hospital', country: 'IT', city: 'Milano', keywords: ['wounds'] });
    await refreshSearchIndex(t.db, 'all');
    const rules = { countryScope: ['IT'], minCountries: 1, minPartners: 2, maxPartners: 2, requiredRoles: [{ role: 'clinical', count: 1 }] };
    const partners = await call('POST', '/api/v1/match/partners', { body: { text: TEXT, requesterId: org.requester, k: 200, filters: { countries: ['IT'] } } });
    expect(((await partners.json()) as { results: Organization[] }).results.map((r) => r.name)).not.toContain('Ospedale di Milano');
    const c = await consortium({ rules });
    expect(names(c)).toEqual(['Requester Plasma GmbH', 'Ospedale di Milano']);
    expect(check(c, 'role', 'clinical')!.satisfied).toBe(true);
    expect(c.poolSize).toBe(201);
  });
});
