// Editing one page of the site: its address, and per language (tabs) its title and Markdown text with a live
// preview rendered by the server's own renderer, so it looks exactly as published; save, publish, unpublish, delete.
import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, type FieldError } from '../api.ts';
import type { ClusterInfo } from '../components/cluster-nav.tsx';
import { LANGUAGES, LANGUAGE_NAMES, useT, type Language, type Localized } from '../i18n.ts';
import { useLoad } from '../use-load.ts';
import { deletePage, getPage, listAssets, previewMarkdown, updatePage, type ManagedAsset, type ManagedPage } from './site-edit-api.ts';
import { InsertToolbar } from './site-edit-insert.tsx';
import { fieldError } from './site-edit-pages.tsx';
import { SITE_EDIT } from './site-edit.messages.ts';
import './site.css';

type Draft = { slug: string; title: Localized; body: Localized };

function usePreview(clusterSlug: string, markdown: string) {
  const [html, setHtml] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      void previewMarkdown(clusterSlug, markdown).then((r) => current && setHtml(r.html), () => undefined);
    }, 250);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [clusterSlug, markdown]);
  return html;
}

function Editor({ cluster, page, onClose, onRenamed }: { cluster: ClusterInfo; page: ManagedPage; onClose: () => void; onRenamed: (slug: string) => void }) {
  const { t, language } = useT(SITE_EDIT);
  const [saved, setSaved] = useState(page);
  const [draft, setDraft] = useState<Draft>({ slug: page.slug, title: page.title, body: page.body });
  const [tab, setTab] = useState<Language>(language);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [status, setStatus] = useState('');
  const [assets, setAssets] = useState<ManagedAsset[]>([]);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const body = draft.body[tab] ?? '';
  const preview = usePreview(cluster.slug, body);
  useEffect(() => void listAssets(cluster.slug).then((r) => setAssets(r.items), () => undefined), [cluster.slug]);

  const set = (field: 'title' | 'body', value: string) => setDraft((d) => ({ ...d, [field]: { ...d[field], [tab]: value } }));
  const insert = (markdown: string) => {
    const el = textarea.current;
    const start = el?.selectionStart ?? body.length;
    const end = el?.selectionEnd ?? body.length;
    set('body', body.slice(0, start) + markdown + body.slice(end));
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(start + markdown.length, start + markdown.length);
    });
  };
  const save = async (published?: boolean) => {
    try {
      const next = await updatePage(cluster.slug, saved.slug, { slug: draft.slug, title: draft.title, body: draft.body, ...(published === undefined ? {} : { published }) });
      setErrors([]);
      setSaved(next);
      setStatus(published === true ? t('editor.publishedNow') : published === false ? t('editor.unpublished') : t('editor.saved'));
      if (next.slug !== page.slug) onRenamed(next.slug);
    } catch (err) {
      setErrors(err instanceof ApiError ? err.details : []);
      setStatus(t('failed', { message: (err as Error).message }));
    }
  };
  const remove = async () => {
    if (!window.confirm(t('editor.confirmDelete'))) return;
    await deletePage(cluster.slug, saved.slug).then(onClose, (err: Error) => setStatus(t('failed', { message: err.message })));
  };
  const onTabKey = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = LANGUAGES[(LANGUAGES.indexOf(tab) + step + LANGUAGES.length) % LANGUAGES.length]!;
    setTab(next);
    document.getElementById(`site-tab-${next}`)?.focus();
  };
  const slugError = fieldError(errors, 'slug');
  const titleError = fieldError(errors, `title.${tab}`) ?? fieldError(errors, 'title');
  const bodyError = fieldError(errors, `body.${tab}`);
  const empty = (l: Language) => !(draft.body[l] ?? '').trim();
  return (
    <section class="site-edit-section" aria-labelledby="site-editor-title">
      <p><button type="button" class="link-button" onClick={onClose}>{t('editor.back')}</button></p>
      <h2 id="site-editor-title">{t('editor.heading')}: {draft.title[tab] || saved.slug}</h2>
      <p>
        <strong>{t('editor.status', { status: saved.published ? t('pages.published') : t('pages.draft') })}</strong>
        {saved.published && <> · <a href={`/site/${cluster.slug}/${saved.slug}`}>{t('editor.openPublic')}</a></>}
      </p>
      <div class="field site-edit-slug">
        <label for="site-edit-slug">{t('editor.slug')}</label>
        <input id="site-edit-slug" value={draft.slug} aria-invalid={slugError ? 'true' : undefined} aria-describedby={`site-edit-slug-hint${slugError ? ' site-edit-slug-error' : ''}`} onInput={(e) => setDraft((d) => ({ ...d, slug: e.currentTarget.value.trim() }))} />
        <p id="site-edit-slug-hint" class="field-hint">{t('editor.slugHint', { cluster: cluster.slug, slug: draft.slug })}</p>
        {slugError && <p id="site-edit-slug-error" class="field-error">{slugError}</p>}
      </div>
      <p class="tabs-label" id="site-edit-tabs-label">{t('editor.languages')}</p>
      <div class="site-edit-tabs" role="tablist" aria-labelledby="site-edit-tabs-label" onKeyDown={onTabKey}>
        {LANGUAGES.map((l) => (
          <button key={l} type="button" role="tab" id={`site-tab-${l}`} aria-selected={tab === l} aria-controls="site-tab-panel" tabIndex={tab === l ? 0 : -1} onClick={() => setTab(l)}>
            {empty(l) ? t('editor.empty', { language: LANGUAGE_NAMES[l] }) : LANGUAGE_NAMES[l]}
          </button>
        ))}
      </div>
      <div role="tabpanel" id="site-tab-panel" aria-labelledby={`site-tab-${tab}`} class="site-edit-panel">
        <div class="site-edit-write">
          <div class="field">
            <label for="site-edit-title">{t('editor.title', { language: LANGUAGE_NAMES[tab] })}</label>
            <input id="site-edit-title" lang={tab} value={draft.title[tab] ?? ''} aria-invalid={titleError ? 'true' : undefined} aria-describedby={titleError ? 'site-edit-title-error' : undefined} onInput={(e) => set('title', e.currentTarget.value)} />
            {titleError && <p id="site-edit-title-error" class="field-error">{titleError}</p>}
          </div>
          <InsertToolbar clusterSlug={cluster.slug} assets={assets} onAssetAdded={(a) => setAssets((list) => [a, ...list])} onInsert={insert} idPrefix="site-insert" />
          <div class="field">
            <label for="site-edit-body">{t('editor.body', { language: LANGUAGE_NAMES[tab] })}</label>
            <textarea ref={textarea} id="site-edit-body" lang={tab} rows={18} value={body} aria-invalid={bodyError ? 'true' : undefined} aria-describedby={`site-edit-body-hint${bodyError ? ' site-edit-body-error' : ''}`} onInput={(e) => set('body', e.currentTarget.value)} />
            <p id="site-edit-body-hint" class="field-hint">{t('editor.bodyHint')}</p>
            {bodyError && <p id="site-edit-body-error" class="field-error">{bodyError}</p>}
          </div>
        </div>
        <section class="site-edit-preview" aria-labelledby="site-edit-preview-title">
          <h3 id="site-edit-preview-title">{t('editor.preview', { language: LANGUAGE_NAMES[tab] })}</h3>
          <p class="field-hint">{t('editor.previewHint')}</p>
          <div class="site-edit-preview-page">
            <p class="site-edit-preview-heading" lang={tab}>{draft.title[tab] ?? ''}</p>
            {body.trim() === '' ? <p class="muted">{t('editor.previewEmpty')}</p> : <div class="site-prose" lang={tab} dangerouslySetInnerHTML={{ __html: preview ?? '' }} />}
          </div>
        </section>
      </div>
      <div class="form-actions">
        <button type="button" class="primary" onClick={() => void save()}>{t('editor.save')}</button>
        {saved.published ? (
          <button type="button" onClick={() => void save(false)}>{t('editor.unpublish')}</button>
        ) : (
          <button type="button" class="primary" onClick={() => void save(true)}>{t('editor.saveAndPublish')}</button>
        )}
        <button type="button" class="danger" onClick={() => void remove()}>{t('editor.delete')}</button>
      </div>
      <p class="form-status" role="status">{status}</p>
    </section>
  );
}

export function PageEditor({ cluster, slug, onClose, onRenamed }: { cluster: ClusterInfo; slug: string; onClose: () => void; onRenamed: (slug: string) => void }) {
  const { t } = useT(SITE_EDIT);
  const { data, error } = useLoad(`${cluster.slug}|${slug}`, () => getPage(cluster.slug, slug));
  if (error) return <p class="form-error" role="alert">{t('failed', { message: error })}</p>;
  if (!data) return <p role="status">{t('loading')}</p>;
  return <Editor cluster={cluster} page={data} onClose={onClose} onRenamed={onRenamed} />;
}
