// Memberships of organisations in clusters and hubs over HTTP: schemas, API object, presenter.
import { z } from '@hono/zod-openapi';
import { isoTime } from '#src/registry/competence-schema.ts';

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
  .object({
    organizationId: z.uuid(),
    type: membershipTypeSchema.default('full'),
    message: z.string().trim().max(4000).default('').openapi({ description: 'why the organisation wants to join (for the managers)' }),
  })
  .strict()
  .openapi('MembershipApplication');

export const approveSchema = z
  .object({
    startDate: z.iso.date().optional().openapi({ description: 'the first day of the membership (default: today)' }),
    type: membershipTypeSchema.optional().openapi({ description: 'the type granted (default: the one applied for)' }),
    note: z.string().trim().max(4000).default(''),
  })
  .strict()
  .openapi('MembershipApproval');

export const rejectSchema = z.object({ reason: z.string().trim().min(1).max(4000) }).strict().openapi('MembershipRejection');

export const endSchema = z
  .object({ endDate: z.iso.date().openapi({ description: 'the last day of the membership' }), note: z.string().trim().max(4000).default('') })
  .strict()
  .openapi('MembershipEnd');

const booleanFlag = z.enum(['true', 'false']).default('false').transform((v) => v === 'true');

export const memberListQuerySchema = z
  .object({
    status: membershipStatusSchema.optional().openapi({ description: 'managers only; others see active members' }),
    type: membershipTypeSchema.optional(),
    q: z.string().trim().min(1).max(200).optional().openapi({ description: 'part of the organisation’s name' }),
    includeHubs: booleanFlag.openapi({ description: 'a cluster’s list with the members of its hubs (each names its hub)' }),
    joinedFrom: z.iso.date().optional().openapi({ description: 'new members: start date on or after this day' }),
    joinedTo: z.iso.date().optional().openapi({ description: 'new members: start date on or before this day' }),
  })
  .refine((q) => !q.joinedFrom || !q.joinedTo || q.joinedFrom <= q.joinedTo, { message: 'must not be before joinedFrom', path: ['joinedTo'] });

export const applicationListQuerySchema = z.object({
  status: z.enum(['applied', 'rejected', 'all']).default('applied'),
});

export const membershipParamSchema = z.object({
  id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }),
  organizationId: z.uuid().openapi({ param: { name: 'organizationId', in: 'path' } }),
});

export const membershipOutSchema = z
  .object({
    clusterId: z.string(),
    clusterSlug: z.string(),
    clusterName: z.string(),
    organizationId: z.string(),
    organizationName: z.string(),
    country: z.string().nullable(),
    city: z.string().nullable(),
    type: membershipTypeSchema,
    status: membershipStatusSchema,
    startDate: z.string().nullable(),
    endDate: z.string().nullable(),
    message: z.string().nullable().openapi({ description: 'the application’s message (managers and the applicant only)' }),
    decisionNote: z.string().nullable().openapi({ description: 'the managers’ note or reason (managers and the applicant only)' }),
    appliedAt: z.string().nullable(),
    decidedAt: z.string().nullable(),
  })
  .openapi('Membership');

export const memberListOutSchema = z.object({ items: z.array(membershipOutSchema) }).openapi('MemberList');

export type MembershipPut = z.infer<typeof membershipPutSchema>;
export type MemberListQuery = z.infer<typeof memberListQuerySchema>;
export type Approval = z.infer<typeof approveSchema>;
export type MembershipRow = {
  cluster_id: string;
  cluster_slug: string;
  cluster_name: string;
  organization_id: string;
  organization_name: string;
  country: string | null;
  city: string | null;
  type: z.infer<typeof membershipTypeSchema>;
  status: z.infer<typeof membershipStatusSchema>;
  start_date: string | null;
  end_date: string | null;
  message: string | null;
  decision_note: string | null;
  applied_at: Date | null;
  decided_at: Date | null;
};

/** Turns a membership row into the API object; the application's words only with `detail` (managers, applicant). */
export function presentMembership(row: MembershipRow, detail = false): z.infer<typeof membershipOutSchema> {
  return {
    clusterId: row.cluster_id,
    clusterSlug: row.cluster_slug,
    clusterName: row.cluster_name,
    organizationId: row.organization_id,
    organizationName: row.organization_name,
    country: row.country?.trim() ?? null,
    city: row.city,
    type: row.type,
    status: row.status,
    startDate: row.start_date,
    endDate: row.end_date,
    message: detail ? row.message : null,
    decisionNote: detail ? row.decision_note : null,
    appliedAt: detail && row.applied_at ? isoTime(row.applied_at) : null,
    decidedAt: detail && row.decided_at ? isoTime(row.decided_at) : null,
  };
}
