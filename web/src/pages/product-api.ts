// Products of organisations as /api/v1 answers them: the list, a product with its plan, checklist saves, EMDN, counts.
import type { Classification, DeviceClass } from '../../../src/regulatory/classify.ts';
import type { ConformityRoute } from '../../../src/regulatory/conformity-route.ts';
import { api, ApiError, query } from '../api.ts';

export type Regulation = 'MDR' | 'IVDR';
export type Visibility = 'public' | 'members' | 'private';
export type NotifiedBody = 'full' | 'limited' | 'none';
export type Subclass = 's' | 'm' | 'r';
export type ChecklistStatus = 'open' | 'in-progress' | 'done' | 'not-applicable';
export const CHECKLIST_STATUSES: readonly ChecklistStatus[] = ['open', 'in-progress', 'done', 'not-applicable'];
export const VISIBILITIES: readonly Visibility[] = ['private', 'members', 'public'];

export type Evidence = { url: string; label?: string };
export type ChecklistEntry = {
  status: ChecklistStatus;
  evidence: Evidence[];
  note: string;
  updatedBy: { id: string; name: string } | null;
  updatedAt: string | null;
};
export type PlanItem = ChecklistEntry & { id: string; ref: string; title: string; applies: boolean; why: string };
export type PlanSection = { id: string; ref: string; title: string; items: PlanItem[] };
export type Progress = { applicable: number; done: number; inProgress: number; open: number; notApplicable: number };
export type EmdnRef = { id: string; code: string; term: string };

export type Product = {
  id: string;
  organizationId: string;
  organizationName: string;
  name: string;
  description: string;
  intendedPurpose: string;
  regulation: Regulation;
  class: DeviceClass;
  subclasses: Subclass[];
  rules: Array<{ rule: string; class: DeviceClass }>;
  notifiedBody: NotifiedBody;
  routeKey: string;
  emdn: EmdnRef | null;
  visibility: Visibility;
  createdAt: string;
  updatedAt: string;
};

/** A product of an organisation's list, with its checklist progress. */
export type ProductListItem = Product & { progress: Progress };

export type ProductDetail = Product & {
  profile: Record<string, unknown>;
  qualification: { answers: Record<string, unknown>; outcome: Record<string, unknown> } | null;
  canEdit: boolean;
  classification: Classification;
  conformityRoute: ConformityRoute;
  documentationPlan: {
    regulation: Regulation;
    sections: PlanSection[];
    retired: Array<ChecklistEntry & { id: string }>;
    progress: Progress;
  };
};

/** What a product form changes (any subset on update). */
export type ProductChange = Partial<{
  name: string;
  description: string;
  intendedPurpose: string;
  profile: Record<string, unknown>;
  emdnCode: string | null;
  visibility: Visibility;
}>;

const productPath = (id: string) => `/products/${encodeURIComponent(id)}`;

export const listProducts = (organizationId: string) =>
  api<{ items: ProductListItem[] }>(`/organizations/${encodeURIComponent(organizationId)}/products`).then((r) => r.items);

/** A product with its plan; null when it does not exist or is hidden from the viewer. */
export async function fetchProduct(id: string): Promise<ProductDetail | null> {
  try {
    return await api<ProductDetail>(productPath(id));
  } catch (err) {
    if (err instanceof ApiError && err.status === 404) return null;
    throw err;
  }
}

export const createProduct = (organizationId: string, body: ProductChange & { name: string; profile: Record<string, unknown> }) =>
  api<ProductDetail>(`/organizations/${encodeURIComponent(organizationId)}/products`, { method: 'POST', json: body });
export const updateProduct = (id: string, body: ProductChange) => api<ProductDetail>(productPath(id), { method: 'PATCH', json: body });
export const deleteProduct = (id: string) => api<void>(productPath(id), { method: 'DELETE' });

/** Saves the status, evidence links and note of one plan item; answers the item as saved. */
export const saveChecklistItem = (productId: string, itemId: string, entry: Pick<ChecklistEntry, 'status' | 'evidence' | 'note'>) =>
  api<ChecklistEntry & { id: string; inPlan: boolean; applies: boolean }>(`${productPath(productId)}/checklist/${encodeURIComponent(itemId)}`, {
    method: 'PUT',
    json: entry,
  });

/** The address of the documentation plan export (Markdown or PDF). */
export const exportUrl = (id: string, format: 'md' | 'pdf') => `/api/v1${productPath(id)}/documentation-plan.${format}`;

export type EmdnSuggestion = EmdnRef & { terminal: boolean; score: number; path: EmdnRef[] };
export const suggestEmdn = (text: string, limit = 8) =>
  api<{ language: string; reading: string; items: EmdnSuggestion[] }>(`/regulatory/emdn/suggest${query({ text: text.slice(0, 5_000), limit })}`);

export type EmdnNode = { id: string; code: string; parentId: string | null; depth: number; label: { en?: string }; hasChildren: boolean };
/** The EMDN categories, the children of a code, or the codes whose term or code contains `q`. */
export const emdnNodes = (filter: { parent?: string; q?: string }) =>
  api<{ items: EmdnNode[] }>(`/competences${query({ scheme: 'emdn', parent: filter.parent, q: filter.q, limit: filter.q ? 50 : 500 })}`).then((r) => r.items);

/** An EMDN code with its ancestors (category first) and children. */
export const emdnDetail = (id: string) => api<EmdnNode & { ancestors: EmdnNode[]; children: EmdnNode[] }>(`/competences/${encodeURIComponent(id)}`);

export type RegulatoryOverview = {
  clusterId: string;
  totals: { memberOrganizations: number; organizationsWithProducts: number; products: number };
  byClass: Array<{ regulation: Regulation; class: DeviceClass; products: number; organizations: number }>;
  byNotifiedBody: Array<{ notifiedBody: NotifiedBody; products: number; organizations: number }>;
  byRoute: Array<{ routeKey: string; notifiedBody: NotifiedBody; products: number; organizations: number }>;
  byRegulation: Array<{ regulation: Regulation; products: number; organizations: number }>;
  organizations: Array<{
    id: string;
    name: string;
    classes: string[];
    products: Array<{ id: string; name: string; regulation: Regulation; class: DeviceClass; subclasses: Subclass[]; notifiedBody: NotifiedBody; routeKey: string }>;
  }>;
};
export const fetchRegulatoryOverview = (clusterId: string) => api<RegulatoryOverview>(`/clusters/${encodeURIComponent(clusterId)}/regulatory-overview`);

/** The progress of a plan counted from its items: only items that apply count (as the API counts them). */
export function countProgress(sections: PlanSection[]): Progress {
  const progress: Progress = { applicable: 0, done: 0, inProgress: 0, open: 0, notApplicable: 0 };
  for (const item of sections.flatMap((s) => s.items)) {
    if (!item.applies) continue;
    progress.applicable += 1;
    if (item.status === 'done') progress.done += 1;
    else if (item.status === 'in-progress') progress.inProgress += 1;
    else if (item.status === 'open') progress.open += 1;
    else progress.notApplicable += 1;
  }
  return progress;
}
