// HTTP routes of products, their checklist and the documentation plan exports (tag `regulatory`).
import { createRoute, z } from '@hono/zod-openapi';
import { createRouter } from '#src/http/env.ts';
import { checklistItemOutSchema, checklistParamSchema, checklistUpdateSchema } from '#src/regulatory/checklist-schema.ts';
import { setChecklistItem } from '#src/regulatory/checklist-service.ts';
import { exportPlan } from '#src/regulatory/product-export.ts';
import {
  organizationIdParamSchema,
  productCreateSchema,
  productDetailOutSchema,
  productIdParamSchema,
  productListOutSchema,
  productUpdateSchema,
} from '#src/regulatory/product-schema.ts';
import { createProduct, deleteProduct, getProduct, listOrganizationProducts, updateProduct } from '#src/regulatory/product-service.ts';

const tags = ['regulatory'];
const json = <T>(schema: T, description: string) => ({ content: { 'application/json': { schema } }, description });
const detail = json(productDetailOutSchema, 'the product with its classification, conformity route and documentation checklist');
const params = productIdParamSchema;

/** The product routes under /organizations/{id}/products and /products/{id}. */
export function createProductRoutes() {
  const router = createRouter();

  router.openapi(
    createRoute({
      method: 'get', path: '/organizations/{id}/products', tags, summary: 'List the products of an organisation (as their visibility allows)',
      request: { params: organizationIdParamSchema }, responses: { 200: json(productListOutSchema, 'the products, by name') },
    }),
    async (c) => c.json(await listOrganizationProducts(c.var.ctx, c.req.valid('param').id), 200),
  );

  router.openapi(
    createRoute({
      method: 'post', path: '/organizations/{id}/products', tags, summary: 'Add a product with its device profile (the organisation’s editors)',
      request: { params: organizationIdParamSchema, body: { content: { 'application/json': { schema: productCreateSchema } }, required: true } },
      responses: { 201: detail },
    }),
    async (c) => c.json(await createProduct(c.var.ctx, c.req.valid('param').id, c.req.valid('json')), 201),
  );

  router.openapi(
    createRoute({ method: 'get', path: '/products/{id}', tags, summary: 'Get a product with its classification, route and checklist', request: { params }, responses: { 200: detail } }),
    async (c) => c.json(await getProduct(c.var.ctx, c.req.valid('param').id), 200),
  );

  router.openapi(
    createRoute({
      method: 'patch', path: '/products/{id}', tags, summary: 'Change a product; a new profile is classified again (the organisation’s editors)',
      request: { params, body: { content: { 'application/json': { schema: productUpdateSchema } }, required: true } },
      responses: { 200: detail },
    }),
    async (c) => c.json(await updateProduct(c.var.ctx, c.req.valid('param').id, c.req.valid('json')), 200),
  );

  router.openapi(
    createRoute({ method: 'delete', path: '/products/{id}', tags, summary: 'Remove a product with its checklist', request: { params }, responses: { 204: { description: 'removed' } } }),
    async (c) => {
      await deleteProduct(c.var.ctx, c.req.valid('param').id);
      return c.body(null, 204);
    },
  );

  router.openapi(
    createRoute({
      method: 'put', path: '/products/{id}/checklist/{itemId}', tags, summary: 'Set the status, evidence links and note of a documentation plan item',
      request: { params: checklistParamSchema, body: { content: { 'application/json': { schema: checklistUpdateSchema } }, required: true } },
      responses: { 200: json(checklistItemOutSchema, 'the item as saved') },
    }),
    async (c) => {
      const { id, itemId } = c.req.valid('param');
      return c.json(await setChecklistItem(c.var.ctx, id, itemId, c.req.valid('json')), 200);
    },
  );

  router.openapi(
    createRoute({
      method: 'get', path: '/products/{id}/documentation-plan.md', tags, summary: 'The documentation plan with the checklist as Markdown',
      request: { params }, responses: { 200: { content: { 'text/markdown': { schema: z.string() } }, description: 'Markdown' } },
    }),
    async (c) => {
      const { body, filename } = await exportPlan(c.var.ctx, c.req.valid('param').id, 'md');
      return c.body(body, 200, { 'content-type': 'text/markdown; charset=utf-8', 'content-disposition': `inline; filename="${filename}"` });
    },
  );

  router.openapi(
    createRoute({
      method: 'get', path: '/products/{id}/documentation-plan.pdf', tags, summary: 'The documentation plan with the checklist as PDF',
      request: { params }, responses: { 200: { content: { 'application/pdf': { schema: z.string().openapi({ format: 'binary' }) } }, description: 'PDF' } },
    }),
    async (c) => {
      const { body, filename } = await exportPlan(c.var.ctx, c.req.valid('param').id, 'pdf');
      return c.body(body, 200, { 'content-type': 'application/pdf', 'content-disposition': `attachment; filename="${filename}"` });
    },
  );

  return router;
}
