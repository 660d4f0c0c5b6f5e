// The pipeline over HTTP: who creates, reads and changes projects, what they link to, and privacy across clusters.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '#src/db/test-db.ts';
import { buildPipelineWorld, createProjectAs, type PipelineWorld } from '#src/pipeline/pipeline-test-world.ts';

let t: Awaited<ReturnType<typeof createTestDb>>;
let w: PipelineWorld;
type Summary = { id: string; title: string; stage: string; kind: string; canEdit: boolean; leadOrganization: { id: string; name: string } | null; funding: { applied: number; won: number } };
type Detail = Summary & {
  partners: Array<{ id: string; role: string }>; hiddenPartners: number; productHidden: boolean;
  product: { name: string; class: string; routeKey: string; notifiedBody: string } | null;
  fundingRows: Array<{ id: string; instrument: string; status: string; amountApplied: number | null; amountWon: number | null; call: { id: string } | null }>;
  history: Array<{ fromStage: string | null; toStage: string }>;
};
type Board = { access: string; canCreate: boolean; items: Summary[]; counts: Array<{ stage: string; count: number }> };
const json = async <T>(res: Response | Promise<Response>) => (await (await res).json()) as T;
const fieldsOf = async (res: Response) => {
  expect(res.status).toBe(422);
  return ((await res.json()) as { error: { details: Array<{ field: string }> } }).error.details.map((d) => d.field);
};
const board = (cluster: string, as?: string, query = '') => json<Board>(w.call('GET', `/api/v1/clusters/${cluster}/pipeline${query}`, as ? { as } : {}));
const project = (id: string) => `/api/v1/pipeline-projects/${id}`;

let alphaProject: string;
let publicB: string;
let membersB: string;
let leadA: string;

beforeAll(async () => {
  t = await createTestDb();
  w = await buildPipelineWorld(t.db);
  alphaProject = await createProjectAs(w, 'alpha', w.slugs.a, {
    title: 'Cold plasma for diabetic foot ulcers', summary: 'Wound healing with cold atmospheric plasma', leadOrganizationId: w.orgs.alpha,
    themeId: w.themes.a, trl: 4, stage: 'feasibility', productId: w.products.alphaMembers, partners: [{ organizationId: w.orgs.beta, role: 'clinical' }],
  });
  leadA = await createProjectAs(w, 'managerA', w.slugs.a, { title: 'Competence centre for medical technology', kind: 'lead', trl: 6, visibility: 'public' });
  publicB = await createProjectAs(w, 'gamma', w.slugs.b, { title: 'Public flu test', leadOrganizationId: w.orgs.gamma, visibility: 'public' });
  membersB = await createProjectAs(w, 'gamma', w.slugs.b, { title: 'Internal biomarker panel', leadOrganizationId: w.orgs.gamma, themeId: w.themes.b });
});
afterAll(() => t.close());

describe('creating projects', () => {
  it('refuses visitors (401) and non-members (403) and writes nothing', async () => {
    const body = { title: 'x', leadOrganizationId: w.orgs.alpha };
    expect((await w.call('POST', `/api/v1/clusters/${w.slugs.a}/pipeline`, { body })).status).toBe(401);
    expect((await w.call('POST', `/api/v1/clusters/${w.slugs.a}/pipeline`, { as: 'stranger', body })).status).toBe(403);
    expect((await w.call('POST', `/api/v1/clusters/${w.slugs.a}/pipeline`, { as: 'gamma', body: { title: 'x', leadOrganizationId: w.orgs.gamma } })).status).toBe(403);
    expect((await board(w.slugs.a, 'managerA')).items.map((i) => i.title).sort()).toEqual(['Cold plasma for diabetic foot ulcers', 'Competence centre for medical technology']);
  });

  it('lets members create only member projects of organisations they edit', async () => {
    expect((await w.call('POST', `/api/v1/clusters/${w.slugs.a}/pipeline`, { as: 'alpha', body: { title: 'x', leadOrganizationId: w.orgs.beta } })).status).toBe(403);
    expect((await w.call('POST', `/api/v1/clusters/${w.slugs.a}/pipeline`, { as: 'alpha', body: { title: 'x', kind: 'lead', leadOrganizationId: w.orgs.alpha } })).status).toBe(403);
    expect(await fieldsOf(await w.call('POST', `/api/v1/clusters/${w.slugs.a}/pipeline`, { as: 'alpha', body: { title: 'x' } }))).toEqual(['leadOrganizationId']);
  });

  it('names the field of bad input (422): TRL, title, a theme of another cluster, a product or partner the actor may not read', async () => {
    const post = (body: object, as = 'managerA') => w.call('POST', `/api/v1/clusters/${w.slugs.a}/pipeline`, { as, body: { title: 'x', ...body } });
    expect(await fieldsOf(await post({ trl: 10 }))).toEqual(['trl']);
    expect(await fieldsOf(await post({ title: ' ' }))).toEqual(['title']);
    expect(await fieldsOf(await post({ stage: 'done' }))).toEqual(['stage']);
    expect(await fieldsOf(await post({ themeId: w.themes.b }))).toEqual(['themeId']);
    expect(await fieldsOf(await post({ productId: w.products.gammaPrivate }))).toEqual(['productId']);
    expect(await fieldsOf(await post({ leadOrganizationId: w.orgs.alpha, partners: [{ organizationId: w.orgs.outsider }] }, 'alpha'))).toEqual(['partners.0.organizationId']);
    expect(await fieldsOf(await post({ leadOrganizationId: w.orgs.alpha, partners: [{ organizationId: w.orgs.beta }, { organizationId: w.orgs.beta }] }, 'alpha'))).toEqual(['partners.1.organizationId']);
  });

  it('stores partners with the lead first, the product with its class and route, and the first stage in the history', async () => {
    const p = await json<Detail>(w.call('GET', project(alphaProject), { as: 'alpha' }));
    expect(p).toMatchObject({ stage: 'feasibility', kind: 'member', canEdit: true, leadOrganization: { id: w.orgs.alpha, name: 'Alpha Plasma GmbH' } });
    expect(p.partners.map((x) => [x.id, x.role])).toEqual([[w.orgs.alpha, 'lead'], [w.orgs.beta, 'clinical']]);
    expect(p.product).toMatchObject({ name: 'Plasma Pen', class: 'IIa', routeKey: 'mdr-annex-ix', notifiedBody: 'full' });
    expect(p.history.map((h) => [h.fromStage, h.toStage])).toEqual([[null, 'feasibility']]);
  });
  it('creates a project from a consortium formed by a klynge match: origin match, the consortium’s members as partners', async () => {
    const id = await createProjectAs(w, 'alpha', w.slugs.a, {
      title: 'Consortium: plasma and clinic', origin: 'match', leadOrganizationId: w.orgs.alpha,
      partners: [{ organizationId: w.orgs.beta, role: 'clinical' }, { organizationId: w.orgs.gamma, role: 'research' }],
    });
    const p = await json<Detail & { origin: string }>(w.call('GET', project(id), { as: 'alpha' }));
    expect(p.origin).toBe('match');
    expect(p.partners.map((x) => x.role)).toEqual(['lead', 'clinical', 'research']);
    expect(await fieldsOf(await w.call('POST', `/api/v1/clusters/${w.slugs.a}/pipeline`, { as: 'alpha', body: { title: 'x', leadOrganizationId: w.orgs.alpha, origin: 'chat' } }))).toEqual(['origin']);
    await t.db.deleteFrom('pipeline_projects').where('id', '=', id).execute();
  });
});

describe('reading the board and projects', () => {
  it('shows visitors the public projects only, members the members’ ones too, with counts per stage', async () => {
    expect((await board(w.slugs.a)).items.map((i) => i.id)).toEqual([leadA]);
    expect((await board(w.slugs.a)).access).toBe('public');
    const member = await board(w.slugs.a, 'beta');
    expect(member).toMatchObject({ access: 'member', canCreate: true });
    expect(member.items.map((i) => i.id).sort()).toEqual([alphaProject, leadA].sort());
    expect(member.counts.filter((c) => c.count > 0)).toEqual([{ stage: 'idea', count: 1 }, { stage: 'feasibility', count: 1 }]);
    expect(member.items.find((i) => i.id === alphaProject)!.canEdit).toBe(false);
  });

  it('filters by theme, kind, TRL and organisation (lead or partner)', async () => {
    const ids = async (query: string) => (await board(w.slugs.a, 'managerA', query)).items.map((i) => i.id).sort();
    expect(await ids(`?theme=${w.themes.a}`)).toEqual([alphaProject]);
    expect(await ids('?kind=lead')).toEqual([leadA]);
    expect(await ids('?trlMin=5')).toEqual([leadA]);
    expect(await ids('?trlMax=4')).toEqual([alphaProject]);
    expect(await ids(`?organization=${w.orgs.beta}`)).toEqual([alphaProject]);
    expect(await fieldsOf(await w.call('GET', `/api/v1/clusters/${w.slugs.a}/pipeline?trlMin=6&trlMax=2`))).toEqual(['trlMax']);
    expect(await fieldsOf(await w.call('GET', `/api/v1/clusters/${w.slugs.a}/pipeline?trlMin=0`))).toEqual(['trlMin']);
  });

  it('keeps cluster B’s internal projects from A’s members: never listed, 403 by id, 401 for visitors', async () => {
    for (const as of ['alpha', 'beta', 'managerA']) {
      expect((await board(w.slugs.b, as)).items.map((i) => i.id)).toEqual([publicB]);
      expect((await board(w.slugs.a, as)).items.map((i) => i.id)).not.toContain(membersB);
      expect((await w.call('GET', project(membersB), { as })).status).toBe(403);
      expect((await w.call('PATCH', project(membersB), { as, body: { title: 'mine' } })).status).toBe(403);
      expect((await w.call('POST', `${project(membersB)}/stage`, { as, body: { from: 'idea', to: 'concept' } })).status).toBe(403);
      expect((await w.call('POST', `${project(membersB)}/funding`, { as, body: { amountApplied: 1 } })).status).toBe(403);
      expect((await w.call('DELETE', project(membersB), { as })).status).toBe(403);
    }
    expect((await w.call('GET', project(membersB))).status).toBe(401);
    expect((await w.call('GET', project(publicB))).status).toBe(200);
    expect((await w.call('GET', project('00000000-0000-4000-8000-000000000000'), { as: 'alpha' })).status).toBe(404);
    expect((await json<Detail>(w.call('GET', project(membersB), { as: 'managerB' }))).title).toBe('Internal biomarker panel');
  });

  it('hides a linked product from those who may not read it', async () => {
    await t.db.updateTable('pipeline_projects').set({ product_id: w.products.alphaMembers, visibility: 'public' }).where('id', '=', publicB).execute();
    const anonymous = await json<Detail>(w.call('GET', project(publicB)));
    expect(anonymous).toMatchObject({ product: null, productHidden: true });
    expect((await json<Detail>(w.call('GET', project(publicB), { as: 'gamma' }))).product?.name).toBe('Plasma Pen');
    await t.db.updateTable('pipeline_projects').set({ product_id: null }).where('id', '=', publicB).execute();
  });
});

describe('changing projects', () => {
  it('lets the lead organisation’s editors and managers change a project, not other members (403) or visitors (401)', async () => {
    expect((await w.call('PATCH', project(alphaProject), { body: { trl: 5 } })).status).toBe(401);
    expect((await w.call('PATCH', project(alphaProject), { as: 'beta', body: { trl: 5 } })).status).toBe(403);
    expect((await w.call('PATCH', project(alphaProject), { as: 'alpha', body: { kind: 'lead' } })).status).toBe(403);
    expect(await fieldsOf(await w.call('PATCH', project(alphaProject), { as: 'alpha', body: {} }))).toEqual(['(root)']);
    expect((await json<Summary & { trl: number }>(w.call('PATCH', project(alphaProject), { as: 'alpha', body: { trl: 5 } }))).trl).toBe(5);
    expect((await json<Summary & { trl: number }>(w.call('PATCH', project(alphaProject), { as: 'managerA', body: { trl: 4 } }))).trl).toBe(4);
  });

  it('replaces partners, keeping the lead organisation as lead', async () => {
    expect((await w.call('PUT', `${project(alphaProject)}/partners`, { as: 'beta', body: { partners: [] } })).status).toBe(403);
    const p = await json<Detail>(w.call('PUT', `${project(alphaProject)}/partners`, { as: 'alpha', body: { partners: [{ organizationId: w.orgs.gamma, role: 'research' }] } }));
    expect(p.partners.map((x) => [x.id, x.role])).toEqual([[w.orgs.alpha, 'lead'], [w.orgs.gamma, 'research']]);
    const back = await json<Detail>(w.call('PUT', `${project(alphaProject)}/partners`, { as: 'alpha', body: { partners: [{ organizationId: w.orgs.beta, role: 'clinical' }] } }));
    expect(back.partners.map((x) => x.id)).toEqual([w.orgs.alpha, w.orgs.beta]);
  });

  it('records funding applied for and won, with sums on the card, and refuses inconsistent rows (422)', async () => {
    const call = await t.db.insertInto('funding_calls').values({ cluster_id: w.clusters.b, title: 'B only', deadline: '2026-06-01T00:00:00Z' }).returning('id').executeTakeFirstOrThrow();
    expect(await fieldsOf(await w.call('POST', `${project(alphaProject)}/funding`, { as: 'alpha', body: { callId: call.id } }))).toEqual(['callId']);
    expect(await fieldsOf(await w.call('POST', `${project(alphaProject)}/funding`, { as: 'alpha', body: { amountWon: 5, status: 'applied' } }))).toEqual(['amountWon']);
    expect(await fieldsOf(await w.call('POST', `${project(alphaProject)}/funding`, { as: 'alpha', body: { amountApplied: -1 } }))).toEqual(['amountApplied']);
    expect(await fieldsOf(await w.call('POST', `${project(alphaProject)}/funding`, { as: 'alpha', body: { appliedOn: '2026-02-01', decidedOn: '2026-01-01' } }))).toEqual(['decidedOn']);
    await w.call('POST', `${project(alphaProject)}/funding`, { as: 'alpha', body: { instrument: 'ZIM', amountApplied: 380_000, status: 'applied' } });
    const won = await json<Detail>(w.call('POST', `${project(alphaProject)}/funding`, { as: 'alpha', body: { instrument: 'EFRE', amountApplied: 200_000, amountWon: 150_000, status: 'won' } }));
    expect(won.funding).toEqual({ applied: 580_000, won: 150_000 });
    const first = won.fundingRows.find((f) => f.instrument === 'ZIM')!;
    const changed = await json<Detail>(w.call('PATCH', `${project(alphaProject)}/funding/${first.id}`, { as: 'managerA', body: { status: 'won', amountWon: 300_000 } }));
    expect(changed.funding).toEqual({ applied: 580_000, won: 450_000 });
    const removed = await json<Detail>(w.call('DELETE', `${project(alphaProject)}/funding/${first.id}`, { as: 'alpha' }));
    expect(removed.funding).toEqual({ applied: 200_000, won: 150_000 });
    expect((await w.call('DELETE', `${project(alphaProject)}/funding/${first.id}`, { as: 'alpha' })).status).toBe(404);
  });

  it('deletes a project with everything that belongs to it', async () => {
    const id = await createProjectAs(w, 'alpha', w.slugs.a, { title: 'Short-lived', leadOrganizationId: w.orgs.alpha });
    expect((await w.call('DELETE', project(id), { as: 'beta' })).status).toBe(403);
    expect((await w.call('DELETE', project(id), { as: 'alpha' })).status).toBe(204);
    expect(await t.db.selectFrom('pipeline_stage_history').select('id').where('project_id', '=', id).execute()).toEqual([]);
    expect((await w.call('GET', project(id), { as: 'alpha' })).status).toBe(404);
  });
});
