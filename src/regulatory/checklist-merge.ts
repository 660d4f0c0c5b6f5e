// The documentation plan of a product merged with its saved checklist: status per item, and the saved items the plan
// no longer holds since the profile changed (kept and reported as no longer applicable, so no work is lost silently).
import type { ChecklistStatus, EvidenceLink } from '#src/db/types-regulatory.ts';
import { isoTime } from '#src/registry/competence-schema.ts';
import type { ChecklistRow } from '#src/regulatory/checklist-repo.ts';
import type { DocumentationPlan, PlanItem } from '#src/regulatory/plan-types.ts';

export type ChecklistEntry = {
  status: ChecklistStatus;
  evidence: EvidenceLink[];
  note: string;
  updatedBy: { id: string; name: string } | null;
  updatedAt: string | null;
};

export type ChecklistItem = PlanItem & ChecklistEntry;
export type ChecklistPlan = {
  regulation: DocumentationPlan['regulation'];
  sections: Array<{ id: string; ref: string; title: string; items: ChecklistItem[] }>;
  retired: Array<ChecklistEntry & { id: string }>;
  progress: { applicable: number; done: number; inProgress: number; open: number; notApplicable: number };
};

/** The API form of a saved entry. */
export function presentEntry(row: ChecklistRow): ChecklistEntry {
  return {
    status: row.status,
    evidence: row.evidence,
    note: row.note,
    updatedBy: row.updated_by === null ? null : { id: row.updated_by, name: row.updated_by_name ?? '' },
    updatedAt: isoTime(row.updated_at),
  };
}

/** The entry of an item never touched: open when it applies, not applicable when the plan says it does not. */
function untouched(item: PlanItem): ChecklistEntry {
  return { status: item.applies ? 'open' : 'not-applicable', evidence: [], note: '', updatedBy: null, updatedAt: null };
}

/** Merges the plan with the saved entries; progress counts the items that apply. */
export function mergeChecklist(plan: DocumentationPlan, rows: ChecklistRow[]): ChecklistPlan {
  const saved = new Map(rows.map((r) => [r.item_id, r]));
  const inPlan = new Set<string>();
  const progress = { applicable: 0, done: 0, inProgress: 0, open: 0, notApplicable: 0 };
  const sections = plan.sections.map((section) => ({
    id: section.id,
    ref: section.ref,
    title: section.title,
    items: section.items.map((item) => {
      inPlan.add(item.id);
      const row = saved.get(item.id);
      const entry = row ? presentEntry(row) : untouched(item);
      if (item.applies) {
        progress.applicable += 1;
        if (entry.status === 'done') progress.done += 1;
        else if (entry.status === 'in-progress') progress.inProgress += 1;
        else if (entry.status === 'open') progress.open += 1;
        else progress.notApplicable += 1;
      }
      return { ...item, ...entry };
    }),
  }));
  const retired = rows.filter((r) => !inPlan.has(r.item_id)).map((r) => ({ id: r.item_id, ...presentEntry(r) }));
  return { regulation: plan.regulation, sections, retired, progress };
}
