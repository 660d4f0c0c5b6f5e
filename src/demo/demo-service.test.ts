// Loading the demo: an empty registry gets the whole ecosystem at once, a filled one nothing, a failure nothing.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous, system } from '#src/auth/actor.ts';
import { login } from '#src/auth/auth-service.ts';
import type { Ctx } from '#src/context.ts';
import { createTestDb } from '#src/db/test-db.ts';
import { demoData } from '#src/demo/demo-data.ts';
import { loadDemoIfEmpty } from '#src/demo/demo-service.ts';
import type { DemoData, DemoRecord } from '#src/demo/demo-types.ts';
import { createLogger } from '#src/log.ts';

let t: Awaited<ReturnType<typeof createTestDb>>;
const ctxOf = (actor: Ctx['actor'] = system): Ctx => ({ db: t.db, actor, clock: () => new Date(), log: createLogger('silent') });

async function counts() {
  const count = async (table: 'clusters' | 'organizations' | 'users' | 'cluster_records' | 'people' | 'offers' | 'projects') =>
    Number((await t.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const esv = await t.db.selectFrom('competences').select((eb) => eb.fn.countAll().as('n')).where('scheme', '=', 'euroscivoc').executeTakeFirstOrThrow();
  return {
    clusters: await count('clusters'),
    organizations: await count('organizations'),
    users: await count('users'),
    records: await count('cluster_records'),
    people: await count('people'),
    offers: await count('offers'),
    projects: await count('projects'),
    euroSciVoc: Number(esv.n),
  };
}

async function emptyRegistry() {
  await sql`truncate clusters, organizations, projects, users cascade`.execute(t.db);
  await t.db.deleteFrom('competences').where('scheme', '=', 'euroscivoc').execute();
}

beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

describe('loadDemoIfEmpty', () => {
  it('refuses visitors: only the operator or an admin loads the demo', async () => {
    await expect(loadDemoIfEmpty(ctxOf(anonymous))).rejects.toMatchObject({ code: 'unauthenticated' });
    await expect(loadDemoIfEmpty(ctxOf({ kind: 'user', userId: '00000000-0000-4000-8000-000000000001', email: 'm@example.org', isAdmin: false, roles: [] })))
      .rejects.toMatchObject({ code: 'forbidden' });
    expect((await counts()).organizations).toBe(0);
  });

  it('fills an empty registry with the whole demo ecosystem in one transaction', async () => {
    const result = await loadDemoIfEmpty(ctxOf());
    const records = (list: DemoRecord[]): number => list.reduce((n, r) => n + 1 + records(r.children ?? []), 0);
    expect(result).toEqual({
      clusters: 4,
      hubs: 10,
      organizations: demoData.organizations.length,
      declaredCompetences: demoData.organizations.reduce((n, o) => n + o.sectors.length + o.topics.length, 0),
      memberships: demoData.organizations.reduce((n, o) => n + o.memberships.length, 0),
      people: demoData.contacts.length,
      facilities: demoData.facilities.length,
      offers: demoData.offers.length,
      projects: demoData.projects.length,
      participations: demoData.projects.reduce((n, p) => n + p.participants.length, 0),
      records: demoData.records.reduce((n, set) => n + records(set.records), 0),
      users: 3,
    });
  });

  it('gives every cluster its hubs in the database', async () => {
    const rows = await t.db
      .selectFrom('clusters as c')
      .innerJoin('clusters as h', 'h.parent_id', 'c.id')
      .select(['c.slug', (eb) => eb.fn.countAll().as('hubs')])
      .groupBy('c.slug')
      .orderBy('c.slug')
      .execute();
    expect(rows.map((r) => [r.slug, Number(r.hubs)])).toEqual([
      ['biocon-valley', 2], ['biosaxony', 2], ['danish-life-science-cluster', 4], ['life-science-nord', 2],
    ]);
  });

  it('stores every organisation with city, coordinates, a sector, three descriptions, a membership and a search vector', async () => {
    const orgs = await t.db
      .selectFrom('organizations as o')
      .select(['o.name', 'o.city', 'o.lat', 'o.lon', 'o.sectors', 'o.description'])
      .select((eb) => [
        eb.selectFrom('memberships').select((m) => m.fn.countAll().as('n')).whereRef('organization_id', '=', 'o.id').as('memberships'),
        eb.selectFrom('organization_competences').select((m) => m.fn.countAll().as('n')).whereRef('organization_id', '=', 'o.id').where('source', '=', 'declared').as('competences'),
        sql<boolean>`o.search_vector is not null and length(o.search_vector) > 0`.as('indexed'),
      ])
      .execute();
    expect(orgs).toHaveLength(demoData.organizations.length);
    for (const o of orgs) {
      expect(o.city, o.name).toBeTruthy();
      expect(o.lat, o.name).not.toBeNull();
      expect(o.lon, o.name).not.toBeNull();
      expect(o.sectors.length, o.name).toBeGreaterThan(0);
      expect(Object.keys(o.description).sort(), o.name).toEqual(['da', 'de', 'en']);
      expect(Number(o.memberships), o.name).toBeGreaterThan(0);
      expect(Number(o.competences), o.name).toBeGreaterThanOrEqual(o.sectors.length);
      expect(o.indexed, o.name).toBe(true);
    }
  });

  it('declares real euroSciVoc categories with their ancestors, as a CORDIS import names them', async () => {
    const plasma = await t.db.selectFrom('competences').selectAll().where('id', '=', 'esv:/23/43/271').executeTakeFirstOrThrow();
    expect(plasma).toMatchObject({ scheme: 'euroscivoc', code: '/23/43/271', parent_id: 'esv:/23/43', depth: 3, label: { en: 'plasma physics' } });
    const inp = await t.db
      .selectFrom('organization_competences as oc')
      .innerJoin('organizations as o', 'o.id', 'oc.organization_id')
      .select('oc.competence_id')
      .where('o.short_name', '=', 'INP')
      .execute();
    expect(inp.map((r) => r.competence_id)).toEqual(expect.arrayContaining(['sector:plasma_technology', 'esv:/23/43/271']));
  });

  it('links demo organisations through joint projects with roles, years and topics, and derives their competences', async () => {
    const karlsburg = await t.db
      .selectFrom('projects as p')
      .innerJoin('participations as pa', 'pa.project_id', 'p.id')
      .innerJoin('organizations as o', 'o.id', 'pa.organization_id')
      .select(['p.cordis_id', 'p.start_date', 'pa.role', 'o.short_name', 'o.name'])
      .where('p.title', '=', 'Diabetes Competence Centre Karlsburg')
      .orderBy('pa.position')
      .execute();
    expect(karlsburg.map((r) => [r.role, r.short_name ?? r.name])).toEqual([
      ['coordinator', 'Klinikum Karlsburg'], ['participant', 'INP'], ['participant', 'KDK'], ['associatedPartner', 'UMG'],
    ]);
    expect(karlsburg[0]).toMatchObject({ cordis_id: null, start_date: '2016-01-01' });

    // The collaboration network: pairs of organisations sharing a project.
    const pairs = await sql<{ n: number }>`select count(*) as n from participations a join participations b
      on a.project_id = b.project_id and a.organization_id < b.organization_id`.execute(t.db);
    expect(pairs.rows[0]!.n).toBeGreaterThan(100);
    const inp = await t.db
      .selectFrom('organization_competences as oc')
      .innerJoin('organizations as o', 'o.id', 'oc.organization_id')
      .select(['oc.competence_id', 'oc.weight'])
      .where('o.short_name', '=', 'INP')
      .where('oc.source', '=', 'projects')
      .execute();
    expect(inp).toEqual(expect.arrayContaining([{ competence_id: 'esv:/23/43/271', weight: 2 }, { competence_id: 'esv:/21/39/179/681', weight: 1 }]));
    const indexed = await sql<{ n: number }>`select count(*) as n from projects where search_vector @@ to_tsquery('klynge_en', 'plasma')`.execute(t.db);
    expect(indexed.rows[0]!.n).toBeGreaterThanOrEqual(2);
  });

  it('stores the strategy records with their hierarchy and horizons', async () => {
    const bcv = await t.db.selectFrom('clusters').select('id').where('slug', '=', 'biocon-valley').executeTakeFirstOrThrow();
    const rows = await t.db.selectFrom('cluster_records').select(['kind', 'horizon', 'parent_id']).where('cluster_id', '=', bcv.id).execute();
    const of = (kind: string) => rows.filter((r) => r.kind === kind);
    expect(of('field_of_action')).toHaveLength(5);
    expect(of('milestone').map((r) => r.horizon).sort()).toEqual(['long', 'medium', 'medium', 'medium', 'short', 'short']);
    expect(of('lead_project').every((r) => r.parent_id !== null)).toBe(true);
    expect(of('lead_project')).toHaveLength(4);
    expect(of('working_group')).toHaveLength(2);
  });

  it('creates the documented demo accounts with their roles', async () => {
    for (const [email, password] of [['admin@example.org', 'klynge-admin-demo'], ['editor@example.org', 'klynge-editor-demo'], ['manager@example.org', 'klynge-manager-demo']] as const) {
      const { user } = await login(ctxOf(anonymous), { email, password });
      expect(user.email).toBe(email);
    }
    const roles = await t.db
      .selectFrom('user_roles as r')
      .innerJoin('users as u', 'u.id', 'r.user_id')
      .leftJoin('clusters as c', 'c.id', 'r.scope_id')
      .leftJoin('organizations as o', 'o.id', 'r.scope_id')
      .select(['u.email', 'r.role', 'c.slug', 'o.name'])
      .orderBy('u.email')
      .execute();
    expect(roles).toEqual([
      { email: 'editor@example.org', role: 'organization_editor', slug: null, name: 'Ryck Plasma Care GmbH (Demo)' },
      { email: 'manager@example.org', role: 'cluster_manager', slug: 'biocon-valley', name: null },
    ]);
  });

  it('keeps every stored e-mail address at example.org', async () => {
    const people = await t.db.selectFrom('people').select(['email', 'phone']).execute();
    const users = await t.db.selectFrom('users').select('email').execute();
    for (const r of [...people, ...users]) expect(r.email).toMatch(/@example\.org$/);
    for (const p of people) expect(p.phone).toBeNull();
  });

  it('does nothing on a second call', async () => {
    const before = await counts();
    expect(await loadDemoIfEmpty(ctxOf())).toBeNull();
    expect(await counts()).toEqual(before);
  });

  it('does nothing when the registry holds a single organisation', async () => {
    await emptyRegistry();
    await t.db.insertInto('organizations').values({ name: 'Own Org', type: 'company', description: JSON.stringify({}), street: null, postal_code: null, city: null, country: null, lat: null, lon: null, nuts_code: null, website: null, vat_number: null, cordis_id: null, short_name: null }).execute();
    expect(await loadDemoIfEmpty(ctxOf())).toBeNull();
    expect(await counts()).toMatchObject({ clusters: 0, organizations: 1, users: 0 });
  });

  it('keeps an account an operator created before the first start', async () => {
    await emptyRegistry();
    await t.db.insertInto('users').values({ email: 'admin@example.org', name: 'Operator', password_hash: 'x', locale: null }).execute();
    const result = await loadDemoIfEmpty(ctxOf());
    expect(result?.users).toBe(2);
    const admin = await t.db.selectFrom('users').select('name').where('email', '=', 'admin@example.org').executeTakeFirstOrThrow();
    expect(admin.name).toBe('Operator');
  });

  it('writes nothing at all when a late insert fails', async () => {
    await emptyRegistry();
    // The last strategy record breaks a check constraint: clusters, organisations and the rest went in before it.
    const badRecord = { kind: 'milestone', horizon: 'someday', title: { de: 'x', en: 'x', da: 'x' }, description: { de: 'x', en: 'x', da: 'x' } } as unknown as DemoRecord;
    const broken: DemoData = { ...demoData, records: [...demoData.records, { cluster: 'biosaxony', records: [badRecord] }] };
    await expect(loadDemoIfEmpty(ctxOf(), broken)).rejects.toThrow();
    expect(await counts()).toEqual({ clusters: 0, organizations: 0, users: 0, records: 0, people: 0, offers: 0, projects: 0, euroSciVoc: 0 });
    // And the real demo still loads afterwards.
    expect(await loadDemoIfEmpty(ctxOf())).not.toBeNull();
  });
});
