// The innovation pipeline over HTTP: request schemas for projects, stage moves, partners and funding, and the API objects.
import { z } from '@hono/zod-openapi';
import type { PipelineStage } from '#src/db/types-cluster.ts';
import { localizedTextSchema, visibilitySchema } from '#src/registry/competence-schema.ts';

/** The stages in the order a project moves through them, from the lab bench to the bedside. */
export const PIPELINE_STAGES: readonly PipelineStage[] = ['idea', 'concept', 'feasibility', 'preclinical', 'clinical_validation', 'regulatory_approval', 'market'];
export const stageSchema = z.enum(['idea', 'concept', 'feasibility', 'preclinical', 'clinical_validation', 'regulatory_approval', 'market'])
  .openapi({ description: 'idea, concept, feasibility (feasibility/prototype), preclinical, clinical_validation, regulatory_approval, market' });
export const partnerRoleSchema = z.enum(['lead', 'partner', 'research', 'clinical', 'sme', 'other']);
export const projectKindSchema = z.enum(['lead', 'member']).openapi({ description: 'a lead project of the cluster (managers) or a member project' });
export const originSchema = z.enum(['manual', 'match', 'event']).openapi({ description: 'manual; match: a consortium formed from a klynge match; event: a partnering event' });
const trlSchema = z.number({ error: 'must be an integer from 1 to 9' }).int('must be an integer from 1 to 9').min(1, 'must be from 1 to 9').max(9, 'must be from 1 to 9');
const dateSchema = z.iso.date();
const amountSchema = z.number().min(0, 'must not be negative').max(1e11);

const partnerInSchema = z.object({ organizationId: z.uuid(), role: partnerRoleSchema.exclude(['lead']).default('partner') }).strict();
export const partnersInputSchema = z.object({ partners: z.array(partnerInSchema).max(100) }).strict().openapi('PipelinePartnersInput');

const projectFields = {
  kind: projectKindSchema,
  title: z.string().trim().min(1).max(300),
  summary: z.string().trim().max(10_000),
  themeId: z.uuid().nullable().openapi({ description: 'a strategy theme (field of action or focus theme) of the cluster' }),
  leadOrganizationId: z.uuid().nullable().openapi({ description: 'members must give an organisation they edit' }),
  trl: trlSchema.nullable().openapi({ description: 'technology readiness level 1-9' }),
  productId: z.uuid().nullable().openapi({ description: 'a product of the regulatory navigator you may read (medical devices)' }),
  visibility: visibilitySchema.openapi({ description: 'public; members of the cluster; private (managers and the lead organisation’s editors)' }),
};

export const projectCreateSchema = z
  .object({
    ...projectFields,
    kind: projectKindSchema.default('member'),
    summary: projectFields.summary.default(''),
    themeId: projectFields.themeId.default(null),
    leadOrganizationId: projectFields.leadOrganizationId.default(null),
    trl: projectFields.trl.default(null),
    productId: projectFields.productId.default(null),
    visibility: visibilitySchema.default('members'),
    stage: stageSchema.default('idea'),
    origin: originSchema.default('manual'),
    partners: z.array(partnerInSchema).max(100).default([]),
  })
  .strict()
  .openapi('PipelineProjectCreate');

export const projectUpdateSchema = z
  .object(projectFields)
  .partial()
  .strict()
  .refine((body) => Object.keys(body).length > 0, 'give at least one field to change')
  .openapi('PipelineProjectUpdate');

export const stageMoveSchema = z
  .object({
    from: stageSchema.openapi({ description: 'the stage you saw the project in; a different current stage answers 409' }),
    to: stageSchema,
    note: z.string().trim().max(2000).default(''),
  })
  .strict()
  .openapi('PipelineStageMove');

const fundingFields = {
  callId: z.uuid().nullable().openapi({ description: 'a funding call of the cluster or a global one' }),
  organizationId: z.uuid().nullable().openapi({ description: 'the organisation that applied' }),
  instrument: z.string().trim().max(300),
  amountApplied: amountSchema.nullable(),
  amountWon: amountSchema.nullable(),
  status: z.enum(['applied', 'won', 'rejected']),
  appliedOn: dateSchema.nullable(),
  decidedOn: dateSchema.nullable(),
};
export const fundingCreateSchema = z
  .object({
    ...fundingFields,
    callId: fundingFields.callId.default(null),
    organizationId: fundingFields.organizationId.default(null),
    instrument: fundingFields.instrument.default(''),
    amountApplied: fundingFields.amountApplied.default(null),
    amountWon: fundingFields.amountWon.default(null),
    status: fundingFields.status.default('applied'),
    appliedOn: fundingFields.appliedOn.default(null),
    decidedOn: fundingFields.decidedOn.default(null),
  })
  .strict()
  .openapi('PipelineFundingCreate');
export const fundingUpdateSchema = z
  .object(fundingFields)
  .partial()
  .strict()
  .refine((body) => Object.keys(body).length > 0, 'give at least one field to change')
  .openapi('PipelineFundingUpdate');

export const boardQuerySchema = z.object({
  theme: z.uuid().optional(),
  kind: projectKindSchema.optional(),
  trlMin: z.coerce.number().pipe(trlSchema).optional(),
  trlMax: z.coerce.number().pipe(trlSchema).optional(),
  organization: z.uuid().optional().openapi({ description: 'projects this organisation leads or takes part in' }),
});

export const projectIdParamSchema = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });
export const fundingParamSchema = z.object({
  id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }),
  fundingId: z.uuid().openapi({ param: { name: 'fundingId', in: 'path' } }),
});

const orgRef = z.object({ id: z.string(), name: z.string() });
const productRefSchema = z
  .object({
    id: z.string(), name: z.string(), organizationId: z.string(), regulation: z.enum(['MDR', 'IVDR']),
    class: z.string(), subclasses: z.array(z.string()),
    routeKey: z.string().openapi({ description: 'the default conformity-assessment route, e.g. mdr-annex-ix' }),
    notifiedBody: z.enum(['full', 'limited', 'none']),
  })
  .openapi('PipelineProductRef');

export const projectSummarySchema = z
  .object({
    id: z.string(),
    clusterId: z.string(),
    kind: projectKindSchema,
    title: z.string(),
    summary: z.string(),
    theme: z.object({ id: z.string(), title: localizedTextSchema }).nullable(),
    leadOrganization: orgRef.nullable(),
    stage: stageSchema,
    stageEnteredAt: z.string(),
    trl: z.number().nullable(),
    origin: originSchema,
    visibility: visibilitySchema,
    partnerCount: z.number().int(),
    funding: z.object({ applied: z.number(), won: z.number() }).openapi({ description: 'sums of the funding rows in euros' }),
    product: productRefSchema.nullable(),
    canEdit: z.boolean(),
  })
  .openapi('PipelineProjectSummary');

export const stageStatisticSchema = z
  .object({
    stage: stageSchema,
    projects: z.number().int().openapi({ description: 'projects that spent time in the stage' }),
    current: z.number().int().openapi({ description: 'projects in the stage now' }),
    meanDays: z.number().nullable(),
    medianDays: z.number().nullable(),
  })
  .openapi('PipelineStageStatistic');

export const boardOutSchema = z
  .object({
    clusterId: z.string(),
    access: z.enum(['manager', 'member', 'public']),
    canCreate: z.boolean(),
    themes: z.array(z.object({ id: z.string(), kind: z.enum(['field_of_action', 'focus_theme']), title: localizedTextSchema }))
      .openapi({ description: 'the strategy themes of the cluster family, for filters and forms' }),
    organizations: z.array(z.object({ id: z.string(), name: z.string() })).openapi({ description: 'organisations taking part in the projects you may read, for the filter' }),
    counts: z.array(z.object({ stage: stageSchema, count: z.number().int() })),
    items: z.array(projectSummarySchema),
    statistics: z.array(stageStatisticSchema).openapi({
      description: 'days per stage over the listed projects: each project’s time in a stage is the sum of its stays there, ' +
        'from the stage history, the current stage counted up to now; mean and median over the projects that were in the stage',
    }),
  })
  .openapi('PipelineBoard');

export const historyEntrySchema = z
  .object({ id: z.string(), fromStage: stageSchema.nullable(), toStage: stageSchema, changedAt: z.string(), note: z.string(), days: z.number() })
  .openapi('PipelineStageChange');
export const fundingOutSchema = z
  .object({
    id: z.string(),
    call: z.object({ id: z.string(), title: z.string(), deadline: z.string() }).nullable(),
    organization: orgRef.nullable(),
    instrument: z.string(),
    amountApplied: z.number().nullable(),
    amountWon: z.number().nullable(),
    status: z.enum(['applied', 'won', 'rejected']),
    appliedOn: z.string().nullable(),
    decidedOn: z.string().nullable(),
  })
  .openapi('PipelineFunding');

export const projectDetailSchema = projectSummarySchema
  .extend({
    partners: z.array(z.object({ id: z.string(), name: z.string(), type: z.string(), role: partnerRoleSchema })),
    hiddenPartners: z.number().int().openapi({ description: 'partners whose profile you may not see' }),
    productHidden: z.boolean().openapi({ description: 'a product is linked that you may not read' }),
    fundingRows: z.array(fundingOutSchema),
    history: z.array(historyEntrySchema).openapi({ description: 'oldest first; days: how long the project stayed (or has stayed until now)' }),
  })
  .openapi('PipelineProject');

export type ProjectCreate = z.infer<typeof projectCreateSchema>;
export type ProjectUpdate = z.infer<typeof projectUpdateSchema>;
export type StageMove = z.infer<typeof stageMoveSchema>;
export type FundingCreate = z.infer<typeof fundingCreateSchema>;
export type FundingUpdate = z.infer<typeof fundingUpdateSchema>;
export type BoardQuery = z.infer<typeof boardQuerySchema>;
export type ProjectSummary = z.infer<typeof projectSummarySchema>;
export type ProjectDetail = z.infer<typeof projectDetailSchema>;
