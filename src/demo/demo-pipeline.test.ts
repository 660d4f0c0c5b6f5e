// The demo's pipelines and funding: the seeds' lead projects across stages with months of history, partners, funding,
// a linked product; the masterplan's instruments, calls ahead of the demo's now, and the editor's due reminder.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { system, type Actor } from '#src/auth/actor.ts';
import { createTestDb } from '#src/db/test-db.ts';
import { demoPipelineProjects } from '#src/demo/demo-pipeline-data.ts';
import { loadDemoIfEmpty } from '#src/demo/demo-service.ts';
import { sendDueReminders } from '#src/funding/funding-reminder-jobs.ts';
import { createLogger } from '#src/log.ts';
import { createTestApp } from '#src/registry/test-builders.ts';

let t: Awaited<ReturnType<typeof createTestDb>>;
const now = new Date('2026-11-22T12:00:00Z');
let call: ReturnType<typeof createTestApp>;

beforeAll(async () => {
  t = await createTestDb();
  await loadDemoIfEmpty({ db: t.db, actor: system, clock: () => now, log: createLogger('silent') });
  const users = await t.db.selectFrom('users').select(['id', 'email', 'is_admin']).execute();
  const roles = await t.db.selectFrom('user_roles').select(['user_id', 'role', 'scope_id']).execute();
  const actors: Record<string, Actor> = Object.fromEntries(users.map((u) => [u.email.split('@')[0]!, {
    kind: 'user', userId: u.id, email: u.email, isAdmin: u.is_admin,
    roles: roles.filter((r) => r.user_id === u.id).map((r) => ({ role: r.role, scopeId: r.scope_id })),
  } satisfies Actor]));
  call = createTestApp(t.db, actors, () => now);
}, 180_000);
afterAll(() => t.close());

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const get = async (path: string, as?: string): Promise<any> => {
  const res = await call('GET', `/api/v1${path}`, as ? { as } : {});
  expect(res.status, path).toBe(200);
  return res.json();
};
type Item = { id: string; title: string; kind: string; stage: string; product: { name: string; class: string; routeKey: string } | null; funding: { applied: number; won: number } };

describe('demo pipeline', () => {
  it('shows BioCon Valley’s four lead projects publicly and its member projects to members, across stages', async () => {
    const publicBoard = await get('/clusters/biocon-valley/pipeline');
    expect(publicBoard.items.map((i: Item) => [i.kind, i.stage, i.title])).toEqual([
      ['lead', 'market', 'Continuing education in Biomedical Engineering & Entrepreneurship (BEE)'],
      ['lead', 'market', 'Competence centre for medical technology of Mecklenburg-Vorpommern'],
      ['lead', 'feasibility', 'Centre for life science and plasma technology'],
      ['lead', 'clinical_validation', 'Diabetes competence centre Karlsburg'],
    ]);
    // Private projects are for managers and their own editors (the editor's company is Ryck Plasma Care).
    const bcv = demoPipelineProjects.filter((p) => p.cluster === 'biocon-valley');
    expect(bcv.filter((p) => p.visibility === 'private' && p.lead !== 'ryck-plasma').length).toBeGreaterThan(0);
    const editor = await get('/clusters/biocon-valley/pipeline', 'editor');
    expect(editor.items).toHaveLength(bcv.filter((p) => p.visibility !== 'private' || p.lead === 'ryck-plasma').length);
    const manager = await get('/clusters/biocon-valley/pipeline', 'manager');
    expect(manager.items).toHaveLength(bcv.length);
    const plasma = editor.items.find((i: Item) => i.title === 'Cold plasma therapy for diabetic foot ulcers');
    expect(plasma).toMatchObject({ stage: 'clinical_validation', canEdit: true, product: { name: 'Ryck Plasma Pen', class: 'IIa', routeKey: 'mdr-annex-ix' }, funding: { applied: 2_880_000, won: 380_000 } });
    const idea = manager.statistics.find((s: { stage: string }) => s.stage === 'idea');
    expect(idea.projects).toBe(bcv.filter((p) => p.stages.some(([stage]) => stage === 'idea')).length);
    expect(idea.medianDays).toBeGreaterThan(60);
  });

  it('keeps a stage history spanning months, partners from the registry, and funding linked to calls', async () => {
    const board = await get('/clusters/biocon-valley/pipeline', 'editor');
    const plasma = board.items.find((i: Item) => i.title === 'Cold plasma therapy for diabetic foot ulcers');
    const detail = await get(`/pipeline-projects/${plasma.id}`, 'editor');
    expect(detail.history.map((h: { toStage: string; days: number }) => [h.toStage, h.days])).toEqual([
      ['idea', 90], ['concept', 120], ['feasibility', 140], ['preclinical', 165], ['clinical_validation', 45],
    ]);
    expect(detail.partners.map((p: { name: string; role: string }) => [p.role, p.name])).toEqual([
      ['lead', 'Ryck Plasma Care GmbH (Demo)'], ['research', 'Leibniz-Institut für Plasmaforschung und Technologie e. V.'], ['clinical', 'Universitätsmedizin Greifswald'],
    ]);
    expect(detail.fundingRows.find((f: { call: { title: string } | null }) => f.call)?.call.title).toBe('EIC Accelerator cut-off');
    const saxony = await get('/clusters/biosaxony/pipeline', 'admin');
    expect(saxony.items.map((i: Item) => i.stage).sort()).toEqual(['feasibility', 'market', 'preclinical', 'regulatory_approval']);
  });

  it('lists the masterplan’s four state instruments for BioCon Valley beside the federal, EU and Danish ones', async () => {
    const { items } = await get('/clusters/biocon-valley/funding/instruments');
    const state = items.filter((i: { level: string }) => i.level === 'state').map((i: { category: string; name: { de: string } }) => [i.category, i.name.de]);
    expect(state.sort()).toEqual([['construction', 'Hochschulbau'], ['entrepreneurship', 'Existenzgründung'], ['equipment', 'Wissenschaftliche Großgeräte'], ['top_research', 'Spitzenforschung']]);
    expect(items.filter((i: { level: string }) => i.level !== 'state').map((i: { name: { en: string } }) => i.name.en)).toEqual(expect.arrayContaining([
      'Central Innovation Programme for SMEs (ZIM)', 'Horizon Europe, Cluster 1 Health', 'EIC Accelerator', 'Innovation Fund Denmark: Grand Solutions',
    ]));
    const calls = await get('/clusters/biocon-valley/funding/calls', 'editor');
    expect(calls.items.map((c: { title: string; daysLeft: number; following: boolean }) => [c.daysLeft, c.following, c.title])).toEqual([
      [10, true, 'ZIM cooperation projects: medical technology'],
      [24, false, 'Top research in life science 2027'],
      [45, true, 'EIC Accelerator cut-off'],
      [60, false, 'Grand Solutions: life science and welfare technology'],
      [75, false, 'HORIZON-HLTH-2027-DEV: Innovative medical devices for chronic wounds'],
      [120, false, 'KMU-innovativ: medical technology, spring round'],
    ]);
  });

  it('has the editor’s ZIM reminder due at the first start, and only that one', async () => {
    expect(await sendDueReminders(t.db, now)).toBe(1);
    const editor = await t.db.selectFrom('users').select('id').where('email', '=', 'editor@example.org').executeTakeFirstOrThrow();
    const sent = await t.db.selectFrom('notifications').select('payload').where('user_id', '=', editor.id).where('kind', '=', 'funding_call_reminder').execute();
    expect(sent.map((n) => (n.payload as { callTitle: string; days: number }).callTitle)).toEqual(['ZIM cooperation projects: medical technology']);
  });
});
