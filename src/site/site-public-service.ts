// The public cluster site: what anyone, signed in or not, reads of a cluster or hub. Only published pages and news,
// public lead projects, listed downloads and contacts who consented to be listed; never drafts, never other clusters'.
import { clusterAccess } from '#src/auth/cluster-access.ts';
import type { Ctx } from '#src/context.ts';
import type { LocalizedText } from '#src/db/types.ts';
import { notFound } from '#src/errors.ts';
import { renderMarkdown } from '#src/news/markdown.ts';
import { isoTime } from '#src/registry/competence-schema.ts';
import { findCluster } from '#src/registry/cluster-service.ts';
import { findClusters } from '#src/registry/cluster-repo.ts';
import {
  countSections,
  findLeadProjects,
  findPublishedNews,
  findPublishedPost,
  findStrategy,
  findStrategyGroups,
} from '#src/site/site-public-repo.ts';
import { findAssetFile, findAssets, findContacts, findPage, findPages } from '#src/site/site-repo.ts';
import { assetUrl } from '#src/site/site-schema.ts';
import { languagesOf, pickText, type SiteLanguage } from '#src/site/site-text.ts';

const asText = (value: unknown) => value as LocalizedText;
const html = (markdown: LocalizedText, lang: SiteLanguage) => {
  const shown = pickText(markdown, lang);
  return { html: renderMarkdown(shown.text), lang: shown.lang };
};

/** The site's frame: the cluster, its parent and hubs, the published pages for the navigation, what each section holds. */
export async function getSite(ctx: Ctx, ref: string, lang: SiteLanguage) {
  const cluster = await findCluster(ctx, ref);
  const all = await findClusters(ctx.db);
  const parent = cluster.parent_id ? all.find((c) => c.id === cluster.parent_id) : undefined;
  const root = parent ?? cluster;
  const hubs = all.filter((c) => c.parent_id === root.id && c.id !== cluster.id);
  const pages = await findPages(ctx.db, cluster.id, false);
  return {
    cluster: {
      id: cluster.id,
      slug: cluster.slug,
      name: cluster.name,
      shortName: cluster.short_name,
      website: cluster.website,
      description: pickText(asText(cluster.description), lang),
    },
    parent: parent ? { slug: parent.slug, name: parent.name } : null,
    hubs: hubs.map((h) => ({ slug: h.slug, name: h.name })),
    pages: pages.map((p) => ({ slug: p.slug, title: pickText(asText(p.title), lang) })),
    sections: await countSections(ctx.db, cluster.id, ctx.clock()),
    canEdit: (await clusterAccess(ctx, cluster.id)) === 'manager',
  };
}

/** A published page, rendered; a draft is "not found" for everyone here (managers preview through their own API). */
export async function getSitePage(ctx: Ctx, ref: string, slug: string, lang: SiteLanguage) {
  const cluster = await findCluster(ctx, ref);
  const page = await findPage(ctx.db, cluster.id, slug);
  if (!page || !page.published) throw notFound('page', slug);
  return {
    slug: page.slug,
    title: pickText(asText(page.title), lang),
    body: html(asText(page.body), lang),
    languages: languagesOf(asText(page.body)),
    updatedAt: isoTime(page.updated_at),
  };
}

/** The fields of action and focus themes with their goals and milestones. */
export async function getSiteStrategy(ctx: Ctx, ref: string, lang: SiteLanguage) {
  const cluster = await findCluster(ctx, ref);
  const { themes, goals, milestones } = await findStrategy(ctx.db, cluster.id);
  return {
    themes: themes.map((t) => ({
      id: t.id,
      kind: t.kind,
      title: pickText(asText(t.title), lang),
      description: pickText(asText(t.description), lang),
      goals: goals.filter((g) => g.theme_id === t.id).map((g) => ({
        id: g.id,
        title: pickText(asText(g.title), lang),
        description: pickText(asText(g.description), lang),
        milestones: milestones.filter((m) => m.goal_id === g.id).map((m) => ({
          id: m.id,
          title: pickText(asText(m.title), lang),
          horizon: m.horizon,
          status: m.status,
          dueDate: m.due_date,
        })),
      })),
    })),
  };
}

/** The strategy groups with their lead (a person only with their consent). */
export async function getSiteGroups(ctx: Ctx, ref: string, lang: SiteLanguage) {
  const cluster = await findCluster(ctx, ref);
  const rows = await findStrategyGroups(ctx.db, cluster.id);
  return {
    items: rows.map((g) => ({
      id: g.id,
      title: pickText(asText(g.title), lang),
      description: pickText(asText(g.description), lang),
      lead: {
        name: g.lead_given_name === null ? null : `${g.lead_given_name} ${g.lead_family_name ?? ''}`.trim(),
        organization: g.lead_organization_name,
      },
      theme: g.theme_title === null ? null : pickText(asText(g.theme_title), lang),
    })),
  };
}

/** The cluster's public lead projects. */
export async function getSiteProjects(ctx: Ctx, ref: string, lang: SiteLanguage) {
  const cluster = await findCluster(ctx, ref);
  const rows = await findLeadProjects(ctx.db, cluster.id);
  return {
    items: rows.map((p) => ({
      id: p.id,
      title: p.title,
      summary: p.summary,
      stage: p.stage,
      trl: p.trl,
      leadOrganization: p.lead_organization_name,
      theme: p.theme_title === null ? null : pickText(asText(p.theme_title), lang),
      partners: p.partners,
    })),
  };
}

/** A page of the published news, newest first. */
export async function listSiteNews(ctx: Ctx, ref: string, query: { lang: SiteLanguage; limit: number; offset: number }) {
  const cluster = await findCluster(ctx, ref);
  const rows = await findPublishedNews(ctx.db, cluster.id, ctx.clock(), query.limit + 1, query.offset);
  return {
    items: rows.slice(0, query.limit).map((n) => ({
      slug: n.slug,
      title: pickText(asText(n.title), query.lang),
      summary: pickText(asText(n.summary), query.lang),
      publishedAt: isoTime(n.published_at),
      organizationName: n.organization_name,
    })),
    hasMore: rows.length > query.limit,
  };
}

/** One published news post with its body rendered ("read more"). */
export async function getSiteNewsPost(ctx: Ctx, ref: string, slug: string, lang: SiteLanguage) {
  const cluster = await findCluster(ctx, ref);
  const post = await findPublishedPost(ctx.db, cluster.id, ctx.clock(), slug);
  if (!post) throw notFound('news post', slug);
  return {
    slug: post.slug,
    title: pickText(asText(post.title), lang),
    summary: pickText(asText(post.summary), lang),
    body: html(asText(post.body), lang),
    publishedAt: isoTime(post.published_at),
    organizationName: post.organization_name,
  };
}

/** The downloads the managers listed (the masterplan and the like). */
export async function listSiteDownloads(ctx: Ctx, ref: string, lang: SiteLanguage) {
  const cluster = await findCluster(ctx, ref);
  const rows = await findAssets(ctx.db, cluster.id, true);
  return {
    items: rows.map((a) => {
      const title = pickText(asText(a.title), lang);
      return {
        id: a.id,
        filename: a.filename,
        title: title.text === '' ? { text: a.filename, lang } : title,
        size: a.size,
        contentType: a.content_type,
        url: assetUrl(cluster.slug, a.id),
      };
    }),
  };
}

/** The cluster management's contacts with their role: only people who consented to be listed, for every viewer. */
export async function listSiteContacts(ctx: Ctx, ref: string, lang: SiteLanguage) {
  const cluster = await findCluster(ctx, ref);
  const rows = await findContacts(ctx.db, cluster.id, true);
  return {
    items: rows.map((c) => ({
      name: `${c.given_name} ${c.family_name}`.trim(),
      role: pickText(asText(c.role), lang),
      jobTitle: c.job_title,
      organizationName: c.organization_name,
      email: c.email,
      phone: c.phone,
    })),
  };
}

/** An image or file of the site with its bytes. Asset ids are unguessable; any asset of the cluster is served. */
export async function getSiteAsset(ctx: Ctx, ref: string, id: string) {
  const cluster = await findCluster(ctx, ref);
  const file = await findAssetFile(ctx.db, cluster.id, id);
  if (!file) throw notFound('file', id);
  return file;
}
