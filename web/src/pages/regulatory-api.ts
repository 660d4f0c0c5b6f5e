// The navigator's calls to /api/v1: saved questionnaires (assessments), share links, products, organisation names.
import type { QualificationAnswers } from '../../../src/regulatory/qualification.ts';
import type { ProfileDraft } from '../../../src/regulatory/questionnaire.ts';
import { api, query } from '../api.ts';

/** A saved questionnaire as the API returns it (the derived classification is recomputed here, not read). */
export type Assessment = {
  id: string;
  name: string;
  regulation: 'MDR' | 'IVDR' | null;
  answers: QualificationAnswers;
  profile: ProfileDraft;
  classification: { class: string; subclasses: string[] } | null;
  productId: string | null;
  shared: boolean;
  updatedAt: string;
};
export type SharedAssessment = Omit<Assessment, 'id' | 'productId' | 'shared'>;
export type OrganizationName = { id: string; name: string };

/** What is saved of a questionnaire: its name, the qualification answers and the profile so far. */
export type AssessmentBody = { name: string; regulation: 'MDR' | 'IVDR' | null; answers: QualificationAnswers; profile: ProfileDraft };

export const listAssessments = () => api<{ items: Assessment[] }>('/regulatory/assessments').then((r) => r.items);
export const getAssessment = (id: string) => api<Assessment>(`/regulatory/assessments/${encodeURIComponent(id)}`);
export const getShared = (token: string) => api<SharedAssessment>(`/regulatory/shared/${encodeURIComponent(token)}`);
export const createAssessment = (body: AssessmentBody) => api<Assessment>('/regulatory/assessments', { method: 'POST', json: body });
export const updateAssessment = (id: string, body: AssessmentBody) =>
  api<Assessment>(`/regulatory/assessments/${encodeURIComponent(id)}`, { method: 'PATCH', json: body });
export const deleteAssessment = (id: string) => api<void>(`/regulatory/assessments/${encodeURIComponent(id)}`, { method: 'DELETE' });
export const shareAssessment = (id: string) =>
  api<{ token: string; path: string }>(`/regulatory/assessments/${encodeURIComponent(id)}/share`, { method: 'POST' });
export const assessmentToProduct = (id: string, organizationId: string, name: string) =>
  api<{ id: string; organizationId: string }>(`/regulatory/assessments/${encodeURIComponent(id)}/product`, {
    method: 'POST',
    json: { organizationId, name },
  });

/** Names of organisations by id (for the "create product" choice), sorted by name; unknown ids are left out. */
export async function organizationNames(ids: string[]): Promise<OrganizationName[]> {
  const found = await Promise.all(
    ids.map((id) => api<OrganizationName>(`/organizations/${encodeURIComponent(id)}`).then((o) => ({ id: o.id, name: o.name }), () => null)),
  );
  return found.filter((o): o is OrganizationName => o !== null).sort((a, b) => a.name.localeCompare(b.name));
}

/** Organisations whose name matches the text (for users who edit too many to list). */
export async function searchOrganizations(text: string): Promise<OrganizationName[]> {
  const page = await api<{ items: OrganizationName[] }>(`/organizations${query({ q: text, limit: 20 })}`);
  return page.items.map((o) => ({ id: o.id, name: o.name }));
}

/** The public address of a share token in this web app. */
export const sharedUrl = (token: string) => `${location.origin}/regulatory/shared/${token}`;
