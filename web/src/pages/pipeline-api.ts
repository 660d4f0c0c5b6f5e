// The innovation pipeline's API as the web app uses it: the board, a project, its stage moves, partners and funding.
import { api, query } from '../api.ts';
import type { Localized } from '../i18n.ts';
import type { Product } from './product-api.ts';

export const STAGES = ['idea', 'concept', 'feasibility', 'preclinical', 'clinical_validation', 'regulatory_approval', 'market'] as const;
export type Stage = (typeof STAGES)[number];
export type PartnerRole = 'lead' | 'partner' | 'research' | 'clinical' | 'sme' | 'other';
export const PARTNER_ROLES = ['partner', 'research', 'clinical', 'sme', 'other'] as const;
export type Visibility = 'public' | 'members' | 'private';

export type ProductRef = Pick<Product, 'id' | 'name' | 'organizationId' | 'regulation' | 'class' | 'subclasses' | 'routeKey' | 'notifiedBody'>;
export type ProjectSummary = {
  id: string; clusterId: string; kind: 'lead' | 'member'; title: string; summary: string;
  theme: { id: string; title: Localized } | null; leadOrganization: { id: string; name: string } | null;
  stage: Stage; stageEnteredAt: string; trl: number | null; origin: 'manual' | 'match' | 'event'; visibility: Visibility;
  partnerCount: number; funding: { applied: number; won: number }; product: ProductRef | null; canEdit: boolean;
};
export type StageStatistic = { stage: Stage; projects: number; current: number; meanDays: number | null; medianDays: number | null };
export type Board = {
  clusterId: string; access: 'manager' | 'member' | 'public'; canCreate: boolean;
  themes: Array<{ id: string; kind: string; title: Localized }>; organizations: Array<{ id: string; name: string }>;
  counts: Array<{ stage: Stage; count: number }>; items: ProjectSummary[]; statistics: StageStatistic[];
};
export type FundingRow = {
  id: string; call: { id: string; title: string; deadline: string } | null; organization: { id: string; name: string } | null; instrument: string;
  amountApplied: number | null; amountWon: number | null; status: 'applied' | 'won' | 'rejected'; appliedOn: string | null; decidedOn: string | null;
};
export type ProjectDetail = ProjectSummary & {
  partners: Array<{ id: string; name: string; type: string; role: PartnerRole }>; hiddenPartners: number; productHidden: boolean;
  fundingRows: FundingRow[]; history: Array<{ id: string; fromStage: Stage | null; toStage: Stage; changedAt: string; note: string; days: number }>;
};
export type BoardFilters = { theme?: string | undefined; kind?: string | undefined; trlMin?: string | undefined; trlMax?: string | undefined; organization?: string | undefined };
export type ProjectInput = {
  kind?: 'lead' | 'member'; title?: string; summary?: string; themeId?: string | null; leadOrganizationId?: string | null; trl?: number | null;
  productId?: string | null; visibility?: Visibility; stage?: Stage; origin?: 'manual' | 'match' | 'event'; partners?: Array<{ organizationId: string; role: Exclude<PartnerRole, 'lead'> }>;
};
export type FundingInput = Partial<Omit<FundingRow, 'id' | 'call' | 'organization'>> & { callId?: string | null; organizationId?: string | null };

const slugPath = (slug: string) => `/clusters/${encodeURIComponent(slug)}/pipeline`;

export const fetchBoard = (slug: string, filters: BoardFilters) => api<Board>(`${slugPath(slug)}${query(filters)}`);
export const fetchProject = (id: string) => api<ProjectDetail>(`/pipeline-projects/${encodeURIComponent(id)}`);
export const createProject = (slug: string, input: ProjectInput) => api<ProjectDetail>(slugPath(slug), { method: 'POST', json: input });
export const updateProject = (id: string, input: ProjectInput) => api<ProjectDetail>(`/pipeline-projects/${id}`, { method: 'PATCH', json: input });
export const deleteProject = (id: string) => api<void>(`/pipeline-projects/${id}`, { method: 'DELETE' });
export const moveStage = (id: string, from: Stage, to: Stage, note = '') => api<ProjectDetail>(`/pipeline-projects/${id}/stage`, { method: 'POST', json: { from, to, note } });
export const setPartners = (id: string, partners: Array<{ organizationId: string; role: Exclude<PartnerRole, 'lead'> }>) =>
  api<ProjectDetail>(`/pipeline-projects/${id}/partners`, { method: 'PUT', json: { partners } });
export const addFunding = (id: string, input: FundingInput) => api<ProjectDetail>(`/pipeline-projects/${id}/funding`, { method: 'POST', json: input });
export const removeFunding = (id: string, fundingId: string) => api<ProjectDetail>(`/pipeline-projects/${id}/funding/${fundingId}`, { method: 'DELETE' });
