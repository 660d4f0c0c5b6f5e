// Members' ideas and comments over HTTP: who may post, edit, hide and read them; nothing of cluster A reaches cluster B.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '#src/db/test-db.ts';
import { buildTheme, buildStrategyWorld, fieldsOf, ok, type StrategyWorld } from '#src/strategy/strategy-test-world.ts';

let t: Awaited<ReturnType<typeof createTestDb>>;
let w: StrategyWorld;
let themeA = '';
let hubTheme = '';
let themeB = '';
type Idea = { id: string; title: string; body: string; status: string; authorName: string; organizationName: string | null; mine: boolean; commentCount: number; comments: Array<{ body: string; authorName: string; organizationName: string | null; mine: boolean }> };
type Ideas = { items: Idea[] };

beforeAll(async () => {
  t = await createTestDb();
  w = await buildStrategyWorld(t.db);
  themeA = (await buildTheme(w, 'cluster-a', 'managerA', 'Entrepreneurship')).themeId;
  hubTheme = (await buildTheme(w, 'cluster-a-hub', 'managerA', 'Hub-Thema')).themeId;
  themeB = (await buildTheme(w, 'cluster-b', 'managerB', 'Internationalisierung')).themeId;
});
afterAll(() => t.close());

describe('posting and reading ideas', () => {
  let ideaId = '';

  it('lets a member post an idea for their organisation and others comment on it', async () => {
    const idea = await ok<Idea>(w, 'POST', `/api/v1/strategy-themes/${themeA}/ideas`, { as: 'alice', body: { title: 'Gründerstipendium für Medizintechnik', body: 'Ein Jahr Förderung für Ausgründungen.' } }, 201);
    ideaId = idea.id;
    expect(idea).toMatchObject({ authorName: 'alice', organizationName: 'Alpha Diagnostik GmbH', status: 'open', mine: true, commentCount: 0 });
    // A member of the hub takes part in the whole family; a direct member comments without an organisation.
    await ok(w, 'POST', `/api/v1/strategy-ideas/${ideaId}/comments`, { as: 'bente', body: { body: 'Gern mit dänischen Partnern.' } }, 201);
    const commented = await ok<Idea>(w, 'POST', `/api/v1/strategy-ideas/${ideaId}/comments`, { as: 'dora', body: { body: 'Und mit Mentoring.' } }, 201);
    expect(commented.comments.map((c) => [c.authorName, c.organizationName, c.body])).toEqual([
      ['bente', 'Beta Biotech ApS', 'Gern mit dänischen Partnern.'],
      ['dora', null, 'Und mit Mentoring.'],
    ]);
    expect(commented.mine).toBe(false);
    expect(commented.comments.map((c) => c.mine)).toEqual([false, true]);
    const hubIdea = await ok<Idea>(w, 'POST', `/api/v1/strategy-themes/${hubTheme}/ideas`, { as: 'bente', body: { title: 'Hub-Idee' } }, 201);
    expect(hubIdea.organizationName).toBe('Beta Biotech ApS');
  });

  it('lists a cluster’s ideas for its members, per theme', async () => {
    const all = await ok<Ideas>(w, 'GET', '/api/v1/clusters/cluster-a/strategy/ideas', { as: 'anton' });
    expect(all.items.map((i) => [i.title, i.commentCount])).toEqual([['Gründerstipendium für Medizintechnik', 2]]);
    const hub = await ok<Ideas>(w, 'GET', `/api/v1/clusters/cluster-a-hub/strategy/ideas?theme=${hubTheme}`, { as: 'alice' });
    expect(hub.items.map((i) => i.title)).toEqual(['Hub-Idee']);
  });

  it('keeps ideas internal: visitors 401, non-members and other clusters’ members 403, on lists and single ideas', async () => {
    for (const path of ['/api/v1/clusters/cluster-a/strategy/ideas', `/api/v1/strategy-ideas/${ideaId}`]) {
      expect((await w.call('GET', path)).status, path).toBe(401);
      for (const who of ['gustav', 'managerB', 'paula', 'stranger']) expect((await w.call('GET', path, { as: who })).status, `${who} ${path}`).toBe(403);
    }
    expect((await w.call('POST', `/api/v1/strategy-themes/${themeA}/ideas`, { body: { title: 'x' } })).status).toBe(401);
    expect((await w.call('POST', `/api/v1/strategy-themes/${themeA}/ideas`, { as: 'gustav', body: { title: 'x' } })).status).toBe(403);
    expect((await w.call('POST', `/api/v1/strategy-themes/${themeA}/ideas`, { as: 'paula', body: { title: 'x' } })).status).toBe(403);
    expect((await w.call('POST', `/api/v1/strategy-ideas/${ideaId}/comments`, { as: 'gustav', body: { body: 'x' } })).status).toBe(403);
    expect((await w.call('POST', `/api/v1/strategy-ideas/${ideaId}/comments`, { body: { body: 'x' } })).status).toBe(401);
    expect((await w.call('PATCH', `/api/v1/strategy-ideas/${ideaId}`, { as: 'managerB', body: { status: 'hidden' } })).status).toBe(403);
    // B's own list never shows A's ideas.
    await ok(w, 'POST', `/api/v1/strategy-themes/${themeB}/ideas`, { as: 'gustav', body: { title: 'Messe in Boston' } }, 201);
    const listB = await ok<Ideas>(w, 'GET', '/api/v1/clusters/cluster-b/strategy/ideas', { as: 'gustav' });
    expect(listB.items.map((i) => i.title)).toEqual(['Messe in Boston']);
    expect((await w.call('GET', `/api/v1/clusters/cluster-b/strategy/ideas?theme=${themeA}`, { as: 'gustav' })).status).toBe(200);
    expect((await ok<Ideas>(w, 'GET', `/api/v1/clusters/cluster-b/strategy/ideas?theme=${themeA}`, { as: 'gustav' })).items).toEqual([]);
  });

  it('rejects bad input with 422 naming the field', async () => {
    const empty = await w.call('POST', `/api/v1/strategy-themes/${themeA}/ideas`, { as: 'alice', body: { title: '' } });
    expect(empty.status).toBe(422);
    expect(await fieldsOf(empty)).toEqual(['title']);
    const foreign = await w.call('POST', `/api/v1/strategy-themes/${themeA}/ideas`, { as: 'alice', body: { title: 'x', organizationId: w.orgs.beta } });
    expect(await fieldsOf(foreign)).toEqual(['organizationId']);
    const noComment = await w.call('POST', `/api/v1/strategy-ideas/${ideaId}/comments`, { as: 'alice', body: { body: ' ' } });
    expect(await fieldsOf(noComment)).toEqual(['body']);
    const badStatus = await w.call('PATCH', `/api/v1/strategy-ideas/${ideaId}`, { as: 'managerA', body: { status: 'deleted' } });
    expect(await fieldsOf(badStatus)).toEqual(['status']);
  });

  it('lets only the author change the text and only managers hide or adopt', async () => {
    const edited = await ok<Idea>(w, 'PATCH', `/api/v1/strategy-ideas/${ideaId}`, { as: 'alice', body: { body: 'Zwei Jahre Förderung.' } });
    expect(edited.body).toBe('Zwei Jahre Förderung.');
    expect((await w.call('PATCH', `/api/v1/strategy-ideas/${ideaId}`, { as: 'anton', body: { title: 'Mein Titel' } })).status).toBe(403);
    expect((await w.call('PATCH', `/api/v1/strategy-ideas/${ideaId}`, { as: 'managerA', body: { title: 'Managertitel' } })).status).toBe(403);
    expect((await w.call('PATCH', `/api/v1/strategy-ideas/${ideaId}`, { as: 'alice', body: { status: 'adopted' } })).status).toBe(403);
    expect((await ok<Idea>(w, 'PATCH', `/api/v1/strategy-ideas/${ideaId}`, { as: 'managerA', body: { status: 'adopted' } })).status).toBe('adopted');
  });

  it('shows a hidden idea only to managers and its author, and takes no comments on it', async () => {
    const idea = await ok<Idea>(w, 'POST', `/api/v1/strategy-themes/${themeA}/ideas`, { as: 'anton', body: { title: 'Werbung für uns' } }, 201);
    await ok(w, 'PATCH', `/api/v1/strategy-ideas/${idea.id}`, { as: 'managerA', body: { status: 'hidden' } });
    const titles = async (as: string) => (await ok<Ideas>(w, 'GET', '/api/v1/clusters/cluster-a/strategy/ideas', { as })).items.map((i) => i.title);
    expect(await titles('alice')).toEqual(['Gründerstipendium für Medizintechnik']);
    expect(await titles('anton')).toEqual(['Gründerstipendium für Medizintechnik', 'Werbung für uns']);
    expect(await titles('managerA')).toEqual(['Gründerstipendium für Medizintechnik', 'Werbung für uns']);
    expect((await w.call('GET', `/api/v1/strategy-ideas/${idea.id}`, { as: 'alice' })).status).toBe(404);
    expect((await w.call('POST', `/api/v1/strategy-ideas/${idea.id}/comments`, { as: 'anton', body: { body: 'Bitte!' } })).status).toBe(409);
  });
});
