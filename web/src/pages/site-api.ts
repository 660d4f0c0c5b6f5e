// The public cluster site's API: every text arrives in the visitor's language or, marked with its own, a stand-in.
import { api, query } from '../api.ts';
import type { Language } from '../i18n.ts';

/** A text as the site shows it, with the language it is in (another one when the asked language is missing). */
export type Shown = { text: string; lang: Language };
export type ShownHtml = { html: string; lang: Language };

export type SiteInfo = {
  cluster: { id: string; slug: string; name: string; shortName: string | null; website: string | null; description: Shown };
  parent: { slug: string; name: string } | null;
  hubs: Array<{ slug: string; name: string }>;
  pages: Array<{ slug: string; title: Shown }>;
  sections: { fieldsOfAction: number; groups: number; projects: number; news: number; downloads: number; contacts: number };
  canEdit: boolean;
};

export type SitePageContent = { slug: string; title: Shown; body: ShownHtml; languages: Language[]; updatedAt: string };

export type Milestone = { id: string; title: Shown; horizon: 'short' | 'medium' | 'long'; status: 'planned' | 'on_track' | 'at_risk' | 'done'; dueDate: string | null };
export type Theme = {
  id: string;
  kind: 'field_of_action' | 'focus_theme';
  title: Shown;
  description: Shown;
  goals: Array<{ id: string; title: Shown; description: Shown; milestones: Milestone[] }>;
};
export type Group = { id: string; title: Shown; description: Shown; lead: { name: string | null; organization: string | null }; theme: Shown | null };
export type LeadProject = { id: string; title: string; summary: string; stage: string; trl: number | null; leadOrganization: string | null; theme: Shown | null; partners: string[] };
export type NewsItem = { slug: string; title: Shown; summary: Shown; publishedAt: string; organizationName: string | null };
export type NewsPost = NewsItem & { body: ShownHtml };
export type Download = { id: string; filename: string; title: Shown; size: number; contentType: string; url: string };
export type Contact = { name: string; role: Shown; jobTitle: string | null; organizationName: string | null; email: string | null; phone: string | null };

const base = (slug: string) => `/site/${encodeURIComponent(slug)}`;

export const loadSite = (slug: string, lang: Language) => api<SiteInfo>(`${base(slug)}${query({ lang })}`);
export const loadSitePage = (slug: string, page: string, lang: Language) => api<SitePageContent>(`${base(slug)}/pages/${encodeURIComponent(page)}${query({ lang })}`);
export const loadStrategy = (slug: string, lang: Language) => api<{ themes: Theme[] }>(`${base(slug)}/strategy${query({ lang })}`);
export const loadGroups = (slug: string, lang: Language) => api<{ items: Group[] }>(`${base(slug)}/groups${query({ lang })}`);
export const loadProjects = (slug: string, lang: Language) => api<{ items: LeadProject[] }>(`${base(slug)}/projects${query({ lang })}`);
export const loadNews = (slug: string, lang: Language, limit: number, offset = 0) => api<{ items: NewsItem[]; hasMore: boolean }>(`${base(slug)}/news${query({ lang, limit, offset })}`);
export const loadNewsPost = (slug: string, post: string, lang: Language) => api<NewsPost>(`${base(slug)}/news/${encodeURIComponent(post)}${query({ lang })}`);
export const loadDownloads = (slug: string, lang: Language) => api<{ items: Download[] }>(`${base(slug)}/downloads${query({ lang })}`);
export const loadContacts = (slug: string, lang: Language) => api<{ items: Contact[] }>(`${base(slug)}/contacts${query({ lang })}`);

/** The built-in sections of every site, in navigation order, with the count that decides whether they are shown. */
export const SITE_SECTIONS = [
  { path: 'fields-of-action', count: 'fieldsOfAction' },
  { path: 'groups', count: 'groups' },
  { path: 'projects', count: 'projects' },
  { path: 'news', count: 'news' },
  { path: 'downloads', count: 'downloads' },
  { path: 'contact', count: 'contacts' },
] as const;
export type SiteSectionPath = (typeof SITE_SECTIONS)[number]['path'];
