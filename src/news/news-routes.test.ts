// Cluster news over HTTP: managers publish, members submit for review with notifications both ways, unpublished
// posts stay private, readers get their language or a fallback, safe HTML, and the Atom feed parses as Atom 1.0.
import { SaxesParser } from 'saxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '#src/auth/actor.ts';
import { createTestDb } from '#src/db/test-db.ts';
import { buildCluster, buildOrganization, buildUser, createTestApp } from '#src/registry/test-builders.ts';

let t: Awaited<ReturnType<typeof createTestDb>>;
let call: ReturnType<typeof createTestApp>;
const org: Record<string, string> = {};
const user: Record<string, Extract<Actor, { kind: 'user' }>> = {};
let now = new Date('2026-11-10T09:00:00Z');
type Post = { id: string; slug: string; status: string; languages: string[]; reviewNote: string | null; publishedAt: string | null };
type Article = { slug: string; title: string; language: string; languages: string[]; summary: string; bodyHtml?: string };

const fieldsOf = async (res: Response) => ((await res.json()) as { error: { details: Array<{ field: string }> } }).error.details.map((d) => d.field);
const inbox = async (who: string) =>
  (await t.db.selectFrom('notifications').select(['kind', 'payload']).where('user_id', '=', user[who]!.userId).orderBy('created_at').orderBy('id').execute())
    .map((n) => ({ kind: n.kind, ...(n.payload as Record<string, unknown>) }) as Record<string, unknown>);
const publicTitles = async (lang = 'en') =>
  ((await (await call('GET', `/api/v1/clusters/nord/news?lang=${lang}`)).json()) as { items: Article[] }).items.map((a) => `${a.title}[${a.language}]`);
let managerPost: Post;
let memberPost: Post;

beforeAll(async () => {
  t = await createTestDb();
  const nord = await buildCluster(t.db, { slug: 'nord', name: 'Nord' });
  const hub = await buildCluster(t.db, { slug: 'nord-kiel', parent_id: nord });
  const south = await buildCluster(t.db, { slug: 'south' });
  for (const key of ['M', 'S', 'P']) org[key] = await buildOrganization(t.db, { name: `Org ${key}` });
  await t.db.insertInto('memberships').values([
    { cluster_id: hub, organization_id: org.M!, status: 'active' },
    { cluster_id: south, organization_id: org.S!, status: 'active' },
  ]).execute();
  user.manager = await buildUser(t.db, [{ role: 'cluster_manager', scopeId: nord }]);
  user.southManager = await buildUser(t.db, [{ role: 'cluster_manager', scopeId: south }]);
  user.editorM = await buildUser(t.db, [{ role: 'organization_editor', scopeId: org.M! }]);
  user.editorS = await buildUser(t.db, [{ role: 'organization_editor', scopeId: org.S! }]);
  user.editorP = await buildUser(t.db, [{ role: 'organization_editor', scopeId: org.P! }]);
  user.user = await buildUser(t.db);
  call = createTestApp(t.db, user, () => now);
});
afterAll(() => t.close());

describe('writing and reviewing', () => {
  it('lets the managers publish at once, in several languages', async () => {
    const body = {
      title: { de: 'Neue Mitglieder im Cluster', en: 'New members in the cluster' },
      summary: { de: 'Drei Unternehmen treten bei.', en: 'Three companies join.' },
      body: { de: 'Willkommen **Org M**!', en: 'Welcome **Org M**!\n\n<script>alert(1)</script>' },
      status: 'published',
    };
    expect((await call('POST', '/api/v1/clusters/nord/news', { body })).status).toBe(401);
    expect((await call('POST', '/api/v1/clusters/nord/news', { as: 'user', body })).status).toBe(403);
    expect((await call('POST', '/api/v1/clusters/nord/news', { as: 'southManager', body })).status).toBe(403);
    const res = await call('POST', '/api/v1/clusters/nord/news', { as: 'manager', body });
    expect(res.status).toBe(201);
    managerPost = (await res.json()) as Post;
    expect(managerPost).toMatchObject({ slug: 'new-members-in-the-cluster', status: 'published', languages: ['de', 'en'], publishedAt: '2026-11-10T09:00:00.000Z' });
    expect(await publicTitles('de')).toEqual(['Neue Mitglieder im Cluster[de]']);
    expect(await publicTitles('da')).toEqual(['New members in the cluster[en]']);
  });

  it('names bad input', async () => {
    const post = async (body: unknown) => call('POST', '/api/v1/clusters/nord/news', { as: 'manager', body });
    const none = await post({ title: { de: ' ' }, body: { de: 'x' } });
    expect([none.status, await fieldsOf(none)]).toEqual([422, ['title']]);
    const noBody = await post({ title: { de: 'Titel', en: 'Title' }, body: { en: 'text' } });
    expect([noBody.status, await fieldsOf(noBody)]).toEqual([422, ['body.de']]);
    const slug = await post({ title: { en: 'x' }, body: { en: 'x' }, slug: 'Not A Slug', status: 'live' });
    expect([slug.status, (await fieldsOf(slug)).sort()]).toEqual([422, ['slug', 'status']]);
    expect((await post({ title: { en: 'x' }, body: { en: 'x' }, slug: 'new-members-in-the-cluster' })).status).toBe(409);
    expect((await post({ title: { en: 'x' }, body: { en: 'x' }, slug: 'posts' })).status).toBe(422);
  });

  it('lets members write drafts for their member organisation only', async () => {
    const body = { title: { de: 'Org M eröffnet Labor' }, body: { de: 'Ein neues **Labor** in Kiel.' }, organizationId: org.M };
    expect((await call('POST', '/api/v1/clusters/nord/news', { as: 'editorS', body: { ...body, organizationId: org.S } })).status).toBe(403);
    expect((await call('POST', '/api/v1/clusters/nord/news', { as: 'editorP', body: { ...body, organizationId: org.P } })).status).toBe(403);
    expect((await call('POST', '/api/v1/clusters/nord/news', { as: 'editorM', body: { ...body, status: 'published' } })).status).toBe(403);
    const withoutOrg = await call('POST', '/api/v1/clusters/nord/news', { as: 'editorM', body: { ...body, organizationId: null } });
    expect([withoutOrg.status, await fieldsOf(withoutOrg)]).toEqual([422, ['organizationId']]);
    const res = await call('POST', '/api/v1/clusters/nord/news', { as: 'editorM', body });
    memberPost = (await res.json()) as Post;
    expect([res.status, memberPost.status, memberPost.slug]).toEqual([201, 'draft', 'org-m-eroeffnet-labor']);
  });

  it('keeps unpublished posts between the author and the managers', async () => {
    expect(await publicTitles()).toEqual(['New members in the cluster[en]']);
    const article = (as?: string) => call('GET', `/api/v1/clusters/nord/news/${memberPost.slug}`, as ? { as } : {});
    for (const who of [undefined, 'user', 'southManager', 'editorS']) expect((await article(who)).status, who).toBe(404);
    expect((await article('editorM')).status).toBe(200);
    expect((await article('manager')).status).toBe(200);
    expect((await call('GET', `/api/v1/news/${memberPost.id}`)).status).toBe(401);
    expect((await call('GET', `/api/v1/news/${memberPost.id}`, { as: 'southManager' })).status).toBe(403);
    const work = async (as?: string) => call('GET', '/api/v1/clusters/nord/news/posts', as ? { as } : {});
    expect((await work()).status).toBe(401);
    expect((await work('user')).status).toBe(403);
    expect((await work('editorS')).status).toBe(403);
    const slugs = async (as: string) => ((await (await work(as)).json()) as { items: Post[] }).items.map((p) => p.slug).sort();
    expect(await slugs('editorM')).toEqual(['org-m-eroeffnet-labor']);
    expect(await slugs('manager')).toEqual(['new-members-in-the-cluster', 'org-m-eroeffnet-labor']);
    expect(((await (await call('GET', '/api/v1/clusters/south/news/posts', { as: 'southManager' })).json()) as { items: Post[] }).items).toEqual([]);
  });

  it('runs the review: submit → notified managers; reject with a note → notified author; resubmit, publish', async () => {
    const url = (action: string) => `/api/v1/news/${memberPost.id}/${action}`;
    expect((await call('POST', url('submit'), { as: 'editorS' })).status).toBe(403);
    expect(await (await call('POST', url('submit'), { as: 'editorM' })).json()).toMatchObject({ status: 'submitted', submittedAt: '2026-11-10T09:00:00.000Z' });
    expect((await inbox('manager')).map((n) => `${n.kind}:${n.postId}`)).toEqual([`news_submitted:${memberPost.id}`]);
    expect(await inbox('southManager')).toEqual([]);

    expect((await call('POST', url('reject'), { as: 'editorM', body: { note: 'x' } })).status).toBe(403);
    expect((await call('POST', url('reject'), { as: 'southManager', body: { note: 'x' } })).status).toBe(403);
    const empty = await call('POST', url('reject'), { as: 'manager', body: { note: '' } });
    expect([empty.status, await fieldsOf(empty)]).toEqual([422, ['note']]);
    expect(await (await call('POST', url('reject'), { as: 'manager', body: { note: 'Bitte ein Foto ergänzen.' } })).json()).toMatchObject({ status: 'rejected', reviewNote: 'Bitte ein Foto ergänzen.' });
    expect((await inbox('editorM')).map((n) => `${n.kind}:${n.decision}:${n.note}`)).toEqual(['news_reviewed:rejected:Bitte ein Foto ergänzen.']);

    expect((await call('PATCH', `/api/v1/news/${memberPost.id}`, { as: 'editorM', body: { summary: { de: 'Ein Labor für Zellkultur.' }, title: { de: 'Org M eröffnet Labor', en: 'Org M opens a lab' } } })).status).toBe(422);
    expect((await call('PATCH', `/api/v1/news/${memberPost.id}`, { as: 'editorM', body: { summary: { de: 'Ein Labor für Zellkultur.' } } })).status).toBe(200);
    expect((await call('POST', url('submit'), { as: 'editorM' })).status).toBe(200);
    expect((await call('POST', url('publish'), { as: 'editorM' })).status).toBe(403);
    now = new Date('2026-11-12T08:00:00Z');
    expect(await (await call('POST', url('publish'), { as: 'manager' })).json()).toMatchObject({ status: 'published', reviewNote: null, publishedAt: '2026-11-12T08:00:00.000Z' });
    expect((await inbox('editorM')).map((n) => `${n.kind}:${n.decision}`)).toEqual(['news_reviewed:rejected', 'news_reviewed:published']);
    expect((await call('POST', url('publish'), { as: 'manager' })).status).toBe(409);
    expect((await call('PATCH', `/api/v1/news/${memberPost.id}`, { as: 'editorM', body: { summary: { de: 'x' } } })).status).toBe(409);
    expect((await call('DELETE', `/api/v1/news/${memberPost.id}`, { as: 'editorM' })).status).toBe(409);
    expect(await publicTitles('de')).toEqual(['Org M eröffnet Labor[de]', 'Neue Mitglieder im Cluster[de]']);
  });
});

describe('reading', () => {
  it('shows an article in the reader’s language or says which one it falls back to, with safe HTML', async () => {
    const read = async (slug: string, lang: string) => (await (await call('GET', `/api/v1/clusters/nord/news/${slug}?lang=${lang}`)).json()) as Article;
    const en = await read(managerPost.slug, 'en');
    expect(en.bodyHtml).toBe('<p>Welcome <strong>Org M</strong>!</p>\n<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n');
    expect(await read(managerPost.slug, 'da')).toMatchObject({ language: 'en', languages: ['de', 'en'], title: 'New members in the cluster' });
    expect(await read(memberPost.slug, 'en')).toMatchObject({ language: 'de', title: 'Org M eröffnet Labor', summary: 'Ein Labor für Zellkultur.' });
    expect((await call('GET', '/api/v1/clusters/nord/news/nothing-here')).status).toBe(404);
    expect(await (await call('POST', '/api/v1/news/preview', { as: 'editorM', body: { markdown: '*x* <b>' } })).json()).toEqual({ html: '<p><em>x</em> &lt;b&gt;</p>\n' });
    expect((await call('POST', '/api/v1/news/preview', { body: { markdown: 'x' } })).status).toBe(401);
  });

  it('serves a valid Atom 1.0 feed of the published posts', async () => {
    await call('POST', '/api/v1/clusters/nord/news', { as: 'manager', body: { title: { en: 'Secret draft' }, body: { en: 'x' } } });
    const res = await call('GET', '/api/v1/clusters/nord/news.atom?lang=de');
    expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const feed = parseXml(await res.text());
    expect([feed.ns, feed.name, feed.attributes['xml:lang']]).toEqual(['http://www.w3.org/2005/Atom', 'feed', 'de']);
    const child = (node: XmlNode, name: string) => node.children.filter((c) => c.name === name);
    for (const required of ['id', 'title', 'updated', 'author']) expect(child(feed, required), required).toHaveLength(1);
    expect(child(feed, 'link').map((l) => `${l.attributes.rel} ${l.attributes.href}`)).toEqual([
      'self http://localhost/api/v1/clusters/nord/news.atom?lang=de', 'alternate http://localhost/clusters/nord/news',
    ]);
    expect(child(feed, 'updated')[0]!.text).toBe('2026-11-12T08:00:00.000Z');
    const entries = child(feed, 'entry');
    expect(entries.map((e) => [child(e, 'title')[0]!.text, e.attributes['xml:lang'], child(e, 'link')[0]!.attributes.href])).toEqual([
      ['Org M eröffnet Labor', 'de', `http://localhost/clusters/nord/news/${memberPost.slug}`],
      ['Neue Mitglieder im Cluster', 'de', `http://localhost/clusters/nord/news/${managerPost.slug}`],
    ]);
    for (const e of entries) for (const required of ['id', 'title', 'updated', 'published', 'content']) expect(child(e, required), required).toHaveLength(1);
    expect(child(entries[0]!, 'id')[0]!.text).toBe(`urn:uuid:${memberPost.id}`);
    expect(child(entries[0]!, 'content')[0]!.text).toBe('<p>Ein neues <strong>Labor</strong> in Kiel.</p>'); // trimmed by parseXml
    expect(child(entries[0]!, 'author')[0]!.children[0]!.text).toBe('Org M');
  });
});

type XmlNode = { name: string; ns: string; attributes: Record<string, string>; children: XmlNode[]; text: string };

/** Parses XML strictly (saxes throws on anything not well-formed) into a small tree with namespaces resolved. */
function parseXml(xml: string): XmlNode {
  const parser = new SaxesParser({ xmlns: true });
  const stack: XmlNode[] = [];
  let root: XmlNode | undefined;
  parser.on('opentag', (tag) => {
    const attributes = Object.fromEntries(Object.values(tag.attributes).map((a) => [a.prefix ? `${a.prefix}:${a.local}` : a.local, a.value]));
    const node: XmlNode = { name: tag.local, ns: tag.uri, attributes, children: [], text: '' };
    stack[stack.length - 1]?.children.push(node);
    stack.push(node);
    root ??= node;
  });
  parser.on('text', (text) => {
    const top = stack[stack.length - 1];
    if (top) top.text += text;
  });
  parser.on('closetag', () => {
    const node = stack.pop()!;
    node.text = node.text.trim();
  });
  parser.write(xml).close();
  return root!;
}
