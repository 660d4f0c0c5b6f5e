// HTTP routes of partner matching (tag `matching`): partner search, similar organisations, likely partners.
import { createRoute } from '@hono/zod-openapi';
import { createRouter } from '#src/http/env.ts';
import { matchListOut, matchListQuery, partnerSearchBody, partnerSearchOut } from '#src/matching/match-schema.ts';
import { findPartners, likelyPartners, similarOrganizations } from '#src/matching/match-service.ts';
import { organizationIdParam } from '#src/registry/organization-schema.ts';

const tags = ['matching'];
const json = <T>(schema: T, description: string) => ({ content: { 'application/json': { schema } }, description });

/** The /match/partners, /organizations/{id}/similar and /organizations/{id}/likely-partners routes. */
export function createMatchRoutes() {
  const router = createRouter();

  router.openapi(
    createRoute({
      method: 'post', path: '/match/partners', tags,
      summary: 'Find partners for an idea, a need or a call topic: organisations ranked best first, with their reasons',
      description: 'Visitors search the public organisations, signed-in users the members-only ones too. ' +
        'An unknown requester or blank text is invalid input (422 naming the field).',
      request: { body: { content: { 'application/json': { schema: partnerSearchBody } }, required: true } },
      responses: { 200: json(partnerSearchOut, 'the ranked partners, the requester and the links among them') },
    }),
    async (c) => c.json(await findPartners(c.var.ctx, c.req.valid('json')), 200),
  );

  router.openapi(
    createRoute({
      method: 'get', path: '/organizations/{id}/similar', tags,
      summary: 'Organisations whose work resembles this one’s (profile and projects)',
      request: { params: organizationIdParam, query: matchListQuery },
      responses: { 200: json(matchListOut, 'similar organisations, most similar first') },
    }),
    async (c) => c.json({ items: await similarOrganizations(c.var.ctx, c.req.valid('param').id, c.req.valid('query').k) }, 200),
  );

  router.openapi(
    createRoute({
      method: 'get', path: '/organizations/{id}/likely-partners', tags,
      summary: 'New partners this organisation would likely work with: its topics and its partners’ partners, not its partners',
      request: { params: organizationIdParam, query: matchListQuery },
      responses: { 200: json(matchListOut, 'likely partners, best first') },
    }),
    async (c) => c.json({ items: await likelyPartners(c.var.ctx, c.req.valid('param').id, c.req.valid('query').k) }, 200),
  );

  return router;
}
