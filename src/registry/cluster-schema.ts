// Clusters and their regional hubs over HTTP: schemas, API objects, presenters.
import { z } from '@hono/zod-openapi';
import type { Selectable } from 'kysely';
import type { ClustersTable, LocalizedText } from '#src/db/types.ts';
import { localizedTextSchema } from '#src/registry/competence-schema.ts';

const clusterFields = {
  name: z.string().trim().min(1).max(300),
  shortName: z.string().trim().max(100).nullable(),
  description: localizedTextSchema,
  country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO country code such as DE or DK').nullable(),
  city: z.string().trim().max(200).nullable(),
  nutsCode: z.string().regex(/^[A-Z]{2}[0-9A-Z]{0,3}$/, 'must be a NUTS code such as DEF or DK01').nullable(),
  website: z.url({ protocol: /^https?$/ }).max(500).nullable(),
};

export const clusterCreateSchema = z
  .object({
    slug: z.string().regex(/^[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?$/, 'must be lowercase letters, digits and dashes'),
    parentId: z.uuid().nullable().optional().openapi({ description: 'the cluster a hub belongs to; absent for a cluster' }),
    ...z.object(clusterFields).partial().shape,
    name: clusterFields.name,
  })
  .strict()
  .openapi('ClusterCreate');

export const clusterUpdateSchema = z
  .object(clusterFields)
  .partial()
  .strict()
  .refine((body) => Object.keys(body).length > 0, 'give at least one field to change')
  .openapi('ClusterUpdate');

export const clusterIdParamSchema = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });
export const clusterRefParamSchema = z.object({
  ref: z.string().min(1).max(100).openapi({ param: { name: 'ref', in: 'path' }, description: 'the cluster’s id or slug' }),
});

const clusterShape = {
  id: z.string(),
  slug: z.string(),
  parentId: z.string().nullable(),
  name: z.string(),
  shortName: z.string().nullable(),
  description: localizedTextSchema,
  country: z.string().nullable(),
  city: z.string().nullable(),
  nutsCode: z.string().nullable(),
  website: z.string().nullable(),
  memberCount: z.number().int().openapi({ description: 'active members the caller may see' }),
};

export const hubOutSchema = z.object(clusterShape).openapi('Hub');
export const clusterOutSchema = z.object({ ...clusterShape, hubs: z.array(hubOutSchema) }).openapi('Cluster');
export const clusterListOutSchema = z.object({ items: z.array(clusterOutSchema) }).openapi('ClusterList');

export type ClusterCreate = z.infer<typeof clusterCreateSchema>;
export type ClusterUpdate = z.infer<typeof clusterUpdateSchema>;
export type ClusterRow = Selectable<ClustersTable>;
type HubOut = z.infer<typeof hubOutSchema>;

/** Turns a cluster or hub row into the API object (without hubs). */
export function presentHub(row: ClusterRow, memberCount: number): HubOut {
  return {
    id: row.id,
    slug: row.slug,
    parentId: row.parent_id,
    name: row.name,
    shortName: row.short_name,
    description: row.description as LocalizedText,
    country: row.country?.trim() ?? null,
    city: row.city,
    nutsCode: row.nuts_code,
    website: row.website,
    memberCount,
  };
}

/** A cluster with its hubs, given all rows and the member counts by id. */
export function presentCluster(row: ClusterRow, all: ClusterRow[], counts: Map<string, number>): z.infer<typeof clusterOutSchema> {
  const hubs = all.filter((h) => h.parent_id === row.id).map((h) => presentHub(h, counts.get(h.id) ?? 0));
  return { ...presentHub(row, counts.get(row.id) ?? 0), hubs };
}

/** The columns of a cluster row from the API fields given. */
export function clusterColumns(input: ClusterUpdate) {
  return {
    ...(input.name === undefined ? {} : { name: input.name }),
    ...(input.shortName === undefined ? {} : { short_name: input.shortName }),
    ...(input.description === undefined ? {} : { description: JSON.stringify(input.description) }),
    ...(input.country === undefined ? {} : { country: input.country }),
    ...(input.city === undefined ? {} : { city: input.city }),
    ...(input.nutsCode === undefined ? {} : { nuts_code: input.nutsCode }),
    ...(input.website === undefined ? {} : { website: input.website }),
  };
}
