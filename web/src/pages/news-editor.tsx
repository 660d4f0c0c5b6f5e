// Writing or changing a post: for whom (a member's organisation, or the cluster for its managers), the language
// versions in tabs (title, summary, Markdown text), a preview rendered as the article will show it, and the actions.
import { useRef, useState } from 'preact/hooks';
import { LANGUAGE_NAMES, LANGUAGES, useT, type Language } from '../i18n.ts';
import { InputField, problemsOf, SelectInput, TextAreaField } from './cluster-fields.tsx';
import { createPost, previewMarkdown, updatePost, type Post, type PostInput, type Texts } from './news-api.ts';
import { NEWS } from './news.messages.ts';

type Versions = Record<Language, { title: string; summary: string; body: string }>;

const versionsOf = (post: Post | null): Versions =>
  Object.fromEntries(LANGUAGES.map((l) => [l, { title: post?.title[l] ?? '', summary: post?.summary[l] ?? '', body: post?.body[l] ?? '' }])) as Versions;
const pick = (v: Versions, key: 'title' | 'summary' | 'body'): Texts => Object.fromEntries(LANGUAGES.flatMap((l) => (v[l][key].trim() ? [[l, v[l][key].trim()]] : [])));

/** Tabs of the language versions (arrow keys move between them). */
function LanguageTabs({ current, onChange, versions }: { current: Language; onChange: (l: Language) => void; versions: Versions }) {
  const { t } = useT(NEWS);
  const refs = useRef<Record<string, HTMLButtonElement | null>>({});
  const key = (e: KeyboardEvent) => {
    const i = LANGUAGES.indexOf(current);
    const next = e.key === 'ArrowRight' ? LANGUAGES[(i + 1) % 3] : e.key === 'ArrowLeft' ? LANGUAGES[(i + 2) % 3] : undefined;
    if (!next) return;
    e.preventDefault();
    onChange(next);
    refs.current[next]?.focus();
  };
  return (
    <div role="tablist" aria-label={t('write.languages')} onKeyDown={key}>
      {LANGUAGES.map((l) => (
        <button key={l} type="button" role="tab" id={`news-tab-${l}`} aria-selected={current === l} aria-controls="news-version" tabIndex={current === l ? 0 : -1}
          ref={(el) => { refs.current[l] = el; }} onClick={() => onChange(l)}>
          {LANGUAGE_NAMES[l]} <span class="muted">{versions[l].title.trim() ? t('write.filled') : t('write.empty')}</span>
        </button>
      ))}
    </div>
  );
}

export function PostEditor({ slug, post, manager, organizations, onDone }: {
  slug: string;
  post: Post | null;
  manager: boolean;
  organizations: Array<{ id: string; name: string }>;
  onDone: (message: string, saved: Post | null) => void;
}) {
  const { t } = useT(NEWS);
  const [versions, setVersions] = useState<Versions>(versionsOf(post));
  const [language, setLanguage] = useState<Language>(post?.languages[0] ?? 'de');
  const [chosenOrganization, setOrganizationId] = useState(post?.organizationId ?? '');
  // A member posts for an organisation they edit: the first one until they choose, also when the list arrives after
  // the editor opened (reading it only at mount left a member's post without its organisation: a 422).
  const organizationId = chosenOrganization || (manager ? '' : (organizations[0]?.id ?? ''));
  const [preview, setPreview] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const version = versions[language];
  const set = (key: 'title' | 'summary' | 'body') => (value: string) => {
    setVersions((v) => ({ ...v, [language]: { ...v[language], [key]: value } }));
    if (key === 'body') setPreview(null);
  };
  const save = async (status?: PostInput['status']) => {
    setErrors({});
    setFailure(null);
    const input: PostInput = { title: pick(versions, 'title'), summary: pick(versions, 'summary'), body: pick(versions, 'body'), organizationId: organizationId || null };
    try {
      const saved = post ? await updatePost(post.id, input) : await createPost(slug, { ...input, status: status ?? 'draft' });
      onDone(status === 'submitted' ? t('write.submitted') : status === 'published' ? t('write.published') : t('write.saved'), saved);
    } catch (err) {
      const p = problemsOf(err);
      setErrors(p.fields);
      setFailure(p.message);
      const wrong = LANGUAGES.find((l) => p.fields[`title.${l}`] || p.fields[`body.${l}`] || p.fields[`summary.${l}`]);
      if (wrong) setLanguage(wrong);
    }
  };
  const errorOf = (key: string) => errors[`${key}.${language}`] ?? (key === 'title' ? errors.title : undefined);
  const orgOptions = [...(manager ? [{ value: '', label: t('write.cluster') }] : []), ...organizations.map((o) => ({ value: o.id, label: o.name }))];
  return (
    <form class="edit-form card news-editor" onSubmit={(e) => { e.preventDefault(); void save(); }} noValidate aria-labelledby="news-editor-title">
      <h3 id="news-editor-title">{post ? t('write.editTitle', { title: post.title[post.languages[0] ?? 'en'] ?? '' }) : t('write.title')}</h3>
      {orgOptions.length > 1 && (
        <SelectInput id="news-organization" label={t('write.organization')} value={organizationId} onChange={setOrganizationId} error={errors.organizationId} options={orgOptions} />
      )}
      <div class="language-tabs">
        <p class="tabs-label">{t('write.languages')}</p>
        <p class="field-hint">{t('write.languagesHint')}</p>
        <LanguageTabs current={language} onChange={(l) => { setLanguage(l); setPreview(null); }} versions={versions} />
        <div id="news-version" role="tabpanel" aria-labelledby={`news-tab-${language}`} class="edit-form">
          <InputField id={`news-title-${language}`} label={t('write.postTitle')} lang={language} value={version.title} onInput={set('title')} error={errorOf('title')} />
          <TextAreaField id={`news-summary-${language}`} label={t('write.summary')} hint={t('write.summaryHint')} lang={language} rows={2} value={version.summary}
            onInput={set('summary')} error={errorOf('summary')} />
          <TextAreaField id={`news-body-${language}`} label={t('write.body')} hint={t('write.bodyHint')} lang={language} rows={10} value={version.body}
            onInput={set('body')} error={errorOf('body')} />
          <div class="form-actions">
            <button type="button" aria-expanded={preview !== null} onClick={() => (preview === null ? void previewMarkdown(version.body).then((r) => setPreview(r.html)) : setPreview(null))}>
              {preview === null ? t('write.preview') : t('write.hidePreview')}
            </button>
          </div>
          {preview !== null && (
            <section class="news-preview" aria-label={t('write.previewTitle', { language: LANGUAGE_NAMES[language] })} lang={language}>
              <div class="news-body" dangerouslySetInnerHTML={{ __html: preview }} />
            </section>
          )}
        </div>
      </div>
      {(failure || errors.slug) && <p class="form-error" role="alert">{failure ?? errors.slug}</p>}
      <div class="form-actions">
        {post ? <button type="submit" class="primary">{t('write.save')}</button> : (
          <>
            <button type="submit">{t('write.saveDraft')}</button>
            {manager
              ? <button type="button" class="primary" onClick={() => void save('published')}>{t('write.publish')}</button>
              : <button type="button" class="primary" onClick={() => void save('submitted')}>{t('write.submit')}</button>}
          </>
        )}
        <button type="button" onClick={() => onDone('', null)}>{t('write.cancel')}</button>
      </div>
    </form>
  );
}
