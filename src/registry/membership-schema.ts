// Memberships of organisations in clusters and hubs over HTTP: schemas, API object, presenter.
import { z } from '@hono/zod-openapi';

export const membershipTypeSchema = z.enum(['full', 'associate', 'partner']);
export const membershipStatusSchema = z.enum(['applied', 'active', 'ended', 'rejected']);

const datesInOrder = (m: { startDate?: string | null | undefined; endDate?: string | null | undefined }) =>
  !m.startDate || !m.endDate || m.startDate <= m.endDate;

export const membershipPutSchema = z
  .object({
    type: membershipTypeSchema.optional(),
    status: membershipStatusSchema.optional(),
    startDate: z.iso.date().nullable().optional(),
    endDate: z.iso.date().nullable().optional(),
  })
  .strict()
  .refine(datesInOrder, { message: 'must not be before startDate', path: ['endDate'] })
  .openapi('MembershipPut');

export const applicationSchema = z
  .object({ organizationId: z.uuid(), type: membershipTypeSchema.default('full') })
  .strict()
  .openapi('MembershipApplication');

export const memberListQuerySchema = z.object({
  status: membershipStatusSchema.optional().openapi({ description: 'managers only; others see active members' }),
});

export const membershipParamSchema = z.object({
  id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }),
  organizationId: z.uuid().openapi({ param: { name: 'organizationId', in: 'path' } }),
});

export const membershipOutSchema = z
  .object({
    clusterId: z.string(),
    organizationId: z.string(),
    organizationName: z.string(),
    country: z.string().nullable(),
    city: z.string().nullable(),
    type: membershipTypeSchema,
    status: membershipStatusSchema,
    startDate: z.string().nullable(),
    endDate: z.string().nullable(),
  })
  .openapi('Membership');

export const memberListOutSchema = z.object({ items: z.array(membershipOutSchema) }).openapi('MemberList');

export type MembershipPut = z.infer<typeof membershipPutSchema>;
export type MembershipRow = {
  cluster_id: string;
  organization_id: string;
  organization_name: string;
  country: string | null;
  city: string | null;
  type: z.infer<typeof membershipTypeSchema>;
  status: z.infer<typeof membershipStatusSchema>;
  start_date: string | null;
  end_date: string | null;
};

/** Turns a membership row into the API object. */
export function presentMembership(row: MembershipRow): z.infer<typeof membershipOutSchema> {
  return {
    clusterId: row.cluster_id,
    organizationId: row.organization_id,
    organizationName: row.organization_name,
    country: row.country?.trim() ?? null,
    city: row.city,
    type: row.type,
    status: row.status,
    startDate: row.start_date,
    endDate: row.end_date,
  };
}
