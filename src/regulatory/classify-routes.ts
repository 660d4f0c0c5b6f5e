// HTTP route of the MDR/IVDR classification (tag `regulatory`): public, pure, no database.
import { createRoute } from '@hono/zod-openapi';
import { createRouter } from '#src/http/env.ts';
import { classifyDevice } from '#src/regulatory/classify.ts';
import { classificationOutSchema, deviceProfileBodySchema } from '#src/regulatory/classify-schema.ts';
import { parseDeviceProfile } from '#src/regulatory/device-profile.ts';

/** The /regulatory/classify route: open to everyone, as the CLI's `klynge classify` with the citations. */
export function createClassifyRoutes() {
  const router = createRouter();
  router.openapi(
    createRoute({
      method: 'post',
      path: '/regulatory/classify',
      tags: ['regulatory'],
      summary: 'Classify a device profile under MDR or IVDR Annex VIII: class, every applying rule with its sentence, route',
      request: { body: { content: { 'application/json': { schema: deviceProfileBodySchema } }, required: true } },
      responses: { 200: { content: { 'application/json': { schema: classificationOutSchema } }, description: 'the classification' } },
    }),
    (c) => c.json(classifyDevice(parseDeviceProfile(c.req.valid('json'))), 200),
  );
  return router;
}
