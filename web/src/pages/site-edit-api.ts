// The managers' side of the cluster site: pages with every language, files, contacts, and the Markdown preview.
import { api } from '../api.ts';
import type { Localized } from '../i18n.ts';

export type ManagedPage = { id: string; slug: string; title: Localized; body: Localized; position: number; published: boolean; updatedAt: string };
export type ManagedAsset = { id: string; kind: 'image' | 'download'; filename: string; contentType: string; size: number; title: Localized; listed: boolean; url: string; createdAt: string };
export type ManagedContact = { personId: string; name: string; jobTitle: string | null; organizationName: string | null; role: Localized; consentListed: boolean };
export type Candidate = { personId: string; name: string; jobTitle: string | null; organizationName: string | null; consentListed: boolean };

/** The largest file the server accepts (checked here first, so nobody waits for a refusal). */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

const base = (ref: string) => `/clusters/${encodeURIComponent(ref)}/site`;

export const listPages = (ref: string) => api<{ items: ManagedPage[] }>(`${base(ref)}/pages`);
export const getPage = (ref: string, slug: string) => api<ManagedPage>(`${base(ref)}/pages/${encodeURIComponent(slug)}`);
export const createPage = (ref: string, page: { slug: string; title: Localized; body?: Localized }) => api<ManagedPage>(`${base(ref)}/pages`, { method: 'POST', json: page });
export const updatePage = (ref: string, slug: string, changes: Partial<Pick<ManagedPage, 'slug' | 'title' | 'body' | 'published'>>) =>
  api<ManagedPage>(`${base(ref)}/pages/${encodeURIComponent(slug)}`, { method: 'PATCH', json: changes });
export const deletePage = (ref: string, slug: string) => api<void>(`${base(ref)}/pages/${encodeURIComponent(slug)}`, { method: 'DELETE' });
export const orderPages = (ref: string, slugs: string[]) => api<{ items: ManagedPage[] }>(`${base(ref)}/pages/order`, { method: 'PUT', json: { slugs } });
export const previewMarkdown = (ref: string, markdown: string) => api<{ html: string }>(`${base(ref)}/preview`, { method: 'POST', json: { markdown } });

export const listAssets = (ref: string) => api<{ items: ManagedAsset[] }>(`${base(ref)}/assets`);
export const uploadAsset = (ref: string, upload: { kind: 'image' | 'download'; filename: string; title: Localized; listed?: boolean; data: string }) =>
  api<ManagedAsset>(`${base(ref)}/assets`, { method: 'POST', json: upload });
export const updateAsset = (ref: string, id: string, changes: { title?: Localized; listed?: boolean }) => api<ManagedAsset>(`${base(ref)}/assets/${id}`, { method: 'PATCH', json: changes });
export const deleteAsset = (ref: string, id: string) => api<void>(`${base(ref)}/assets/${id}`, { method: 'DELETE' });

export const listContacts = (ref: string) => api<{ items: ManagedContact[] }>(`${base(ref)}/contacts`);
export const listCandidates = (ref: string) => api<{ items: Candidate[] }>(`${base(ref)}/contact-candidates`);
export const putContacts = (ref: string, contacts: Array<{ personId: string; role: Localized }>) =>
  api<{ items: ManagedContact[] }>(`${base(ref)}/contacts`, { method: 'PUT', json: { contacts } });

/** A file as standard base64 (what the upload API takes), read in the browser. */
export function fileToBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('could not read the file'));
    reader.readAsDataURL(file);
  });
}
