// The monthly digest: the news published in the month (not before, not after, not drafts), next month's workshops and
// closing calls, as an HTML e-mail made of tables with inline styles and as plain text; managers only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '#src/auth/actor.ts';
import { createTestDb } from '#src/db/test-db.ts';
import { buildCluster, buildOrganization, buildUser, createTestApp } from '#src/registry/test-builders.ts';

let t: Awaited<ReturnType<typeof createTestDb>>;
let call: ReturnType<typeof createTestApp>;
const user: Record<string, Extract<Actor, { kind: 'user' }>> = {};

beforeAll(async () => {
  t = await createTestDb();
  const nord = await buildCluster(t.db, { slug: 'nord', name: 'Nord Cluster' });
  const south = await buildCluster(t.db, { slug: 'south' });
  const member = await buildOrganization(t.db, { name: 'Kieler Tupfer GmbH' });
  const post = (slug: string, title: object, status: string, publishedAt: string | null, extra: object = {}) =>
    t.db.insertInto('news_posts').values({
      cluster_id: nord, slug, title: JSON.stringify(title), summary: JSON.stringify({}), body: JSON.stringify({ de: 'Text **fett** und mehr.', en: 'Text **bold** and more.' }),
      status: status as 'published', published_at: publishedAt, ...extra,
    }).execute();
  await post('october', { de: 'Oktober-Meldung' }, 'published', '2026-10-31T22:59:00Z');
  await post('first', { de: 'Erste <Novembermeldung>', en: 'First November news' }, 'published', '2026-11-03T10:00:00Z');
  await post('second', { en: 'English only' }, 'published', '2026-11-20T10:00:00Z', { organization_id: member, summary: JSON.stringify({ en: 'A summary & more.' }) });
  await post('draft', { de: 'Entwurf' }, 'draft', null);
  await post('december', { de: 'Dezember-Meldung' }, 'published', '2026-12-01T00:00:00Z');
  await t.db.insertInto('news_posts').values({ cluster_id: south, slug: 'south', title: JSON.stringify({ de: 'Südmeldung' }), summary: '{}', body: JSON.stringify({ de: 'x' }), status: 'published', published_at: '2026-11-05T10:00:00Z' }).execute();
  const group = await t.db.insertInto('working_groups').values({ cluster_id: nord, title: JSON.stringify({ de: 'Bioökonomie', en: 'Bioeconomy' }), description: '{}' }).returning('id').executeTakeFirstOrThrow();
  await t.db.insertInto('workshops').values([
    { group_id: group.id, title: 'Strategie-Workshop', starts_at: '2026-12-08T09:00:00Z', ends_at: '2026-12-08T12:00:00Z', place: 'Rostock' },
    { group_id: group.id, title: 'Januar-Workshop', starts_at: '2027-01-08T09:00:00Z', ends_at: '2027-01-08T12:00:00Z' },
  ]).execute();
  await t.db.insertInto('funding_calls').values([
    { cluster_id: null, title: 'EU call Health 2027', deadline: '2026-12-15T16:00:00Z', url: 'https://example.org/call' },
    { cluster_id: south, title: 'South only call', deadline: '2026-12-10T16:00:00Z' },
  ]).execute();
  user.manager = await buildUser(t.db, [{ role: 'cluster_manager', scopeId: nord }]);
  user.southManager = await buildUser(t.db, [{ role: 'cluster_manager', scopeId: south }]);
  user.member = await buildUser(t.db, [{ role: 'member', scopeId: nord }]);
  call = createTestApp(t.db, user);
});
afterAll(() => t.close());

describe('the monthly digest', () => {
  it('is for the cluster’s managers only', async () => {
    expect((await call('GET', '/api/v1/clusters/nord/news/digest.html?month=2026-11')).status).toBe(401);
    expect((await call('GET', '/api/v1/clusters/nord/news/digest.html?month=2026-11', { as: 'member' })).status).toBe(403);
    expect((await call('GET', '/api/v1/clusters/nord/news/digest.txt?month=2026-11', { as: 'southManager' })).status).toBe(403);
    expect((await call('GET', '/api/v1/clusters/nord/news/digest.txt?month=2026-13', { as: 'manager' })).status).toBe(422);
  });

  it('gathers the month’s news and next month’s workshops and calls as HTML e-mail', async () => {
    const res = await call('GET', '/api/v1/clusters/nord/news/digest.html?month=2026-11&lang=de', { as: 'manager' });
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="news-nord-2026-11.html"');
    const html = await res.text();
    const titles = [...html.matchAll(/<a href="([^"]+)" style="color:#1a1a1a;text-decoration:none;">([^<]+)<\/a>/g)].map((m) => `${m[2]} ${m[1]}`);
    expect(titles).toEqual([
      'Erste &lt;Novembermeldung&gt; http://localhost/clusters/nord/news/first',
      'English only http://localhost/clusters/nord/news/second',
    ]);
    expect(html).toContain('Was im November 2026 geschah.');
    expect(html).toContain('Text fett und mehr.');
    expect(html).toContain('A summary &amp; more.');
    expect(html).toContain('von Kieler Tupfer GmbH · (nicht auf Deutsch verfügbar)');
    expect(html.match(/Weiterlesen &rarr;/g)).toHaveLength(2);
    expect(html).toContain('Strategie-Workshop (Bioökonomie)');
    expect(html).toContain('<a href="https://example.org/call" style="color:#0b6e69;">EU call Health 2027</a>');
    for (const absent of ['Oktober-Meldung', 'Entwurf', 'Dezember-Meldung', 'Südmeldung', 'Januar-Workshop', 'South only call']) expect(html).not.toContain(absent);
    // Mail clients: layout tables, inline styles, no scripts, no style sheets, no relative links.
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="de">/);
    expect(html).toContain('<table role="presentation" width="600"');
    expect(html).not.toMatch(/<script|<style|<link|class=/);
    expect([...html.matchAll(/href="([^"]+)"/g)].every((m) => /^https?:\/\//.test(m[1]!))).toBe(true);
  });

  it('gives the same digest as plain text', async () => {
    const text = await (await call('GET', '/api/v1/clusters/nord/news/digest.txt?month=2026-11&lang=en', { as: 'manager' })).text();
    expect(text.split('\n').slice(0, 12)).toEqual([
      'News from Nord Cluster', '======================', '', 'What happened in November 2026.', '',
      'First November news', '-------------------', '3 November 2026', '', 'Text bold and more.', '', 'Read more: http://localhost/clusters/nord/news/first',
    ]);
    expect(text).toContain('* Strategie-Workshop (Bioeconomy): 8 December 2026, Rostock');
    expect(text).toContain('* EU call Health 2027: deadline 15 December 2026 <https://example.org/call>');
    expect(text).toContain('All news: http://localhost/clusters/nord/news');
    const empty = await (await call('GET', '/api/v1/clusters/nord/news/digest.txt?month=2026-09&lang=da', { as: 'manager' })).text();
    expect(empty).toContain('Der blev ikke offentliggjort nyheder i denne måned.');
  });
});
