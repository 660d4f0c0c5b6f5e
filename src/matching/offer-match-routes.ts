// HTTP routes of offer matching (tag `offers`): the stored matches of an offer or request.
import { createRoute } from '@hono/zod-openapi';
import { createRouter } from '#src/http/env.ts';
import { offerMatchesOutSchema } from '#src/matching/offer-match-schema.ts';
import { listOfferMatches } from '#src/matching/offer-match-service.ts';
import { offerIdParamSchema } from '#src/registry/offer-schema.ts';

/** The /offers/{id}/matches route. */
export function createOfferMatchRoutes() {
  const router = createRouter();
  router.openapi(
    createRoute({
      method: 'get', path: '/offers/{id}/matches', tags: ['offers'],
      summary: 'Partner organisations and counterpart offers or requests found for an offer or request (its readers)',
      request: { params: offerIdParamSchema },
      responses: {
        200: { content: { 'application/json': { schema: offerMatchesOutSchema } }, description: 'the matches, best first' },
        404: { description: 'no such offer, or not one you may read' },
      },
    }),
    async (c) => c.json(await listOfferMatches(c.var.ctx, c.req.valid('param').id), 200),
  );
  return router;
}
