// HTTP route of the EMDN suggestions (tag `regulatory`): public, like the EMDN tree itself.
import { createRoute, z } from '@hono/zod-openapi';
import { createRouter } from '#src/http/env.ts';
import { suggestEmdn } from '#src/regulatory/emdn-suggest-service.ts';

const querySchema = z.object({
  text: z.string().trim().min(1).max(5_000).openapi({ description: 'the device name and description, in English, German or Danish' }),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});

const nodeSchema = z.object({ id: z.string(), code: z.string(), term: z.string() });

const suggestionsSchema = z
  .object({
    language: z.enum(['en', 'de', 'da']).openapi({ description: 'the language the text was read as' }),
    reading: z.string().openapi({ description: 'the English words the codes were matched with' }),
    items: z.array(
      nodeSchema.extend({
        terminal: z.boolean().openapi({ description: 'a code without narrower codes (what a device is registered with)' }),
        score: z.number().openapi({ description: '0-1, how much of the text the term covers' }),
        path: z.array(nodeSchema).openapi({ description: 'the ancestors, category first' }),
      }),
    ),
  })
  .openapi('EmdnSuggestions');

/** The /regulatory/emdn/suggest route. */
export function createEmdnSuggestRoutes() {
  const router = createRouter();
  router.openapi(
    createRoute({
      method: 'get', path: '/regulatory/emdn/suggest', tags: ['regulatory'],
      summary: 'EMDN codes ranked for a device name and description (browse the tree with /competences?scheme=emdn&parent=...)',
      request: { query: querySchema },
      responses: { 200: { content: { 'application/json': { schema: suggestionsSchema } }, description: 'suggested codes, best first' } },
    }),
    async (c) => c.json(await suggestEmdn(c.var.ctx, c.req.valid('query')), 200),
  );
  return router;
}
