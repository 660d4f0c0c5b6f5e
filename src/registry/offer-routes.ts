// HTTP routes of offers and requests (tag `offers`).
import { createRoute } from '@hono/zod-openapi';
import { createRouter } from '#src/http/env.ts';
import {
  offerCreateSchema,
  offerIdParamSchema,
  offerListOutSchema,
  offerListQuerySchema,
  offerOutSchema,
  offerUpdateSchema,
} from '#src/registry/offer-schema.ts';
import { createOffer, deleteOffer, getOffer, listOffers, updateOffer } from '#src/registry/offer-service.ts';

const tags = ['offers'];
const offer = { content: { 'application/json': { schema: offerOutSchema } }, description: 'the offer or request' };
const params = offerIdParamSchema;

/** The /offers routes. */
export function createOfferRoutes() {
  const router = createRouter();

  router.openapi(
    createRoute({
      method: 'get', path: '/offers', tags, summary: 'List offers and requests (by direction, kind, organisation, competence; current ones unless includeExpired)',
      request: { query: offerListQuerySchema },
      responses: { 200: { content: { 'application/json': { schema: offerListOutSchema } }, description: 'a page of offers and requests' } },
    }),
    async (c) => c.json(await listOffers(c.var.ctx, c.req.valid('query')), 200),
  );

  router.openapi(
    createRoute({ method: 'get', path: '/offers/{id}', tags, summary: 'Get an offer or request', request: { params }, responses: { 200: offer } }),
    async (c) => c.json(await getOffer(c.var.ctx, c.req.valid('param').id), 200),
  );

  router.openapi(
    createRoute({
      method: 'post', path: '/offers', tags, summary: 'Publish an offer or request of an organisation (its editors)',
      request: { body: { content: { 'application/json': { schema: offerCreateSchema } }, required: true } },
      responses: { 201: offer },
    }),
    async (c) => c.json(await createOffer(c.var.ctx, c.req.valid('json')), 201),
  );

  router.openapi(
    createRoute({
      method: 'patch', path: '/offers/{id}', tags, summary: 'Change an offer or request (the organisation’s editors)',
      request: { params, body: { content: { 'application/json': { schema: offerUpdateSchema } }, required: true } },
      responses: { 200: offer },
    }),
    async (c) => c.json(await updateOffer(c.var.ctx, c.req.valid('param').id, c.req.valid('json')), 200),
  );

  router.openapi(
    createRoute({ method: 'delete', path: '/offers/{id}', tags, summary: 'Withdraw an offer or request', request: { params }, responses: { 204: { description: 'removed' } } }),
    async (c) => {
      await deleteOffer(c.var.ctx, c.req.valid('param').id);
      return c.body(null, 204);
    },
  );

  return router;
}
