// The checklist of a product's documentation plan over HTTP: the status of one item with its evidence links.
import { z } from '@hono/zod-openapi';
import { checklistEntryOutSchema } from '#src/regulatory/product-schema.ts';

const checklistStatusSchema = z.enum(['open', 'in-progress', 'done', 'not-applicable']);

const evidenceLinkSchema = z
  .object({
    url: z.url({ protocol: /^https?$/ }).max(2_000).openapi({ description: 'an http(s) link to the evidence (an intranet address is fine: it is shown, never fetched)' }),
    label: z.string().trim().min(1).max(200).optional(),
  })
  .strict();

export const checklistUpdateSchema = z
  .object({
    status: checklistStatusSchema,
    evidence: z.array(evidenceLinkSchema).max(20).default([]),
    note: z.string().trim().max(5_000).default(''),
  })
  .strict()
  .openapi('ChecklistUpdate');

export const checklistParamSchema = z.object({
  id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }),
  itemId: z.string().regex(/^[a-z0-9][a-z0-9.-]{0,99}$/, 'must be a plan item id such as gspr-17.2').openapi({ param: { name: 'itemId', in: 'path' } }),
});

export const checklistItemOutSchema = checklistEntryOutSchema
  .extend({
    id: z.string(),
    inPlan: z.boolean().openapi({ description: 'false for an item the plan no longer holds since the profile changed' }),
    applies: z.boolean().openapi({ description: 'whether the plan says the item applies (false when no longer in the plan)' }),
  })
  .openapi('ChecklistItem');

export type ChecklistUpdate = z.infer<typeof checklistUpdateSchema>;
