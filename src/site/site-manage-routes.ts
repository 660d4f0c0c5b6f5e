// HTTP routes for running a cluster site (tag `site`): its managers' pages, order, preview, files and contacts.
import { createRoute, type z } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { invalid } from '#src/errors.ts';
import { createRouter } from '#src/http/env.ts';
import {
  assetListOutSchema,
  assetOutSchema,
  assetParamSchema,
  assetUpdateSchema,
  assetUploadSchema,
  candidateListOutSchema,
  clusterRefParamSchema,
  contactListOutSchema,
  contactsPutSchema,
  pageCreateSchema,
  pageListOutSchema,
  pageOrderSchema,
  pageOutSchema,
  pageParamSchema,
  pageUpdateSchema,
  previewOutSchema,
  previewSchema,
} from '#src/site/site-schema.ts';
import {
  createPage,
  deleteAsset,
  deletePage,
  getManagedPage,
  listContactCandidates,
  listManagedAssets,
  listManagedContacts,
  listManagedPages,
  orderPages,
  previewMarkdown,
  putContacts,
  updateAsset,
  updatePage,
  uploadAsset,
} from '#src/site/site-manage-service.ts';

const tags = ['site'];
const jsonOut = <T extends z.ZodType>(schema: T, description: string) => ({ content: { 'application/json': { schema } }, description });
const jsonIn = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } }, required: true });
const params = clusterRefParamSchema;
const removed = { 204: { description: 'removed' } };

/** A 5 MB file is about 6.7 MB as base64: larger bodies are refused before they are read into memory. */
const UPLOAD_BODY_LIMIT = 7_200_000;

/** The /clusters/{ref}/site routes (managers of the cluster or hub, and admins). */
export function createSiteManageRoutes() {
  const router = createRouter();

  router.use('/clusters/:ref/site/assets', bodyLimit({
    maxSize: UPLOAD_BODY_LIMIT,
    onError: () => {
      throw invalid('data: the file is larger than 5 MB', [{ field: 'data', message: 'the file is larger than 5 MB' }]);
    },
  }));

  router.openapi(
    createRoute({ method: 'get', path: '/clusters/{ref}/site/pages', tags, summary: 'Every page of the site, drafts too', request: { params }, responses: { 200: jsonOut(pageListOutSchema, 'the pages in site order') } }),
    async (c) => c.json(await listManagedPages(c.var.ctx, c.req.valid('param').ref), 200),
  );

  router.openapi(
    createRoute({ method: 'post', path: '/clusters/{ref}/site/pages', tags, summary: 'Create a page (Markdown per language; a draft unless published)', request: { params, body: jsonIn(pageCreateSchema) }, responses: { 201: jsonOut(pageOutSchema, 'the page') } }),
    async (c) => c.json(await createPage(c.var.ctx, c.req.valid('param').ref, c.req.valid('json')), 201),
  );

  router.openapi(
    createRoute({ method: 'put', path: '/clusters/{ref}/site/pages/order', tags, summary: 'Order the pages (every page once)', request: { params, body: jsonIn(pageOrderSchema) }, responses: { 200: jsonOut(pageListOutSchema, 'the pages in their new order') } }),
    async (c) => c.json(await orderPages(c.var.ctx, c.req.valid('param').ref, c.req.valid('json').slugs), 200),
  );

  router.openapi(
    createRoute({ method: 'get', path: '/clusters/{ref}/site/pages/{page}', tags, summary: 'A page in every language, draft or not', request: { params: pageParamSchema }, responses: { 200: jsonOut(pageOutSchema, 'the page') } }),
    async (c) => {
      const { ref, page } = c.req.valid('param');
      return c.json(await getManagedPage(c.var.ctx, ref, page), 200);
    },
  );

  router.openapi(
    createRoute({ method: 'patch', path: '/clusters/{ref}/site/pages/{page}', tags, summary: 'Change a page, publish or unpublish it', request: { params: pageParamSchema, body: jsonIn(pageUpdateSchema) }, responses: { 200: jsonOut(pageOutSchema, 'the page') } }),
    async (c) => {
      const { ref, page } = c.req.valid('param');
      return c.json(await updatePage(c.var.ctx, ref, page, c.req.valid('json')), 200);
    },
  );

  router.openapi(
    createRoute({ method: 'delete', path: '/clusters/{ref}/site/pages/{page}', tags, summary: 'Delete a page', request: { params: pageParamSchema }, responses: removed }),
    async (c) => {
      const { ref, page } = c.req.valid('param');
      await deletePage(c.var.ctx, ref, page);
      return c.body(null, 204);
    },
  );

  router.openapi(
    createRoute({ method: 'post', path: '/clusters/{ref}/site/preview', tags, summary: 'Render Markdown as the public site will (live preview)', request: { params, body: jsonIn(previewSchema) }, responses: { 200: jsonOut(previewOutSchema, 'safe HTML') } }),
    async (c) => c.json(await previewMarkdown(c.var.ctx, c.req.valid('param').ref, c.req.valid('json').markdown), 200),
  );

  router.openapi(
    createRoute({ method: 'get', path: '/clusters/{ref}/site/assets', tags, summary: 'The site’s images and files', request: { params }, responses: { 200: jsonOut(assetListOutSchema, 'the assets, newest first') } }),
    async (c) => c.json(await listManagedAssets(c.var.ctx, c.req.valid('param').ref), 200),
  );

  router.openapi(
    createRoute({
      method: 'post', path: '/clusters/{ref}/site/assets', tags,
      summary: 'Upload an image (PNG, JPEG, WebP, GIF; no SVG) or a file (also PDF, office, text) as base64, at most 5 MB',
      request: { params, body: jsonIn(assetUploadSchema) },
      responses: { 201: jsonOut(assetOutSchema, 'the stored asset') },
    }),
    async (c) => c.json(await uploadAsset(c.var.ctx, c.req.valid('param').ref, c.req.valid('json')), 201),
  );

  router.openapi(
    createRoute({ method: 'patch', path: '/clusters/{ref}/site/assets/{id}', tags, summary: 'Change an asset’s title or listing', request: { params: assetParamSchema, body: jsonIn(assetUpdateSchema) }, responses: { 200: jsonOut(assetOutSchema, 'the asset') } }),
    async (c) => {
      const { ref, id } = c.req.valid('param');
      return c.json(await updateAsset(c.var.ctx, ref, id, c.req.valid('json')), 200);
    },
  );

  router.openapi(
    createRoute({ method: 'delete', path: '/clusters/{ref}/site/assets/{id}', tags, summary: 'Delete an asset', request: { params: assetParamSchema }, responses: removed }),
    async (c) => {
      const { ref, id } = c.req.valid('param');
      await deleteAsset(c.var.ctx, ref, id);
      return c.body(null, 204);
    },
  );

  router.openapi(
    createRoute({ method: 'get', path: '/clusters/{ref}/site/contacts', tags, summary: 'The site’s contacts with roles, with each person’s consent', request: { params }, responses: { 200: jsonOut(contactListOutSchema, 'the contacts') } }),
    async (c) => c.json(await listManagedContacts(c.var.ctx, c.req.valid('param').ref), 200),
  );

  router.openapi(
    createRoute({ method: 'put', path: '/clusters/{ref}/site/contacts', tags, summary: 'Replace the contacts (in order) with their roles per language', request: { params, body: jsonIn(contactsPutSchema) }, responses: { 200: jsonOut(contactListOutSchema, 'the contacts') } }),
    async (c) => c.json(await putContacts(c.var.ctx, c.req.valid('param').ref, c.req.valid('json')), 200),
  );

  router.openapi(
    createRoute({ method: 'get', path: '/clusters/{ref}/site/contact-candidates', tags, summary: 'People of member organisations who may be named as contacts', request: { params }, responses: { 200: jsonOut(candidateListOutSchema, 'the people') } }),
    async (c) => c.json(await listContactCandidates(c.var.ctx, c.req.valid('param').ref), 200),
  );

  return router;
}
