// SQL the public site reads from other areas (read only): strategy, strategy groups, public lead projects, news.
import { sql } from 'kysely';
import type { Db } from '#src/db/connect.ts';
import type { PipelineStage } from '#src/db/types-cluster.ts';

/** The fields of action and focus themes of a cluster with their goals and milestones, in their order. */
export async function findStrategy(db: Db, clusterId: string) {
  const themes = await db
    .selectFrom('strategy_themes')
    .select(['id', 'kind', 'title', 'description'])
    .where('cluster_id', '=', clusterId)
    .orderBy('kind')
    .orderBy('position')
    .orderBy('created_at')
    .execute();
  const themeIds = themes.map((t) => t.id);
  const goals = themeIds.length === 0 ? [] : await db
    .selectFrom('strategy_goals')
    .select(['id', 'theme_id', 'title', 'description'])
    .where('theme_id', 'in', themeIds)
    .orderBy('position')
    .orderBy('created_at')
    .execute();
  const goalIds = goals.map((g) => g.id);
  const milestones = goalIds.length === 0 ? [] : await db
    .selectFrom('milestones')
    .select(['id', 'goal_id', 'title', 'horizon', 'status', 'due_date'])
    .where('goal_id', 'in', goalIds)
    .orderBy('position')
    .orderBy('due_date')
    .execute();
  return { themes, goals, milestones };
}

/**
 * The strategy groups of a cluster with their lead: the person's name only when they consented to be listed,
 * the organisation's name only when the organisation is public.
 */
export async function findStrategyGroups(db: Db, clusterId: string) {
  return db
    .selectFrom('working_groups as g')
    .leftJoin('people as p', (join) => join.onRef('p.id', '=', 'g.lead_person_id').on('p.consent_listed', '=', true))
    .leftJoin('organizations as o', (join) => join.onRef('o.id', '=', 'g.lead_organization_id').on('o.visibility', '=', 'public'))
    .leftJoin('organizations as po', (join) => join.onRef('po.id', '=', 'p.organization_id').on('po.visibility', '=', 'public'))
    .leftJoin('strategy_themes as t', 't.id', 'g.theme_id')
    .select([
      'g.id',
      'g.title',
      'g.description',
      'p.given_name as lead_given_name',
      'p.family_name as lead_family_name',
      sql<string | null>`coalesce(o.name, po.name)`.as('lead_organization_name'),
      't.title as theme_title',
    ])
    .where('g.cluster_id', '=', clusterId)
    .where('g.kind', '=', 'strategy_group')
    .orderBy('g.position')
    .orderBy('g.created_at')
    .execute();
}

/** The public lead projects of a cluster with their lead organisation, theme and public partner organisations. */
export async function findLeadProjects(db: Db, clusterId: string) {
  const projects = await db
    .selectFrom('pipeline_projects as pp')
    .leftJoin('organizations as o', (join) => join.onRef('o.id', '=', 'pp.lead_organization_id').on('o.visibility', '=', 'public'))
    .leftJoin('strategy_themes as t', 't.id', 'pp.theme_id')
    .select(['pp.id', 'pp.title', 'pp.summary', 'pp.stage', 'pp.trl', 'o.name as lead_organization_name', 't.title as theme_title'])
    .where('pp.cluster_id', '=', clusterId)
    .where('pp.kind', '=', 'lead')
    .where('pp.visibility', '=', 'public')
    .orderBy('pp.created_at')
    .orderBy('pp.title')
    .execute();
  const ids = projects.map((p) => p.id);
  const partners = ids.length === 0 ? [] : await db
    .selectFrom('pipeline_partners as pa')
    .innerJoin('organizations as o', 'o.id', 'pa.organization_id')
    .select(['pa.project_id', 'o.name'])
    .where('pa.project_id', 'in', ids)
    .where('o.visibility', '=', 'public')
    .orderBy('o.name')
    .execute();
  return projects.map((p) => ({ ...p, stage: p.stage as PipelineStage, partners: partners.filter((x) => x.project_id === p.id).map((x) => x.name) }));
}

const publishedNews = (db: Db, clusterId: string, now: Date) =>
  db
    .selectFrom('news_posts as n')
    .leftJoin('organizations as o', (join) => join.onRef('o.id', '=', 'n.organization_id').on('o.visibility', '=', 'public'))
    .where('n.cluster_id', '=', clusterId)
    .where('n.status', '=', 'published')
    .where('n.published_at', 'is not', null)
    .where('n.published_at', '<=', now);

/** A page of the cluster's published news, newest first (`offset` for paging). */
export async function findPublishedNews(db: Db, clusterId: string, now: Date, limit: number, offset: number) {
  return publishedNews(db, clusterId, now)
    .select(['n.slug', 'n.title', 'n.summary', 'n.published_at', 'o.name as organization_name'])
    .orderBy('n.published_at', 'desc')
    .orderBy('n.slug')
    .limit(limit)
    .offset(offset)
    .execute();
}

/** One published news post of the cluster by slug. */
export async function findPublishedPost(db: Db, clusterId: string, now: Date, slug: string) {
  return publishedNews(db, clusterId, now)
    .select(['n.slug', 'n.title', 'n.summary', 'n.body', 'n.published_at', 'o.name as organization_name'])
    .where('n.slug', '=', slug)
    .executeTakeFirst();
}

/** How much each public section of the site holds, so the navigation shows only sections with content. */
export async function countSections(db: Db, clusterId: string, now: Date) {
  const count = sql<number>`count(*)`.as('n');
  const [themes, groups, projects, news, downloads, contacts] = await Promise.all([
    db.selectFrom('strategy_themes').select(count).where('cluster_id', '=', clusterId).executeTakeFirstOrThrow(),
    db.selectFrom('working_groups').select(count).where('cluster_id', '=', clusterId).where('kind', '=', 'strategy_group').executeTakeFirstOrThrow(),
    db.selectFrom('pipeline_projects').select(count).where('cluster_id', '=', clusterId).where('kind', '=', 'lead').where('visibility', '=', 'public').executeTakeFirstOrThrow(),
    publishedNews(db, clusterId, now).select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow(),
    db.selectFrom('site_assets').select(count).where('cluster_id', '=', clusterId).where('kind', '=', 'download').where('listed', '=', true).executeTakeFirstOrThrow(),
    db.selectFrom('cluster_contacts as c').innerJoin('people as p', 'p.id', 'c.person_id').select(count).where('c.cluster_id', '=', clusterId).where('p.consent_listed', '=', true).executeTakeFirstOrThrow(),
  ]);
  return {
    fieldsOfAction: Number(themes.n),
    groups: Number(groups.n),
    projects: Number(projects.n),
    news: Number(news.n),
    downloads: Number(downloads.n),
    contacts: Number(contacts.n),
  };
}
