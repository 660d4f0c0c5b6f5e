// The atlas search over HTTP: every kind counted, one listed, organisation cards, filters, paging, visibility, bad input.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '#src/db/test-db.ts';
import { refreshSearchIndex } from '#src/registry/search-index.ts';
import { buildCluster, buildCompetences, buildOrganization, createTestApp, userActor } from '#src/registry/test-builders.ts';

let t: Awaited<ReturnType<typeof createTestDb>>;
let call: ReturnType<typeof createTestApp>;
const org: Record<string, string> = {};

type Results = {
  kind: string;
  counts: Record<string, number>;
  facets: { total: number; sector: Array<{ value: string; count: number }> };
  organizations: Array<{ name: string; topCompetences: Array<{ id: string; label: { en?: string } }>; clusters: Array<{ name: string }> }>;
  facilities: Array<{ name: string }>;
  projects: Array<{ acronym: string }>;
  offers: Array<{ title: string }>;
  nextCursor: string | null;
};
const search = async (params: string, as?: string) => {
  const res = await call('GET', `/api/v1/search?${params}`, as ? { as } : {});
  expect(res.status).toBe(200);
  return (await res.json()) as Results;
};
const errorFields = async (res: Response) => ((await res.json()) as { error: { details: Array<{ field: string }> } }).error.details.map((d) => d.field);

beforeAll(async () => {
  t = await createTestDb();
  const cluster = await buildCluster(t.db, { slug: 'bcv', name: 'BioCon Valley' });
  await buildCompetences(t.db, [
    ['esv:/23', null, 'natural sciences'], ['esv:/23/43', 'esv:/23', 'physical sciences'], ['esv:/23/43/271', 'esv:/23/43', 'plasma physics'],
    ['esv:/21', null, 'medical and health sciences'], ['sector:plasma_technology', null, 'Plasma technology'],
  ]);
  org.alpha = await buildOrganization(t.db, { name: 'Alpha Plasma GmbH', sectors: ['plasma_technology'], is_sme: true, country: 'DE' });
  org.beta = await buildOrganization(t.db, { name: 'Beta Plasma Klinik', type: 'hospital', country: 'DK', visibility: 'members' });
  org.gamma = await buildOrganization(t.db, { name: 'Gamma Plasma Secret', visibility: 'private' });
  await t.db.insertInto('organization_competences').values([
    { organization_id: org.alpha, competence_id: 'esv:/23/43/271', source: 'declared' },
    { organization_id: org.alpha, competence_id: 'esv:/21', source: 'projects', weight: 3 },
    // Declared as well as derived: still one competence on the card.
    { organization_id: org.alpha, competence_id: 'esv:/21', source: 'declared' },
    { organization_id: org.alpha, competence_id: 'sector:plasma_technology', source: 'declared' },
  ]).execute();
  await t.db.insertInto('memberships').values({ organization_id: org.alpha, cluster_id: cluster }).execute();
  await refreshSearchIndex(t.db, 'all');
  call = createTestApp(t.db, { admin: userActor([], true), member: userActor() });
  const post = async (path: string, body: object) => expect((await call('POST', `/api/v1/${path}`, { as: 'admin', body })).status).toBe(201);
  await post('facilities', { organizationId: org.alpha, kind: 'lab', name: 'Plasma lab', competenceIds: ['esv:/23/43/271'] });
  await post('facilities', { organizationId: org.alpha, kind: 'clean_room', name: 'Clean room', description: { de: 'Reinraum für die Behandlung mit Plasma' } });
  await post('facilities', { organizationId: org.alpha, kind: 'lab', name: 'Hidden plasma lab', visibility: 'private' });
  await post('facilities', { organizationId: org.gamma, kind: 'lab', name: 'Plasma lab of a private organisation' });
  await post('offers', { organizationId: org.alpha, direction: 'offer', kind: 'service', title: 'Plasma sterilisation', description: 'We treat surfaces.' });
  await post('offers', { organizationId: org.alpha, direction: 'request', kind: 'partner', title: 'Plasma partner wanted', visibility: 'members' });
  // Alpha's competence from projects (esv:/21) is derived again from this project's topic when it joins.
  await post('projects', { title: 'Plasma medicine for wounds', acronym: 'PLAMED', startDate: '2021-01-01', topicIds: ['esv:/21'], participants: [{ organizationId: org.alpha, role: 'coordinator' }] });
  await post('projects', { title: 'Plasma in the clinic', acronym: 'PLACLIN', startDate: '2022-01-01', visibility: 'members' });
  // An offer that has run out is not current any more.
  await t.db.insertInto('offers').values({ organization_id: org.alpha, direction: 'offer', kind: 'service', title: 'Old plasma offer', expires_at: '2000-01-01' }).execute();
  await refreshSearchIndex(t.db, 'all');
});
afterAll(() => t.close());

describe('searching everything at once', () => {
  it('counts every kind a visitor may see and lists organisations as cards with competences and clusters', async () => {
    const answer = await search('q=plasma');
    expect(answer.counts).toEqual({ organizations: 1, facilities: 2, projects: 1, offers: 1 });
    expect(answer.kind).toBe('organizations');
    expect(answer.organizations).toEqual([
      expect.objectContaining({
        name: 'Alpha Plasma GmbH',
        topCompetences: [
          { id: 'esv:/21', label: { en: 'medical and health sciences' } },
          { id: 'esv:/23/43/271', label: { en: 'plasma physics' } },
        ],
        clusters: [expect.objectContaining({ name: 'BioCon Valley' })],
      }),
    ]);
    expect(answer.facets.sector).toEqual([{ value: 'plasma_technology', count: 1 }]);
  });

  it('never shows private or members-only entries to visitors, shows them to those who may read them', async () => {
    const visitor = await search('q=plasma&kind=facilities');
    expect(visitor.facilities.map((f) => f.name).sort()).toEqual(['Clean room', 'Plasma lab']);
    const member = await search('q=plasma', 'member');
    expect(member.counts).toEqual({ organizations: 2, facilities: 2, projects: 2, offers: 2 });
    const admin = await search('q=plasma&kind=facilities', 'admin');
    expect(admin.facilities.map((f) => f.name)).toEqual(expect.arrayContaining(['Hidden plasma lab', 'Plasma lab of a private organisation']));
    expect((await search('q=plasma', 'admin')).counts.organizations).toBe(3);
  });

  it('lists projects and current offers, and narrows every kind by a competence with its narrower ones', async () => {
    expect((await search('q=plasma&kind=projects')).projects.map((p) => p.acronym)).toEqual(['PLAMED']);
    expect((await search('q=plasma&kind=offers')).offers.map((o) => o.title)).toEqual(['Plasma sterilisation']);
    const narrowed = await search('competence=esv:/23/43&kind=facilities');
    expect(narrowed.facilities.map((f) => f.name)).toEqual(['Plasma lab']);
    expect(narrowed.counts).toEqual({ organizations: 1, facilities: 1, projects: 0, offers: 0 });
  });

  it('applies the organisation facets to the organisations', async () => {
    expect((await search('q=plasma&sme=true', 'member')).organizations.map((o) => o.name)).toEqual(['Alpha Plasma GmbH']);
    expect((await search('q=plasma&type=hospital', 'member')).organizations.map((o) => o.name)).toEqual(['Beta Plasma Klinik']);
  });

  it('pages through a kind with its cursor', async () => {
    const first = await search('kind=facilities&limit=1');
    const second = await search(`kind=facilities&limit=1&cursor=${first.nextCursor}`);
    expect([first.facilities[0]?.name, second.facilities[0]?.name, second.nextCursor]).toEqual(['Clean room', 'Plasma lab', null]);
    const orgs = await search('limit=1', 'member');
    const more = await search(`limit=1&cursor=${orgs.nextCursor}`, 'member');
    expect([orgs.organizations[0]?.name, more.organizations[0]?.name]).toEqual(['Alpha Plasma GmbH', 'Beta Plasma Klinik']);
  });

  it('answers invalid parameters with 422 naming them', async () => {
    for (const [params, field] of [['kind=people', 'kind'], ['limit=0', 'limit'], ['sector=knitting', 'sector'], ['country=Germany', 'country']]) {
      const res = await call('GET', `/api/v1/search?${params}`);
      expect(res.status).toBe(422);
      expect(await errorFields(res)).toEqual([field]);
    }
    const first = await search('kind=facilities&limit=1');
    const res = await call('GET', `/api/v1/search?kind=offers&cursor=${first.nextCursor}`);
    expect(res.status).toBe(422);
    expect(await errorFields(res)).toEqual(['cursor']);
  });
});
