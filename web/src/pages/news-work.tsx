// The news workspace: the posts the user may change (all for managers) with their status and the managers' note,
// the managers' review queue (publish, or send back with a note) and the monthly digest export.
import { useState } from 'preact/hooks';
import { currentLanguage, formatDate, LANGUAGE_NAMES, LANGUAGES, useT, type Language } from '../i18n.ts';
import { InputField, SelectInput, TextAreaField, problemsOf } from './cluster-fields.tsx';
import { deletePost, digestUrl, postAction, rejectPost, type Post } from './news-api.ts';
import { NEWS } from './news.messages.ts';

/** The language a post is shown in here: the interface's when it has that version, else its first. */
const shownLanguage = (post: Post) => (post.title[currentLanguage()] ? currentLanguage() : (post.languages[0] ?? 'en'));
export const titleOf = (post: Post) => post.title[shownLanguage(post)] ?? post.slug;

/** The posts of the workspace, newest change first, with what their author or a manager may do. */
export function PostsList({ slug, posts, manager, onEdit, onChanged }: {
  slug: string; posts: Post[]; manager: boolean; onEdit: (p: Post) => void; onChanged: (message: string) => void;
}) {
  const { t } = useT(NEWS);
  const act = async (work: Promise<unknown>, message: string) => {
    try {
      await work;
      onChanged(message);
    } catch (err) {
      onChanged(problemsOf(err).message ?? '');
    }
  };
  return (
    <section aria-labelledby="news-posts" class="news-posts">
      <h2 id="news-posts">{manager ? t('posts.all') : t('posts.mine')}</h2>
      {posts.length === 0 && <p>{t('posts.none')}</p>}
      <ul class="cards">
        {posts.map((p) => {
          const title = titleOf(p);
          const mayChange = manager || p.status !== 'published';
          return (
            <li key={p.id} class="card">
              <h3><a href={`/clusters/${slug}/news/${p.slug}`}>{title}</a></h3>
              <p>
                <span class={`tag news-status-${p.status}`}>{t(`status.${p.status}`)}</span>{' '}
                <span class="muted">{p.languages.map((l) => LANGUAGE_NAMES[l]).join(', ')}{p.organizationName && ` · ${p.organizationName}`} · {formatDate(p.updatedAt)}</span>
              </p>
              {p.reviewNote && <p class="news-note">{t('posts.note', { note: p.reviewNote })}</p>}
              <div class="form-actions">
                {mayChange && <button type="button" onClick={() => onEdit(p)}>{t('posts.edit')}<span class="visually-hidden">: {title}</span></button>}
                {!manager && (p.status === 'draft' || p.status === 'rejected') && (
                  <button type="button" class="primary" onClick={() => void act(postAction(p.id, 'submit'), t('posts.changed', { title }))}>
                    {t('posts.submit')}<span class="visually-hidden">: {title}</span>
                  </button>
                )}
                {manager && p.status === 'published' && (
                  <button type="button" onClick={() => void act(postAction(p.id, 'unpublish'), t('posts.changed', { title }))}>{t('posts.unpublish')}<span class="visually-hidden">: {title}</span></button>
                )}
                {mayChange && (
                  <button type="button" class="danger" onClick={() => window.confirm(t('posts.confirmDelete', { title })) && void act(deletePost(p.id), t('posts.deleted'))}>
                    {t('posts.delete')}<span class="visually-hidden">: {title}</span>
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function ReviewItem({ post, onChanged }: { post: Post; onChanged: (message: string) => void }) {
  const { t } = useT(NEWS);
  const [rejecting, setRejecting] = useState(false);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const title = titleOf(post);
  const run = async (work: Promise<unknown>, message: string) => {
    try {
      await work;
      onChanged(message);
    } catch (err) {
      const p = problemsOf(err);
      setError(p.fields.note ?? p.message ?? undefined);
    }
  };
  return (
    <li class="card">
      <h3 lang={shownLanguage(post)}>{title}</h3>
      <p class="muted">{post.organizationName && t('review.from', { organization: post.organizationName })}{post.submittedAt && ` · ${formatDate(post.submittedAt)}`}</p>
      <p lang={shownLanguage(post)}>{post.summary[shownLanguage(post)]}</p>
      {!rejecting ? (
        <div class="form-actions">
          <button type="button" class="primary" onClick={() => void run(postAction(post.id, 'publish'), t('review.published', { title }))}>{t('review.publish')}<span class="visually-hidden">: {title}</span></button>
          <button type="button" class="danger" onClick={() => setRejecting(true)}>{t('review.reject')}<span class="visually-hidden">: {title}</span></button>
        </div>
      ) : (
        <form class="edit-form" noValidate onSubmit={(e) => { e.preventDefault(); void run(rejectPost(post.id, note), t('review.rejected', { title })); }}>
          <TextAreaField id={`review-note-${post.id}`} label={t('review.note')} required rows={3} value={note} onInput={setNote} error={error} />
          <div class="form-actions">
            <button type="submit" class="danger primary">{t('review.confirmReject')}</button>
            <button type="button" onClick={() => setRejecting(false)}>{t('review.cancel')}</button>
          </div>
        </form>
      )}
    </li>
  );
}

/** The managers' queue of submitted member posts. */
export function ReviewQueue({ posts, onChanged }: { posts: Post[]; onChanged: (message: string) => void }) {
  const { t } = useT(NEWS);
  return (
    <section aria-labelledby="news-review" class="news-review">
      <h2 id="news-review">{t('review.title')}</h2>
      {posts.length === 0 ? <p>{t('review.none')}</p> : <ul class="cards">{posts.map((p) => <ReviewItem key={p.id} post={p} onChanged={onChanged} />)}</ul>}
    </section>
  );
}

const thisMonth = () => new Date().toISOString().slice(0, 7);

/** The managers' monthly digest: HTML e-mail and plain text to download, and a preview of the e-mail. */
export function DigestSection({ slug }: { slug: string }) {
  const { t } = useT(NEWS);
  const [month, setMonth] = useState(thisMonth());
  const [lang, setLang] = useState<Language>(currentLanguage());
  const [preview, setPreview] = useState<string | null>(null);
  const valid = /^\d{4}-(0[1-9]|1[0-2])$/.test(month);
  const show = async () => setPreview(await (await fetch(digestUrl(slug, month, lang, 'html'), { credentials: 'same-origin' })).text());
  return (
    <section aria-labelledby="news-digest" class="news-digest">
      <h2 id="news-digest">{t('digest.title')}</h2>
      <p>{t('digest.lead')}</p>
      <div class="field-row">
        <InputField id="digest-month" type="month" label={t('digest.month')} value={month} onInput={(v) => { setMonth(v); setPreview(null); }} />
        <SelectInput id="digest-language" label={t('digest.language')} value={lang} onChange={(v) => { setLang(v as Language); setPreview(null); }}
          options={LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))} />
      </div>
      <div class="form-actions news-digest-actions">
        <a class="button-link" href={valid ? digestUrl(slug, month, lang, 'html') : undefined} download aria-disabled={!valid}>{t('digest.html')}</a>
        <a class="button-link" href={valid ? digestUrl(slug, month, lang, 'txt') : undefined} download aria-disabled={!valid}>{t('digest.text')}</a>
        <button type="button" disabled={!valid} onClick={() => void show()}>{t('digest.preview')}</button>
      </div>
      {preview !== null && <iframe class="news-digest-preview" title={t('digest.previewTitle')} sandbox="" srcDoc={preview} />}
    </section>
  );
}
