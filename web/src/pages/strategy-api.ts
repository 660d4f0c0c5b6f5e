// The strategy API as the web app uses it: themes, goals, milestones, the roadmap, ideas, rounds, ballots, papers.
import { api, query } from '../api.ts';
import type { Localized } from '../i18n.ts';

export type ThemeKind = 'field_of_action' | 'focus_theme';
export type Horizon = 'short' | 'medium' | 'long';
export type MilestoneStatus = 'planned' | 'on_track' | 'at_risk' | 'done';
export const HORIZONS: Horizon[] = ['short', 'medium', 'long'];
export const STATUSES: MilestoneStatus[] = ['planned', 'on_track', 'at_risk', 'done'];

export type Owner = { kind: 'person' | 'organization' | 'name'; id: string | null; name: string } | null;
export type Milestone = {
  id: string; goalId: string; title: Localized; description: Localized; horizon: Horizon; owner: Owner;
  ownerPersonId: string | null; ownerOrganizationId: string | null; ownerName: string | null;
  dueDate: string | null; status: MilestoneStatus; evidence: string; doneOn: string | null; late: boolean; position: number;
};
export type Goal = { id: string; themeId: string; title: Localized; description: Localized; position: number; milestones: Milestone[] };
export type Theme = { id: string; clusterId: string; kind: ThemeKind; title: Localized; description: Localized; position: number; goals: Goal[] };
export type Access = 'manager' | 'member' | 'public';
export type Strategy = { cluster: { id: string; slug: string; name: string }; access: Access; today: string; themes: Theme[] };
export type RoadmapItem = Milestone & { theme: { id: string; kind: ThemeKind; title: Localized }; goal: { id: string; title: Localized } };
export type Roadmap = {
  today: string;
  items: RoadmapItem[];
  counts: { total: number; late: number; byStatus: Record<MilestoneStatus, number>; byHorizon: Record<Horizon, number> };
  themes: Array<{ id: string; kind: ThemeKind; title: Localized }>;
};

export type Comment = { id: string; body: string; authorName: string; organizationName: string | null; mine: boolean; createdAt: string };
export type Idea = {
  id: string; themeId: string; title: string; body: string; status: 'open' | 'hidden' | 'adopted'; authorName: string;
  organizationName: string | null; mine: boolean; commentCount: number; comments: Comment[]; createdAt: string;
};
export type Round = {
  id: string; clusterId: string; themeId: string | null; title: Localized; description: Localized; voteBudget: number;
  opensAt: string; closesAt: string; closedAt: string | null; state: 'upcoming' | 'open' | 'closed';
};
export type Party = { kind: 'organization' | 'user'; id: string; name: string };
export type Ballot = {
  roundId: string; state: Round['state']; budget: number; used: number; remaining: number; party: Party | null; parties: Party[];
  votes: Array<{ ideaId: string; votes: number }>; eligibleIdeaIds: string[];
};
export type Results = {
  roundId: string; closedAt: string; voters: number; votesCast: number;
  items: Array<{ rank: number; ideaId: string; themeId: string; title: string; organizationName: string | null; votes: number; voters: number }>;
};
export type Paper = { id: string; roundId: string | null; title: string; body: string; status: 'draft' | 'final'; updatedAt: string };
export type OwnerChoices = { organizations: Array<{ id: string; name: string }>; people: Array<{ id: string; name: string; organizationName: string | null }> };

const c = (slug: string) => `/clusters/${encodeURIComponent(slug)}`;

export const loadStrategy = (slug: string) => api<Strategy>(`${c(slug)}/strategy`);
export const loadRoadmap = (slug: string) => api<Roadmap>(`${c(slug)}/roadmap`);
export const loadIdeas = (slug: string) => api<{ items: Idea[] }>(`${c(slug)}/strategy/ideas`).then((r) => r.items);
export const loadRounds = (slug: string) => api<{ items: Round[] }>(`${c(slug)}/strategy/rounds`).then((r) => r.items);
export const loadPapers = (slug: string) => api<{ items: Paper[] }>(`${c(slug)}/strategy/papers`).then((r) => r.items);
export const loadOwnerChoices = (slug: string) => api<OwnerChoices>(`${c(slug)}/strategy/owners`);
export const loadBallot = (roundId: string, organizationId?: string) => api<Ballot>(`/strategy-rounds/${roundId}/ballot${query({ organizationId })}`);
export const loadResults = (roundId: string) => api<Results>(`/strategy-rounds/${roundId}/results`);

export const createTheme = (slug: string, body: { kind: ThemeKind; title: Localized; description: Localized }) => api<Theme>(`${c(slug)}/strategy/themes`, { method: 'POST', json: body });
export const updateTheme = (id: string, body: Partial<{ kind: ThemeKind; title: Localized; description: Localized }>) => api<Theme>(`/strategy-themes/${id}`, { method: 'PATCH', json: body });
export const deleteTheme = (id: string) => api<void>(`/strategy-themes/${id}`, { method: 'DELETE' });
export const orderThemes = (slug: string, ids: string[]) => api<Strategy>(`${c(slug)}/strategy/themes/order`, { method: 'PUT', json: { ids } });
export const createGoal = (themeId: string, body: { title: Localized }) => api<Goal>(`/strategy-themes/${themeId}/goals`, { method: 'POST', json: body });
export const updateGoal = (id: string, body: { title: Localized }) => api<Goal>(`/strategy-goals/${id}`, { method: 'PATCH', json: body });
export const deleteGoal = (id: string) => api<void>(`/strategy-goals/${id}`, { method: 'DELETE' });
export const orderGoals = (themeId: string, ids: string[]) => api<Theme>(`/strategy-themes/${themeId}/goals/order`, { method: 'PUT', json: { ids } });
export type MilestoneInput = {
  title: Localized; horizon: Horizon; status: MilestoneStatus; dueDate: string | null; doneOn: string | null; evidence: string;
  ownerPersonId: string | null; ownerOrganizationId: string | null; ownerName: string | null;
};
export const createMilestone = (goalId: string, body: MilestoneInput) => api<Milestone>(`/strategy-goals/${goalId}/milestones`, { method: 'POST', json: body });
export const updateMilestone = (id: string, body: Partial<MilestoneInput>) => api<Milestone>(`/milestones/${id}`, { method: 'PATCH', json: body });
export const deleteMilestone = (id: string) => api<void>(`/milestones/${id}`, { method: 'DELETE' });

export const postIdea = (themeId: string, body: { title: string; body: string }) => api<Idea>(`/strategy-themes/${themeId}/ideas`, { method: 'POST', json: body });
export const updateIdea = (id: string, body: Partial<{ title: string; body: string; status: Idea['status'] }>) => api<Idea>(`/strategy-ideas/${id}`, { method: 'PATCH', json: body });
export const postComment = (ideaId: string, body: string) => api<Idea>(`/strategy-ideas/${ideaId}/comments`, { method: 'POST', json: { body } });
export const castVotes = (roundId: string, ideaId: string, votes: number, organizationId?: string) =>
  api<Ballot>(`/strategy-rounds/${roundId}/votes/${ideaId}`, { method: 'PUT', json: { votes, ...(organizationId ? { organizationId } : {}) } });
export const createRound = (slug: string, body: { themeId: string | null; title: Localized; voteBudget: number; closesAt: string }) =>
  api<Round>(`${c(slug)}/strategy/rounds`, { method: 'POST', json: body });
export const closeRound = (id: string) => api<Round>(`/strategy-rounds/${id}/close`, { method: 'POST' });
export const generatePaper = (roundId: string, language: string) => api<Paper>(`/strategy-rounds/${roundId}/paper`, { method: 'POST', json: { language } });
export const updatePaper = (id: string, body: Partial<{ title: string; body: string; status: Paper['status'] }>) => api<Paper>(`/strategy-papers/${id}`, { method: 'PATCH', json: body });
export const paperExport = (id: string, format: 'md' | 'pdf') => `/api/v1/strategy-papers/${id}/paper.${format}`;
