// Funding as the web app uses it: the cluster's instruments and calls, follows, a call's matches, the managers' writes.
import { api, query } from '../api.ts';
import type { Localized } from '../i18n.ts';
import type { MatchResult } from './partners-data.ts';
import type { Stage } from './pipeline-api.ts';

export const LEVELS = ['state', 'federal', 'eu', 'other'] as const;
export const CATEGORIES = ['top_research', 'equipment', 'construction', 'entrepreneurship', 'innovation', 'collaboration', 'other'] as const;
export type Level = (typeof LEVELS)[number];
export type Category = (typeof CATEGORIES)[number];

export type Instrument = {
  id: string; clusterId: string | null; level: Level; category: Category; name: Localized; funder: string; description: Localized;
  url: string | null; openCalls: number; canEdit: boolean;
};
export type Call = {
  id: string; clusterId: string | null; instrument: { id: string; name: Localized; level: Level; category: Category; funder: string } | null;
  title: string; description: string; opensOn: string | null; deadline: string; daysLeft: number; open: boolean; url: string | null;
  budget: number | null; followers: number; following: boolean; canEdit: boolean;
};
export type CallMatches = {
  callId: string; language: 'en' | 'de' | 'da'; organizations: MatchResult[];
  projects: Array<{ id: string; title: string; stage: Stage; trl: number | null; leadOrganization: string | null; score: number; terms: string[] }>;
};
export type InstrumentInput = { clusterId: string | null; level: Level; category: Category; name: Localized; funder: string; description: Localized; url: string | null };
export type CallInput = { clusterId: string | null; instrumentId: string | null; title: string; description: string; deadline: string; url: string | null; budget: number | null };

const base = (slug: string) => `/clusters/${encodeURIComponent(slug)}/funding`;

export const fetchInstruments = (slug: string) => api<{ items: Instrument[] }>(`${base(slug)}/instruments`);
export const fetchCalls = (slug: string, include: 'open' | 'all') => api<{ items: Call[] }>(`${base(slug)}/calls${query({ include })}`);
export const followCall = (id: string, follow: boolean) => api<Call>(`/funding-calls/${id}/follow`, { method: follow ? 'PUT' : 'DELETE' });
export const fetchMatches = (id: string, slug: string) => api<CallMatches>(`/funding-calls/${id}/matches${query({ cluster: slug, k: 8 })}`);
export const createInstrument = (input: InstrumentInput) => api<Instrument>('/funding-instruments', { method: 'POST', json: input });
export const createCall = (input: CallInput) => api<Call>('/funding-calls', { method: 'POST', json: input });
export const deleteCall = (id: string) => api<void>(`/funding-calls/${id}`, { method: 'DELETE' });
