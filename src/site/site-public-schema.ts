// The public cluster site over HTTP: every text comes in the visitor's language or, marked, in a stand-in language.
import { z } from '@hono/zod-openapi';
import { SITE_LANGUAGES } from '#src/site/site-text.ts';

export const siteLanguageSchema = z.enum(SITE_LANGUAGES);

export const langQuerySchema = z.object({
  lang: siteLanguageSchema.default('en').openapi({ description: 'the visitor’s language; missing texts fall back to en, de, da (in that order)' }),
});

export const newsQuerySchema = langQuerySchema.extend({
  limit: z.coerce.number().int().min(1).max(50).default(10),
  offset: z.coerce.number().int().min(0).max(10_000).default(0),
});

export const siteRefParamSchema = z.object({ ref: z.string().min(1).max(100).openapi({ param: { name: 'ref', in: 'path' }, description: 'cluster or hub id or slug' }) });
export const sitePageParamSchema = siteRefParamSchema.extend({ page: z.string().min(1).max(60).openapi({ param: { name: 'page', in: 'path' } }) });
export const siteNewsParamSchema = siteRefParamSchema.extend({ post: z.string().min(1).max(200).openapi({ param: { name: 'post', in: 'path' } }) });
export const siteAssetParamSchema = siteRefParamSchema.extend({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });

export const shownSchema = z
  .object({ text: z.string(), lang: siteLanguageSchema.openapi({ description: 'the language the text is in; differs from `lang` asked for when it fell back' }) })
  .openapi('ShownText');
export const shownHtmlSchema = z
  .object({ html: z.string().openapi({ description: 'the Markdown rendered to safe HTML' }), lang: siteLanguageSchema })
  .openapi('ShownHtml');

const link = z.object({ slug: z.string(), name: z.string() });

export const siteOutSchema = z
  .object({
    cluster: z.object({ id: z.string(), slug: z.string(), name: z.string(), shortName: z.string().nullable(), website: z.string().nullable(), description: shownSchema }),
    parent: link.nullable().openapi({ description: 'for a hub: its cluster' }),
    hubs: z.array(link).openapi({ description: 'the cluster’s hubs (for a hub: its sister hubs)' }),
    pages: z.array(z.object({ slug: z.string(), title: shownSchema })).openapi({ description: 'the published pages in site order' }),
    sections: z.object({ fieldsOfAction: z.number(), groups: z.number(), projects: z.number(), news: z.number(), downloads: z.number(), contacts: z.number() }),
    canEdit: z.boolean().openapi({ description: 'the actor manages this site' }),
  })
  .openapi('Site');

export const sitePageOutSchema = z
  .object({ slug: z.string(), title: shownSchema, body: shownHtmlSchema, languages: z.array(siteLanguageSchema), updatedAt: z.string() })
  .openapi('SitePagePublic');

const milestoneOut = z.object({
  id: z.string(),
  title: shownSchema,
  horizon: z.enum(['short', 'medium', 'long']),
  status: z.enum(['planned', 'on_track', 'at_risk', 'done']),
  dueDate: z.string().nullable(),
});
const goalOut = z.object({ id: z.string(), title: shownSchema, description: shownSchema, milestones: z.array(milestoneOut) });
export const siteStrategyOutSchema = z
  .object({
    themes: z.array(z.object({ id: z.string(), kind: z.enum(['field_of_action', 'focus_theme']), title: shownSchema, description: shownSchema, goals: z.array(goalOut) })),
  })
  .openapi('SiteStrategy');

export const siteGroupsOutSchema = z
  .object({
    items: z.array(
      z.object({
        id: z.string(),
        title: shownSchema,
        description: shownSchema,
        lead: z.object({ name: z.string().nullable().openapi({ description: 'only when the person consented to be listed' }), organization: z.string().nullable() }),
        theme: shownSchema.nullable(),
      }),
    ),
  })
  .openapi('SiteGroups');

export const siteProjectsOutSchema = z
  .object({
    items: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        summary: z.string(),
        stage: z.string(),
        trl: z.number().nullable(),
        leadOrganization: z.string().nullable(),
        theme: shownSchema.nullable(),
        partners: z.array(z.string()),
      }),
    ),
  })
  .openapi('SiteProjects');

const newsItem = z.object({ slug: z.string(), title: shownSchema, summary: shownSchema, publishedAt: z.string(), organizationName: z.string().nullable() });
export const siteNewsOutSchema = z.object({ items: z.array(newsItem), hasMore: z.boolean() }).openapi('SiteNews');
export const siteNewsPostOutSchema = newsItem.extend({ body: shownHtmlSchema }).openapi('SiteNewsPost');

export const siteDownloadsOutSchema = z
  .object({ items: z.array(z.object({ id: z.string(), filename: z.string(), title: shownSchema, size: z.number(), contentType: z.string(), url: z.string() })) })
  .openapi('SiteDownloads');

export const siteContactsOutSchema = z
  .object({
    items: z.array(
      z.object({
        name: z.string(),
        role: shownSchema,
        jobTitle: z.string().nullable(),
        organizationName: z.string().nullable(),
        email: z.string().nullable(),
        phone: z.string().nullable(),
      }),
    ),
  })
  .openapi('SiteContacts');
