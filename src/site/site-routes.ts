// HTTP routes of the public cluster site (tag `site`): no sign-in needed, only published content.
import { createRoute, z } from '@hono/zod-openapi';
import { createRouter } from '#src/http/env.ts';
import {
  langQuerySchema,
  newsQuerySchema,
  siteAssetParamSchema,
  siteContactsOutSchema,
  siteDownloadsOutSchema,
  siteGroupsOutSchema,
  siteNewsOutSchema,
  siteNewsParamSchema,
  siteNewsPostOutSchema,
  siteOutSchema,
  sitePageOutSchema,
  sitePageParamSchema,
  siteProjectsOutSchema,
  siteRefParamSchema,
  siteStrategyOutSchema,
} from '#src/site/site-public-schema.ts';
import {
  getSite,
  getSiteAsset,
  getSiteGroups,
  getSiteNewsPost,
  getSitePage,
  getSiteProjects,
  getSiteStrategy,
  listSiteContacts,
  listSiteDownloads,
  listSiteNews,
} from '#src/site/site-public-service.ts';
import { contentDisposition } from '#src/site/site-files.ts';

const tags = ['site'];
const ok = <T extends z.ZodType>(schema: T, description: string) => ({ 200: { content: { 'application/json': { schema } }, description } });
const params = siteRefParamSchema;
const query = langQuerySchema;

/** The /site/{ref} routes: what a cluster's or hub's public website shows. */
export function createSiteRoutes() {
  const router = createRouter();

  router.openapi(
    createRoute({ method: 'get', path: '/site/{ref}', tags, summary: 'The site of a cluster or hub: name, hubs, published pages, what each section holds', request: { params, query }, responses: ok(siteOutSchema, 'the site') }),
    async (c) => c.json(await getSite(c.var.ctx, c.req.valid('param').ref, c.req.valid('query').lang), 200),
  );

  router.openapi(
    createRoute({ method: 'get', path: '/site/{ref}/pages/{page}', tags, summary: 'A published page, its Markdown rendered to HTML', request: { params: sitePageParamSchema, query }, responses: ok(sitePageOutSchema, 'the page') }),
    async (c) => {
      const { ref, page } = c.req.valid('param');
      return c.json(await getSitePage(c.var.ctx, ref, page, c.req.valid('query').lang), 200);
    },
  );

  router.openapi(
    createRoute({ method: 'get', path: '/site/{ref}/strategy', tags, summary: 'Fields of action and focus themes with goals and milestones', request: { params, query }, responses: ok(siteStrategyOutSchema, 'the strategy') }),
    async (c) => c.json(await getSiteStrategy(c.var.ctx, c.req.valid('param').ref, c.req.valid('query').lang), 200),
  );

  router.openapi(
    createRoute({ method: 'get', path: '/site/{ref}/groups', tags, summary: 'Strategy groups with their lead', request: { params, query }, responses: ok(siteGroupsOutSchema, 'the strategy groups') }),
    async (c) => c.json(await getSiteGroups(c.var.ctx, c.req.valid('param').ref, c.req.valid('query').lang), 200),
  );

  router.openapi(
    createRoute({ method: 'get', path: '/site/{ref}/projects', tags, summary: 'Public lead projects', request: { params, query }, responses: ok(siteProjectsOutSchema, 'the lead projects') }),
    async (c) => c.json(await getSiteProjects(c.var.ctx, c.req.valid('param').ref, c.req.valid('query').lang), 200),
  );

  router.openapi(
    createRoute({ method: 'get', path: '/site/{ref}/news', tags, summary: 'Published news, newest first', request: { params, query: newsQuerySchema }, responses: ok(siteNewsOutSchema, 'a page of news') }),
    async (c) => c.json(await listSiteNews(c.var.ctx, c.req.valid('param').ref, c.req.valid('query')), 200),
  );

  router.openapi(
    createRoute({ method: 'get', path: '/site/{ref}/news/{post}', tags, summary: 'A published news post ("read more")', request: { params: siteNewsParamSchema, query }, responses: ok(siteNewsPostOutSchema, 'the post') }),
    async (c) => {
      const { ref, post } = c.req.valid('param');
      return c.json(await getSiteNewsPost(c.var.ctx, ref, post, c.req.valid('query').lang), 200);
    },
  );

  router.openapi(
    createRoute({ method: 'get', path: '/site/{ref}/downloads', tags, summary: 'Files listed for download', request: { params, query }, responses: ok(siteDownloadsOutSchema, 'the downloads') }),
    async (c) => c.json(await listSiteDownloads(c.var.ctx, c.req.valid('param').ref, c.req.valid('query').lang), 200),
  );

  router.openapi(
    createRoute({ method: 'get', path: '/site/{ref}/contacts', tags, summary: 'The cluster management’s contacts (only people who consented to be listed)', request: { params, query }, responses: ok(siteContactsOutSchema, 'the contacts') }),
    async (c) => c.json(await listSiteContacts(c.var.ctx, c.req.valid('param').ref, c.req.valid('query').lang), 200),
  );

  router.openapi(
    createRoute({
      method: 'get', path: '/site/{ref}/assets/{id}', tags, summary: 'An image (inline) or file (attachment) of the site',
      request: { params: siteAssetParamSchema },
      responses: {
        200: { content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } }, description: 'the file, with its own content type' },
        304: { description: 'unchanged (If-None-Match)' },
      },
    }),
    async (c) => {
      const { ref, id } = c.req.valid('param');
      const file = await getSiteAsset(c.var.ctx, ref, id);
      // An asset's bytes never change (a new upload is a new id): cache for a year, and answer revalidations cheaply.
      const headers = {
        'cache-control': 'public, max-age=31536000, immutable',
        etag: `"${id}"`,
        'x-content-type-options': 'nosniff',
        // Even if a browser were made to render a file as a document, it could run nothing and load nothing.
        'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
      };
      if (c.req.header('if-none-match') === `"${id}"`) return c.body(null, 304, headers);
      return c.body(new Uint8Array(file.data), 200, {
        ...headers,
        'content-type': file.content_type,
        'content-disposition': contentDisposition(file.kind, file.content_type, file.filename),
      });
    },
  );

  return router;
}
