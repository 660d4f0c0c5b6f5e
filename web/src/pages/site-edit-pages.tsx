// The site's pages for its managers: in site order with their status, moved up and down, and a new draft created.
import { useState } from 'preact/hooks';
import { ApiError, type FieldError } from '../api.ts';
import type { ClusterInfo } from '../components/cluster-nav.tsx';
import { LANGUAGE_NAMES, localized, useT } from '../i18n.ts';
import { useLoad } from '../use-load.ts';
import { createPage, listPages, orderPages, type ManagedPage } from './site-edit-api.ts';
import { SITE_EDIT } from './site-edit.messages.ts';

/** The message of the first field error for `field`, if any. */
export const fieldError = (errors: FieldError[], field: string) => errors.find((e) => e.field === field || e.field.startsWith(`${field}.`))?.message ?? null;

function NewPage({ cluster, onCreated }: { cluster: ClusterInfo; onCreated: (slug: string) => void }) {
  const { t, language } = useT(SITE_EDIT);
  const [slug, setSlug] = useState('');
  const [title, setTitle] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const submit = async (e: Event) => {
    e.preventDefault();
    try {
      const page = await createPage(cluster.slug, { slug, title: { [language]: title } });
      onCreated(page.slug);
    } catch (err) {
      setErrors(err instanceof ApiError ? err.details : []);
      setFailure(err instanceof ApiError && err.details.length > 0 ? null : (err as Error).message);
    }
  };
  const slugError = fieldError(errors, 'slug');
  const titleError = fieldError(errors, 'title');
  return (
    <form class="site-edit-new" onSubmit={(e) => void submit(e)} aria-labelledby="site-new-page">
      <h3 id="site-new-page">{t('pages.newTitle')}</h3>
      <div class="field">
        <label for="site-new-slug">{t('pages.newSlug')}</label>
        <input id="site-new-slug" value={slug} required aria-invalid={slugError ? 'true' : undefined} aria-describedby={slugError ? 'site-new-slug-error' : undefined} onInput={(e) => setSlug(e.currentTarget.value.trim())} />
        {slugError && <p id="site-new-slug-error" class="field-error">{slugError}</p>}
      </div>
      <div class="field">
        <label for="site-new-title">{t('pages.newName', { language: LANGUAGE_NAMES[language] })}</label>
        <input id="site-new-title" lang={language} value={title} required aria-invalid={titleError ? 'true' : undefined} aria-describedby={titleError ? 'site-new-title-error' : undefined} onInput={(e) => setTitle(e.currentTarget.value)} />
        {titleError && <p id="site-new-title-error" class="field-error">{titleError}</p>}
      </div>
      <button type="submit" class="primary">{t('pages.create')}</button>
      {failure && <p class="form-error" role="alert">{t('failed', { message: failure })}</p>}
    </form>
  );
}

export function SitePages({ cluster, onEdit }: { cluster: ClusterInfo; onEdit: (slug: string) => void }) {
  const { t } = useT(SITE_EDIT);
  const loaded = useLoad(cluster.slug, listPages);
  const [pages, setPages] = useState<ManagedPage[] | null>(null);
  const [status, setStatus] = useState('');
  const items = pages ?? loaded.data?.items ?? [];
  const move = async (index: number, step: -1 | 1) => {
    const slugs = items.map((p) => p.slug);
    const [moved] = slugs.splice(index, 1);
    slugs.splice(index + step, 0, moved!);
    try {
      setPages((await orderPages(cluster.slug, slugs)).items);
      setStatus(t('pages.orderSaved'));
      document.getElementById(`site-page-${moved}`)?.focus();
    } catch (err) {
      setStatus(t('failed', { message: (err as Error).message }));
    }
  };
  return (
    <section class="site-edit-section" aria-labelledby="site-edit-pages">
      <h2 id="site-edit-pages">{t('pages.title')}</h2>
      {loaded.error && <p class="form-error" role="alert">{t('failed', { message: loaded.error })}</p>}
      {!loaded.data && !loaded.error && <p role="status">{t('loading')}</p>}
      {loaded.data && items.length === 0 && <p>{t('pages.none')}</p>}
      {items.length > 0 && (
        <ol class="site-edit-pages">
          {items.map((p, i) => {
            const title = localized(p.title) || p.slug;
            return (
              <li key={p.id}>
                <div class="site-edit-page-name">
                  <strong id={`site-page-${p.slug}`} tabIndex={-1}>{title}</strong>
                  <span class="muted"> /{p.slug}</span>{' '}
                  <span class={p.published ? 'site-edit-tag published' : 'site-edit-tag'}>{p.published ? t('pages.published') : t('pages.draft')}</span>
                </div>
                <div class="site-edit-actions">
                  <button type="button" aria-label={`${t('pages.edit')}: ${title}`} onClick={() => onEdit(p.slug)}>
                    {t('pages.edit')}
                  </button>
                  <button type="button" aria-label={`${t('pages.up')}: ${title}`} disabled={i === 0} onClick={() => void move(i, -1)}>
                    {t('pages.up')}
                  </button>
                  <button type="button" aria-label={`${t('pages.down')}: ${title}`} disabled={i === items.length - 1} onClick={() => void move(i, 1)}>
                    {t('pages.down')}
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      <p class="form-status" role="status">{status}</p>
      <NewPage cluster={cluster} onCreated={onEdit} />
    </section>
  );
}
