// Test support for the cluster site: cluster A (with a hub) and cluster B, their managers and members, a stranger,
// and content of every kind, published and not, so tests can prove who sees what.
import type { Actor } from '#src/auth/actor.ts';
import type { Db } from '#src/db/connect.ts';
import { buildCluster, buildOrganization, buildUser, createTestApp } from '#src/registry/test-builders.ts';

export type SiteWorld = {
  call: ReturnType<typeof createTestApp>;
  a: string;
  hub: string;
  b: string;
  people: { consenting: string; refusing: string; bPerson: string };
  now: Date;
};

/** A 1×1 transparent PNG. */
export const PNG_1PX = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
/** The smallest file that starts like a PDF. */
export const TINY_PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

const text = (de: string, en: string, da?: string) => JSON.stringify({ de, en, ...(da ? { da } : {}) });

/** Builds the world: A with a hub, B, and A's published and draft content of every kind. */
export async function buildSiteWorld(db: Db): Promise<SiteWorld> {
  const now = new Date('2027-05-01T10:00:00Z');
  const a = await buildCluster(db, { slug: 'alpha', name: 'Alpha Cluster', description: text('Über Alpha', 'About Alpha') });
  const hub = await buildCluster(db, { slug: 'alpha-north', name: 'Alpha North', parent_id: a });
  const b = await buildCluster(db, { slug: 'beta', name: 'Beta Cluster' });
  const orgA = await buildOrganization(db, { name: 'Alpha Management GmbH' });
  const orgB = await buildOrganization(db, { name: 'Beta Management A/S', country: 'DK' });
  const hidden = await buildOrganization(db, { name: 'Secret Labs', visibility: 'private' });
  await db.insertInto('memberships').values([{ organization_id: orgA, cluster_id: hub, status: 'active' }, { organization_id: orgB, cluster_id: b, status: 'active' }]).execute();

  const actors: Record<string, Actor> = {
    admin: await buildUser(db, [], true),
    managerA: await buildUser(db, [{ role: 'cluster_manager', scopeId: a }]),
    managerB: await buildUser(db, [{ role: 'cluster_manager', scopeId: b }]),
    memberA: await buildUser(db, [{ role: 'member', scopeId: a }]),
    memberB: await buildUser(db, [{ role: 'member', scopeId: b }]),
    stranger: await buildUser(db),
  };
  const person = async (organization_id: string, given_name: string, consent_listed: boolean) =>
    (await db.insertInto('people').values({ organization_id, given_name, family_name: 'Example', email: `${given_name.toLowerCase()}@example.org`, consent_listed, visibility: 'public' }).returning('id').executeTakeFirstOrThrow()).id;
  const people = { consenting: await person(orgA, 'Clara', true), refusing: await person(orgA, 'Ralf', false), bPerson: await person(orgB, 'Bo', true) };
  await db.insertInto('cluster_contacts').values([
    { cluster_id: a, person_id: people.consenting, role: text('Clustermanagerin', 'Cluster manager', 'Klyngechef'), position: 0 },
    { cluster_id: a, person_id: people.refusing, role: text('Projektleiter', 'Project lead'), position: 1 },
  ]).execute();

  await db.insertInto('site_pages').values([
    { cluster_id: a, slug: 'about', title: text('Über uns', 'About us', 'Om os'), body: JSON.stringify({ de: '## Wer wir sind\n\nDas **Netzwerk**.', en: 'We are the **network**.' }), position: 0, published: true },
    { cluster_id: a, slug: 'secret-plans', title: text('Pläne', 'Plans'), body: JSON.stringify({ en: 'Not yet.' }), position: 1, published: false },
    { cluster_id: b, slug: 'about', title: text('Über B', 'About B'), body: JSON.stringify({ en: 'B draft' }), position: 0, published: false },
  ]).execute();

  const theme = (await db.insertInto('strategy_themes').values({ cluster_id: a, kind: 'field_of_action', title: text('Diagnostik', 'Diagnostics'), description: text('Neue Verfahren', 'New methods'), position: 0 }).returning('id').executeTakeFirstOrThrow()).id;
  const goal = (await db.insertInto('strategy_goals').values({ theme_id: theme, title: text('POC-Konzepte', 'Point-of-care concepts'), position: 0 }).returning('id').executeTakeFirstOrThrow()).id;
  await db.insertInto('milestones').values({ goal_id: goal, title: text('Netzwerk steht', 'Network in place'), horizon: 'short', status: 'on_track', due_date: '2027-12-31' }).execute();
  await db.insertInto('strategy_themes').values({ cluster_id: b, kind: 'focus_theme', title: text('B-Thema', 'B theme') }).execute();

  await db.insertInto('working_groups').values([
    { cluster_id: a, kind: 'strategy_group', title: text('Strategiegruppe I', 'Strategy group I'), description: '{}', lead_person_id: people.consenting, lead_organization_id: orgA, theme_id: theme },
    { cluster_id: a, kind: 'strategy_group', title: text('Strategiegruppe II', 'Strategy group II'), description: '{}', lead_person_id: people.refusing, lead_organization_id: hidden },
    { cluster_id: a, kind: 'working_group', title: text('AG intern', 'Internal working group'), description: '{}' },
  ]).execute();

  const project = (kind: 'lead' | 'member', visibility: 'public' | 'members', title: string, cluster = a) =>
    db.insertInto('pipeline_projects').values({ cluster_id: cluster, kind, visibility, title, summary: `${title} summary`, stage: 'feasibility', trl: 4, lead_organization_id: orgA }).returning('id').executeTakeFirstOrThrow();
  const lead = await project('lead', 'public', 'Competence centre');
  await project('lead', 'members', 'Members-only lead project');
  await project('member', 'public', 'A member project');
  await project('lead', 'public', 'B lead project', b);
  await db.insertInto('pipeline_partners').values([{ project_id: lead.id, organization_id: orgA }, { project_id: lead.id, organization_id: hidden }]).execute();

  const news = (cluster: string, slug: string, status: 'published' | 'draft' | 'submitted', publishedAt: string | null) => ({
    cluster_id: cluster, slug, status, published_at: publishedAt,
    title: text(`Titel ${slug}`, `Title ${slug}`), summary: text('Kurz', 'Short'), body: JSON.stringify({ en: `Body of **${slug}**`, de: `Text von ${slug}` }),
  });
  await db.insertInto('news_posts').values([
    news(a, 'older', 'published', '2027-01-01T09:00:00Z'),
    news(a, 'newer', 'published', '2027-04-01T09:00:00Z'),
    news(a, 'future', 'published', '2027-09-01T09:00:00Z'),
    news(a, 'draft-post', 'draft', null),
    news(a, 'waiting', 'submitted', null),
    news(b, 'b-news', 'published', '2027-02-01T09:00:00Z'),
  ]).execute();

  await db.insertInto('site_assets').values([
    { cluster_id: a, kind: 'download', filename: 'masterplan.pdf', content_type: 'application/pdf', size: TINY_PDF.length, data: TINY_PDF, title: text('Masterplan', 'Masterplan'), listed: true },
    { cluster_id: a, kind: 'download', filename: 'internal.pdf', content_type: 'application/pdf', size: TINY_PDF.length, data: TINY_PDF, title: '{}', listed: false },
    { cluster_id: a, kind: 'image', filename: 'logo.png', content_type: 'image/png', size: PNG_1PX.length, data: PNG_1PX, title: '{}', listed: false },
  ]).execute();

  return { call: createTestApp(db, actors, () => now), a, hub, b, people, now };
}

/** The JSON body of a response. */
export const body = async <T = Record<string, unknown>>(res: Response) => (await res.json()) as T;
/** The fields named by a 422's details. */
export const errorFields = async (res: Response) => (await body<{ error: { details?: Array<{ field: string }> } }>(res)).error.details?.map((d) => d.field) ?? [];
