// Pipeline rows as API objects: a project's card, its page (partners, funding, history) and its linked product.
import type { LocalizedText, Visibility } from '#src/db/types.ts';
import type { DeviceClassName, RegulationName } from '#src/db/types-regulatory.ts';
import type { PipelineStage } from '#src/db/types-cluster.ts';
import { canEditProject, viewerSees, type Standing } from '#src/pipeline/pipeline-access.ts';
import { stays } from '#src/pipeline/pipeline-durations.ts';
import type { findProjectFunding, findProjectPartners, findProject, findStageChanges } from '#src/pipeline/pipeline-repo.ts';
import type { ProjectDetail, ProjectSummary } from '#src/pipeline/pipeline-schema.ts';
import { isoTime } from '#src/registry/competence-schema.ts';

export type ProjectRow = NonNullable<Awaited<ReturnType<typeof findProject>>>;
type PartnerRow = Awaited<ReturnType<typeof findProjectPartners>>[number];
type FundingRow = Awaited<ReturnType<typeof findProjectFunding>>[number];
type ChangeRow = Awaited<ReturnType<typeof findStageChanges>>[number];

const DAY = 86_400_000;
const num = (v: unknown) => Number(v ?? 0);

/** The linked product, when the actor may read it and its organisation. */
function productOf(row: ProjectRow, s: Standing): ProjectSummary['product'] {
  if (row.product_id === null || row.product_name === null || row.product_organization_id === null) return null;
  const readable = viewerSees(s.viewer, row.product_visibility as Visibility, row.product_organization_id)
    && viewerSees(s.viewer, row.product_organization_visibility as Visibility, row.product_organization_id);
  if (!readable) return null;
  return {
    id: row.product_id, name: row.product_name, organizationId: row.product_organization_id,
    regulation: row.product_regulation as RegulationName, class: row.product_class as DeviceClassName,
    subclasses: row.product_subclasses ?? [], routeKey: row.product_route_key ?? 'none',
    notifiedBody: (row.product_notified_body ?? 'none') as 'full' | 'limited' | 'none',
  };
}

/** A project as the board shows it. */
export function presentProjectSummary(row: ProjectRow, s: Standing): ProjectSummary {
  const leadVisible = row.lead_organization_id !== null && row.lead_name !== null
    && viewerSees(s.viewer, row.lead_visibility as Visibility, row.lead_organization_id);
  return {
    id: row.id,
    clusterId: row.cluster_id,
    kind: row.kind,
    title: row.title,
    summary: row.summary,
    theme: row.theme_id === null || row.theme_title === null ? null : { id: row.theme_id, title: row.theme_title as LocalizedText },
    leadOrganization: leadVisible ? { id: row.lead_organization_id!, name: row.lead_name! } : null,
    stage: row.stage,
    stageEnteredAt: isoTime(row.stage_entered_at),
    trl: row.trl,
    origin: row.origin,
    visibility: row.visibility,
    partnerCount: num(row.partner_count),
    funding: { applied: num(row.funding_applied), won: num(row.funding_won) },
    product: productOf(row, s),
    canEdit: canEditProject(s, row),
  };
}

/** A project's page: the card plus partners, funding rows and the stage history with the days of each stay. */
export function presentProjectDetail(
  row: ProjectRow, s: Standing, parts: { partners: PartnerRow[]; funding: FundingRow[]; changes: ChangeRow[] }, now: Date,
): ProjectDetail {
  const visiblePartners = parts.partners.filter((p) => viewerSees(s.viewer, p.visibility, p.organization_id));
  const changes = parts.changes.map((c) => ({ projectId: row.id, toStage: c.to_stage, changedAt: new Date(c.changed_at) }));
  const spans = stays({ id: row.id, stage: row.stage, stageEnteredAt: new Date(row.stage_entered_at) }, changes, now);
  const sorted = [...parts.changes].sort((a, b) => new Date(a.changed_at).getTime() - new Date(b.changed_at).getTime());
  return {
    ...presentProjectSummary(row, s),
    partners: visiblePartners.map((p) => ({ id: p.organization_id, name: p.name, type: p.type, role: p.role })),
    hiddenPartners: parts.partners.length - visiblePartners.length,
    productHidden: row.product_id !== null && productOf(row, s) === null,
    fundingRows: parts.funding.map((f) => ({
      id: f.id,
      call: f.call_id === null || f.call_title === null ? null : { id: f.call_id, title: f.call_title, deadline: isoTime(f.call_deadline) },
      organization: f.organization_id === null || f.organization_name === null || !viewerSees(s.viewer, f.organization_visibility as Visibility, f.organization_id)
        ? null : { id: f.organization_id, name: f.organization_name },
      instrument: f.instrument,
      amountApplied: f.amount_applied,
      amountWon: f.amount_won,
      status: f.status,
      appliedOn: f.applied_on,
      decidedOn: f.decided_on,
    })),
    history: sorted.map((c, i) => {
      const [, start, end] = spans[i] ?? [c.to_stage, new Date(c.changed_at), now];
      return {
        id: c.id, fromStage: c.from_stage as PipelineStage | null, toStage: c.to_stage, changedAt: isoTime(c.changed_at), note: c.note,
        days: Math.round(((end.getTime() - start.getTime()) / DAY) * 10) / 10,
      };
    }),
  };
}
