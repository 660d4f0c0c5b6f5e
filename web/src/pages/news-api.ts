// The news API for the web: the public list and articles, the workspace's posts, review and the digest.
import { api, query } from '../api.ts';
import type { Language } from '../i18n.ts';

export type NewsStatus = 'draft' | 'submitted' | 'published' | 'rejected';
export type Texts = Partial<Record<Language, string>>;
export type Article = {
  id: string; slug: string; clusterSlug: string; clusterName: string; status: NewsStatus; language: Language; requestedLanguage: Language; languages: Language[];
  title: string; summary: string; bodyHtml?: string; organizationName: string | null; publishedAt: string | null;
};
export type Post = {
  id: string; slug: string; status: NewsStatus; organizationId: string | null; organizationName: string | null; authorName: string | null;
  title: Texts; summary: Texts; body: Texts; languages: Language[]; reviewNote: string | null; submittedAt: string | null; publishedAt: string | null; updatedAt: string;
};
export type PostInput = { title: Texts; summary: Texts; body: Texts; organizationId: string | null; status?: 'draft' | 'submitted' | 'published' };

const ref = (slug: string) => `/clusters/${encodeURIComponent(slug)}`;
export const feedUrl = (slug: string, lang: Language) => `/api/v1${ref(slug)}/news.atom${lang === 'en' ? '' : `?lang=${lang}`}`;
export const listNews = (slug: string, lang: Language, cursor?: string) => api<{ items: Article[]; nextCursor: string | null }>(`${ref(slug)}/news${query({ lang, limit: 10, cursor })}`);
export const getArticle = (slug: string, postSlug: string, lang: Language) => api<Article>(`${ref(slug)}/news/${encodeURIComponent(postSlug)}${query({ lang })}`);
export const listPosts = (slug: string, status?: NewsStatus) => api<{ items: Post[] }>(`${ref(slug)}/news/posts${query({ status })}`);
export const createPost = (slug: string, input: PostInput) => api<Post>(`${ref(slug)}/news`, { method: 'POST', json: input });
export const updatePost = (id: string, input: Omit<PostInput, 'status'>) => api<Post>(`/news/${id}`, { method: 'PATCH', json: input });
export const postAction = (id: string, action: 'submit' | 'publish' | 'unpublish') => api<Post>(`/news/${id}/${action}`, { method: 'POST' });
export const rejectPost = (id: string, note: string) => api<Post>(`/news/${id}/reject`, { method: 'POST', json: { note } });
export const deletePost = (id: string) => api<void>(`/news/${id}`, { method: 'DELETE' });
export const previewMarkdown = (markdown: string) => api<{ html: string }>('/news/preview', { method: 'POST', json: { markdown } });
export const digestUrl = (slug: string, month: string, lang: Language, format: 'html' | 'txt') => `/api/v1${ref(slug)}/news/digest.${format}${query({ month, lang })}`;
