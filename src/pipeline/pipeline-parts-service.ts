// What a project is made of besides its fields: its partners from the registry and its funding applied for and won.
import { clusterFamily } from '#src/auth/cluster-access.ts';
import type { Ctx } from '#src/context.ts';
import type { PipelineFundingTable } from '#src/db/types-cluster.ts';
import { invalid, notFound } from '#src/errors.ts';
import { editableProject, viewerSees } from '#src/pipeline/pipeline-access.ts';
import {
  deleteFundingRow,
  findFundingRow,
  findProjectPartners,
  insertFunding,
  replaceProjectPartners,
  updateFundingRow,
} from '#src/pipeline/pipeline-repo.ts';
import type { FundingCreate, FundingUpdate } from '#src/pipeline/pipeline-schema.ts';
import { partnerRows, projectAfterWrite } from '#src/pipeline/pipeline-service.ts';
import { requireCall, requireOrganizations, requirePartners } from '#src/pipeline/pipeline-validate.ts';
import type { Updateable } from 'kysely';

type Partner = { organizationId: string; role: 'partner' | 'research' | 'clinical' | 'sme' | 'other' };

/** Replaces the project's partners besides its lead organisation (which keeps the lead role). */
export async function setPartners(ctx: Ctx, id: string, partners: Partner[]) {
  const { row, standing } = await editableProject(ctx, id);
  await requirePartners(ctx, standing, partners, 'partners');
  // Partners the actor may not see stay as they are: an editor cannot drop what they cannot see.
  const hidden = (await findProjectPartners(ctx.db, id))
    .filter((p) => p.role !== 'lead' && !viewerSees(standing.viewer, p.visibility, p.organization_id))
    .map((p) => ({ organizationId: p.organization_id, role: p.role as Partner['role'] }));
  await ctx.db.transaction().execute((trx) => replaceProjectPartners(trx, id, partnerRows(row.lead_organization_id, [...partners, ...hidden])));
  return projectAfterWrite(ctx, id);
}

/** Only a won application has an amount won, and a decision cannot precede the application. */
function requireConsistent(values: { status: string; amount_won: number | null; applied_on: string | null; decided_on: string | null }): void {
  if (values.amount_won !== null && values.amount_won > 0 && values.status !== 'won') {
    throw invalid('amountWon: only a won application has an amount won', [{ field: 'amountWon', message: 'set status to won, or leave the amount empty' }]);
  }
  if (values.applied_on !== null && values.decided_on !== null && values.decided_on < values.applied_on) {
    throw invalid('decidedOn: must not be before appliedOn', [{ field: 'decidedOn', message: 'must not be before appliedOn' }]);
  }
}

async function requireFundingRefs(ctx: Ctx, clusterId: string, standing: Awaited<ReturnType<typeof editableProject>>['standing'], input: { callId?: string | null | undefined; organizationId?: string | null | undefined }) {
  await requireCall(ctx, await clusterFamily(ctx.db, clusterId), input.callId);
  if (input.organizationId) await requireOrganizations(ctx, standing, [['organizationId', input.organizationId]]);
}

/** Adds a funding application (or grant) to a project. */
export async function addFunding(ctx: Ctx, id: string, input: FundingCreate) {
  const { row, standing } = await editableProject(ctx, id);
  await requireFundingRefs(ctx, row.cluster_id, standing, input);
  const values = {
    project_id: id, call_id: input.callId, organization_id: input.organizationId, instrument: input.instrument,
    amount_applied: input.amountApplied, amount_won: input.amountWon, status: input.status, applied_on: input.appliedOn, decided_on: input.decidedOn,
  };
  requireConsistent(values);
  await ctx.db.transaction().execute((trx) => insertFunding(trx, { ...values, created_at: ctx.clock().toISOString() }));
  return projectAfterWrite(ctx, id);
}

/** Changes a funding row of a project. */
export async function updateFunding(ctx: Ctx, id: string, fundingId: string, input: FundingUpdate) {
  const { row, standing } = await editableProject(ctx, id);
  const stored = await findFundingRow(ctx.db, id, fundingId);
  if (!stored) throw notFound('funding row', fundingId);
  await requireFundingRefs(ctx, row.cluster_id, standing, input);
  const pick = <K extends keyof FundingUpdate, C extends keyof PipelineFundingTable>(key: K, column: C) => (input[key] === undefined ? {} : { [column]: input[key] });
  const changes: Updateable<PipelineFundingTable> = {
    ...pick('callId', 'call_id'), ...pick('organizationId', 'organization_id'), ...pick('instrument', 'instrument'), ...pick('amountApplied', 'amount_applied'),
    ...pick('amountWon', 'amount_won'), ...pick('status', 'status'), ...pick('appliedOn', 'applied_on'), ...pick('decidedOn', 'decided_on'),
  };
  requireConsistent({
    status: input.status ?? stored.status, amount_won: input.amountWon === undefined ? stored.amount_won : input.amountWon,
    applied_on: input.appliedOn === undefined ? stored.applied_on : input.appliedOn, decided_on: input.decidedOn === undefined ? stored.decided_on : input.decidedOn,
  });
  await ctx.db.transaction().execute((trx) => updateFundingRow(trx, fundingId, changes));
  return projectAfterWrite(ctx, id);
}

/** Removes a funding row of a project. */
export async function deleteFunding(ctx: Ctx, id: string, fundingId: string) {
  await editableProject(ctx, id);
  const deleted = await ctx.db.transaction().execute((trx) => deleteFundingRow(trx, id, fundingId));
  if (!deleted) throw notFound('funding row', fundingId);
  return projectAfterWrite(ctx, id);
}
