// The /api/v1 application: every capability's routes, the OpenAPI document and its reference page.
import { createRouter } from '#src/http/env.ts';
import { renderApiReference } from '#src/http/reference.ts';

export const API_INFO = {
  openapi: '3.1.0',
  info: {
    title: 'klynge API',
    version: '1',
    description:
      'The registry, atlas, matching, regulatory, events and cluster-management API of klynge. ' +
      'Authenticate with a session cookie (web) or `Authorization: Bearer <token>` (programs).',
  },
  servers: [{ url: '/api/v1' }],
};

/** Builds the API sub-app mounted at /api/v1. */
export function createApi() {
  const api = createRouter();
  // Capability routers are mounted here, one line each.

  api.doc31('/openapi.json', API_INFO);
  api.get('/docs', (c) => c.html(renderApiReference(api.getOpenAPI31Document(API_INFO))));
  return api;
}
