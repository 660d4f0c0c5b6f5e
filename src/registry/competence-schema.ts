// The competence taxonomy over HTTP: query schemas, API objects and presenters.
import { z } from '@hono/zod-openapi';
import type { CompetencesTable, LocalizedText } from '#src/db/types.ts';
import type { Selectable } from 'kysely';

/** Text in German, English and Danish; any may be missing. */
export const localizedTextSchema = z
  .object({ de: z.string().max(20_000).optional(), en: z.string().max(20_000).optional(), da: z.string().max(20_000).optional() })
  .strict()
  .openapi('LocalizedText');

/** The visibility levels of registry entities. */
export const visibilitySchema = z.enum(['public', 'members', 'private']);

/**
 * A timestamp column as ISO text. Kysely types `Generated<Timestamp>` columns as the nested ColumnType,
 * while the drivers return a Date (or text), hence the `unknown`.
 */
export function isoTime(value: unknown): string {
  return new Date(value as Date | string).toISOString();
}

export const competenceSchemeSchema = z.enum(['euroscivoc', 'sector', 'emdn']);

/** A competence id as used in the taxonomy: `sector:biotech`, `esv:/23/51/359`, `emdn:Z1201`. */
export const competenceIdSchema = z
  .string()
  .min(3)
  .max(200)
  .regex(/^(sector|esv|emdn):\S+$/, 'must be a competence id such as sector:biotech, esv:/23/51 or emdn:Z12');

export const competenceListQuerySchema = z.object({
  scheme: competenceSchemeSchema.optional(),
  parent: competenceIdSchema.optional().openapi({ description: 'list the children of this competence' }),
  q: z.string().trim().min(1).max(200).optional().openapi({ description: 'search labels and codes' }),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const competenceIdParamSchema = z.object({
  id: competenceIdSchema.openapi({ param: { name: 'id', in: 'path' }, description: 'URL-encoded, e.g. esv%3A%2F23%2F51 for esv:/23/51' }),
});

export const competenceOutSchema = z
  .object({
    id: z.string(),
    scheme: competenceSchemeSchema,
    code: z.string(),
    parentId: z.string().nullable(),
    depth: z.number().int(),
    label: localizedTextSchema,
    organizationCount: z.number().int().openapi({ description: 'visible organisations having it or a descendant' }),
    hasChildren: z.boolean().openapi({ description: 'whether the node has children (a leaf has none to open)' }),
  })
  .openapi('Competence');

export const competenceListOutSchema = z.object({ items: z.array(competenceOutSchema) }).openapi('CompetenceList');

export const competenceDetailOutSchema = competenceOutSchema
  .extend({ ancestors: z.array(competenceOutSchema), children: z.array(competenceOutSchema) })
  .openapi('CompetenceDetail');

export const competenceRegionsOutSchema = z
  .object({
    competenceId: z.string(),
    total: z.number().int(),
    countries: z.array(z.object({ country: z.string(), organizations: z.number().int() })),
    regions: z.array(z.object({ nuts2: z.string(), country: z.string(), organizations: z.number().int() })),
  })
  .openapi('CompetenceRegions');

export type CompetenceRow = Selectable<CompetencesTable>;
/** A competence row with whether any node names it as parent. */
export type CompetenceListRow = CompetenceRow & { has_children: boolean };
export type CompetenceOut = z.infer<typeof competenceOutSchema>;

/** Turns a competence row and its organisation count into the API object. */
export function presentCompetence(row: CompetenceListRow, organizationCount: number): CompetenceOut {
  return {
    id: row.id,
    scheme: row.scheme,
    code: row.code,
    parentId: row.parent_id,
    depth: row.depth,
    label: row.label as LocalizedText,
    organizationCount,
    hasChildren: row.has_children,
  };
}
