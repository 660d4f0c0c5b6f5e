// Epidemic readiness over HTTP: capacities private to their organisation and its clusters' managers, the crisis
// query's exact answers on known data, and the CSV and PDF exports.
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '#src/db/test-db.ts';
import { buildCluster, buildCompetences, buildOrganization, createTestApp, userActor } from '#src/registry/test-builders.ts';

let t: Awaited<ReturnType<typeof createTestDb>>;
let call: ReturnType<typeof createTestApp>;
const org: Record<string, string> = {};
const person: Record<string, string> = {};
const capacity: Record<string, string> = {};
type Answer = {
  matches: Array<{ organizationName: string; capacityPerWeek: number; leadTimeWeeks: number; alone: boolean; contacts: Array<{ name: string; email: string | null }> }>;
  totals: Array<{ unit: string; capacityPerWeek: number; organizations: number; enough: boolean | null; alone: number; neededTogether: number | null }>;
  query: Record<string, unknown>;
};
const fieldsOf = async (res: Response) => ((await res.json()) as { error: { details: Array<{ field: string }> } }).error.details.map((d) => d.field);
const ask = async (params: string, as = 'manager', ref = 'nord') => {
  const res = await call('GET', `/api/v1/clusters/${ref}/readiness?${params}`, { as });
  expect(res.status).toBe(200);
  return (await res.json()) as Answer;
};
const summary = (a: Answer) => a.matches.map((m) => `${m.organizationName}:${m.capacityPerWeek}:${m.leadTimeWeeks}${m.alone ? ':alone' : ''}`);

beforeAll(async () => {
  t = await createTestDb();
  const nord = await buildCluster(t.db, { slug: 'nord' });
  const hub = await buildCluster(t.db, { slug: 'nord-kiel', parent_id: nord });
  const south = await buildCluster(t.db, { slug: 'south' });
  for (const key of ['A', 'B', 'C', 'D', 'E', 'F']) org[key] = await buildOrganization(t.db, { name: `Org ${key}` });
  await t.db.insertInto('memberships').values([
    { cluster_id: nord, organization_id: org.A!, status: 'active' },
    { cluster_id: hub, organization_id: org.B!, status: 'active' },
    { cluster_id: nord, organization_id: org.C!, status: 'applied' },
    { cluster_id: south, organization_id: org.D!, status: 'active' },
    { cluster_id: nord, organization_id: org.F!, status: 'active' },
  ]).execute();
  await buildCompetences(t.db, [['emdn:A', null, 'DEVICES FOR ADMINISTRATION'], ['emdn:A11', 'emdn:A', 'SAMPLE COLLECTION SWABS'],
    ['emdn:A1101', 'emdn:A11', 'SAMPLE COLLECTION NEUTRAL SWABS'], ['emdn:A1102', 'emdn:A11', 'SAMPLE COLLECTION SWABS WITH TRANSPORT MEDIUM']]);
  for (const [key, organization] of [['a', org.A!], ['b', org.B!], ['d', org.D!]] as const) {
    person[key] = (await t.db.insertInto('people').values({ organization_id: organization, given_name: 'Kim', family_name: `Contact ${key}`, email: `${key}@example.org`, consent_listed: true })
      .returning('id').executeTakeFirstOrThrow()).id;
  }
  const add = async (key: string, organization: string, values: { product: string; emdn?: string; capacity: number; unit?: string; lead: number; certs?: string[]; contact?: string }) => {
    capacity[key] = (await t.db.insertInto('production_capacities').values({
      organization_id: organization, product: values.product, emdn_code: values.emdn ?? null, capacity_per_week: values.capacity, unit: values.unit ?? 'pieces',
      lead_time_weeks: values.lead, certifications: values.certs ?? [], contact_person_id: values.contact ?? null,
    }).returning('id').executeTakeFirstOrThrow()).id;
  };
  await add('aSwab', org.A!, { product: 'Nasopharyngeal swab', emdn: 'A1101', capacity: 60_000, lead: 3, certs: ['ISO 13485', 'CE'], contact: person.a! });
  await add('aMask', org.A!, { product: 'Surgical face mask', capacity: 200_000, lead: 1, certs: ['CE'] });
  await add('bFlocked', org.B!, { product: 'Flocked sampling kit with transport medium', emdn: 'A1102', capacity: 40_000, lead: 4, certs: ['ISO13485'], contact: person.b! });
  await add('bTupfer', org.B!, { product: 'Abstrichtupfer', emdn: 'A1101', capacity: 5_000, lead: 2, certs: ['CE'] });
  await add('cSwab', org.C!, { product: 'Swabs', emdn: 'A1101', capacity: 500_000, lead: 1 });
  await add('dSwab', org.D!, { product: 'Swabs', emdn: 'A1101', capacity: 900_000, lead: 1, contact: person.d! });
  await add('eSwab', org.E!, { product: 'Swabs', emdn: 'A1101', capacity: 700_000, lead: 1 });
  await add('fSwab', org.F!, { product: 'Swab sticks', emdn: 'A1101', capacity: 30_000, lead: 8 });
  await add('fBoxes', org.F!, { product: 'Swab sticks', emdn: 'A1101', capacity: 200, unit: 'boxes of 100', lead: 1 });
  call = createTestApp(t.db, {
    admin: userActor([], true),
    user: userActor(),
    manager: userActor([{ role: 'cluster_manager', scopeId: nord }]),
    southManager: userActor([{ role: 'cluster_manager', scopeId: south }]),
    editorA: userActor([{ role: 'organization_editor', scopeId: org.A! }]),
    editorD: userActor([{ role: 'organization_editor', scopeId: org.D! }]),
  }, () => new Date('2026-11-20T10:00:00Z'));
});
afterAll(() => t.close());

describe('the crisis query', () => {
  it('answers "who can make 100,000 swabs a week within four weeks?" with the members that together make it', async () => {
    const a = await ask('product=swabs&quantity=100000&withinWeeks=4');
    // B's kit matches through its EMDN term (…SWABS…), its "Abstrichtupfer" too; C applied, D and E are not members, F is too slow.
    expect(summary(a)).toEqual(['Org A:60000:3', 'Org B:45000:4', 'Org F:200:1']);
    expect(a.totals).toEqual([
      { unit: 'pieces', capacityPerWeek: 105_000, organizations: 2, quantity: 100_000, enough: true, alone: 0, neededTogether: 2 },
      { unit: 'boxes of 100', capacityPerWeek: 200, organizations: 1, quantity: 100_000, enough: false, alone: 0, neededTogether: null },
    ]);
    expect(a.matches[0]!.contacts).toEqual([{ id: person.a, name: 'Kim Contact a', jobTitle: null, email: 'a@example.org', phone: null }]);
  });

  it('filters by certifications (spelling aside), EMDN category, minimum capacity and unit', async () => {
    expect(summary(await ask('product=swab&withinWeeks=4&certifications=iso13485&quantity=100000'))).toEqual(['Org A:60000:3', 'Org B:40000:4']);
    expect(summary(await ask('certifications=ISO 13485,CE'))).toEqual(['Org A:60000:3']);
    const category = await ask('emdn=A11&quantity=50000&unit=pieces');
    expect(summary(category)).toEqual(['Org A:60000:3:alone', 'Org B:45000:4', 'Org F:30000:8']);
    expect(category.totals).toEqual([{ unit: 'pieces', capacityPerWeek: 135_000, organizations: 3, quantity: 50_000, enough: true, alone: 1, neededTogether: 1 }]);
    expect(summary(await ask('emdn=emdn:a1102'))).toEqual(['Org B:40000:4']);
    expect(summary(await ask('product=swab&minCapacity=50000'))).toEqual(['Org A:60000:3']);
    expect(summary(await ask('product=ventilator'))).toEqual([]);
    expect((await ask('product=swab&quantity=1000000&unit=pieces')).totals[0]).toMatchObject({ enough: false, neededTogether: null, capacityPerWeek: 135_000 });
  });

  it('covers a hub’s members from the cluster, and only the hub’s from the hub', async () => {
    expect(summary(await ask('emdn=A11', 'manager', 'nord-kiel'))).toEqual(['Org B:45000:4']);
    expect(summary(await ask('emdn=A11', 'southManager', 'south'))).toEqual(['Org D:900000:1']);
  });

  it('refuses visitors, members and other clusters’ managers, and names bad fields', async () => {
    expect((await call('GET', '/api/v1/clusters/nord/readiness')).status).toBe(401);
    expect((await call('GET', '/api/v1/clusters/nord/readiness', { as: 'editorA' })).status).toBe(403);
    expect((await call('GET', '/api/v1/clusters/nord/readiness', { as: 'southManager' })).status).toBe(403);
    expect((await call('GET', '/api/v1/clusters/nord/readiness.csv', { as: 'southManager' })).status).toBe(403);
    expect((await call('GET', '/api/v1/clusters/nord/readiness.pdf')).status).toBe(401);
    const bad = await call('GET', '/api/v1/clusters/nord/readiness?quantity=-5&emdn=swab&withinWeeks=x', { as: 'manager' });
    expect([bad.status, (await fieldsOf(bad)).sort()]).toEqual([422, ['emdn', 'quantity', 'withinWeeks']]);
  });

  it('exports the query, the date, the answer and the contacts as CSV and PDF', async () => {
    const res = await call('GET', '/api/v1/clusters/nord/readiness.csv?product=swabs&quantity=100000&withinWeeks=4&lang=de', { as: 'manager' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="readiness-nord-2026-11-20.csv"');
    const rows = parse(await res.text(), { relax_column_count: true, skip_empty_lines: true }) as string[][];
    expect(rows.slice(0, 3)).toEqual([['Produktionskapazitäten für die Epidemievorsorge', ''], ['Cluster', 'Cluster nord'], ['Erstellt', '2026-11-20T10:00:00.000Z']]);
    expect(rows).toContainEqual(['Bedarf pro Woche', '100.000']);
    expect(rows).toContainEqual(['Antwort', 'Keine Organisation schafft allein 100.000 pieces pro Woche; zusammen stellen die 2 Organisationen 105.000 her, die 2 größten genügen.']);
    const table = rows.slice(rows.findIndex((r) => r[0] === 'Organisation'));
    expect(table.slice(1).map((r) => [r[0], r[3], r[5], r[9], r[11]])).toEqual([
      ['Org A', 'Nasopharyngeal swab', '60000', 'Kim Contact a', 'a@example.org'],
      ['Org B', 'Flocked sampling kit with transport medium', '40000', 'Kim Contact b', 'b@example.org'],
      ['Org B', 'Abstrichtupfer', '5000', '', ''],
      ['Org F', 'Swab sticks', '200', '', ''],
    ]);
    const pdf = await call('GET', '/api/v1/clusters/nord/readiness.pdf?product=swabs&quantity=100000&withinWeeks=4', { as: 'manager' });
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const bytes = Buffer.from(await pdf.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.length).toBeGreaterThan(1500);
  });
});

describe('an organisation’s capacities', () => {
  const list = async (id: string, as?: string) => call('GET', `/api/v1/organizations/${id}/capacities`, as ? { as } : {});

  it('shows them to its editors and its clusters’ managers only', async () => {
    expect((await list(org.A!)).status).toBe(401);
    expect((await list(org.A!, 'user')).status).toBe(403);
    expect((await list(org.A!, 'editorD')).status).toBe(403);
    expect((await list(org.A!, 'southManager')).status).toBe(403);
    expect((await list(org.C!, 'manager')).status).toBe(403); // an application is no active membership
    const own = (await (await list(org.A!, 'editorA')).json()) as { items: Array<{ product: string; contact: unknown }> };
    expect(own.items.map((c) => c.product)).toEqual(['Nasopharyngeal swab', 'Surgical face mask']);
    expect(((await (await list(org.B!, 'manager')).json()) as { items: unknown[] }).items).toHaveLength(2);
    expect(((await (await list(org.D!, 'southManager')).json()) as { items: unknown[] }).items).toHaveLength(1);
  });

  it('lets its editors declare, change and delete them, and nobody else', async () => {
    const url = `/api/v1/organizations/${org.A}/capacities`;
    const valid = { product: 'FFP2 respirator', emdnCode: 'emdn:r0301', capacityPerWeek: 25_000, leadTimeWeeks: 2, certifications: ['CE', 'CE'], contactPersonId: person.a };
    expect((await call('POST', url, { body: valid })).status).toBe(401);
    expect((await call('POST', url, { as: 'editorD', body: valid })).status).toBe(403);
    expect((await call('POST', url, { as: 'southManager', body: valid })).status).toBe(403);
    const bad = await call('POST', url, { as: 'editorA', body: { ...valid, capacityPerWeek: -1, emdnCode: 'swab', product: '' } });
    expect([bad.status, (await fieldsOf(bad)).sort()]).toEqual([422, ['capacityPerWeek', 'emdnCode', 'product']]);
    const stranger = await call('POST', url, { as: 'editorA', body: { ...valid, contactPersonId: person.d } });
    expect([stranger.status, await fieldsOf(stranger)]).toEqual([422, ['contactPersonId']]);
    const created = await call('POST', url, { as: 'editorA', body: valid });
    expect(created.status).toBe(201);
    const body = (await created.json()) as { id: string; emdnCode: string; unit: string; certifications: string[]; contact: { name: string } };
    expect([body.emdnCode, body.unit, body.certifications, body.contact.name]).toEqual(['R0301', 'pieces', ['CE'], 'Kim Contact a']);

    expect((await call('PATCH', `/api/v1/capacities/${body.id}`, { body: { capacityPerWeek: 1 } })).status).toBe(401);
    expect((await call('PATCH', `/api/v1/capacities/${body.id}`, { as: 'editorD', body: { capacityPerWeek: 1 } })).status).toBe(403);
    expect((await call('PATCH', `/api/v1/capacities/${body.id}`, { as: 'editorA', body: {} })).status).toBe(422);
    const changed = await call('PATCH', `/api/v1/capacities/${body.id}`, { as: 'editorA', body: { capacityPerWeek: 30_000, leadTimeWeeks: 1, contactPersonId: null } });
    expect(await changed.json()).toMatchObject({ capacityPerWeek: 30_000, leadTimeWeeks: 1, contact: null });
    expect((await call('DELETE', `/api/v1/capacities/${body.id}`, { as: 'southManager' })).status).toBe(403);
    expect((await call('DELETE', `/api/v1/capacities/${body.id}`, { as: 'editorA' })).status).toBe(204);
    expect((await call('DELETE', `/api/v1/capacities/${body.id}`, { as: 'editorA' })).status).toBe(404);
  });
});
