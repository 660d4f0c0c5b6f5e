// The registry totals over HTTP.
import { z } from '@hono/zod-openapi';

const count = (description: string) => z.number().int().min(0).openapi({ description });

export const statsOutSchema = z
  .object({
    organizations: count('organisations'),
    projects: count('research projects'),
    participations: count('organisations taking part in projects (one per organisation, project and role)'),
    clusters: count('clusters and hubs'),
    people: count('contacts listed with their consent'),
    facilities: count('facilities and resources'),
    offers: count('offers and requests'),
    competences: count('nodes of the competence taxonomy'),
  })
  .openapi('Stats');
