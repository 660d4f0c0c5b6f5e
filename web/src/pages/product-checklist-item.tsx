// One item of a product's documentation checklist: its status (saved on change), evidence links and a note.
import { useRef, useState } from 'preact/hooks';
import type { Lang } from '../../../src/regulatory/concepts.ts';
import { FORM_KIT } from '../components/form-messages.ts';
import { url as urlRule } from '../components/form-rules.ts';
import { formatDate, useT } from '../i18n.ts';
import { CHECKLIST_STATUSES, saveChecklistItem, type ChecklistEntry, type ChecklistStatus, type PlanItem } from './product-api.ts';
import { refText } from './product-ref.ts';
import { EngineText } from './regulatory-translate.tsx';
import { PRODUCT_PLAN } from './product-plan.messages.ts';

type Entry = Pick<ChecklistEntry, 'status' | 'evidence' | 'note'>;
type Props = {
  productId: string;
  item: PlanItem;
  canEdit: boolean;
  lang: Lang;
  /** Called at once with the changed entry (the page counts progress from it), and again with the saved one. */
  onChange: (itemId: string, entry: Partial<ChecklistEntry>) => void;
  announce: (text: string) => void;
};

const domId = (id: string) => `item-${id.replace(/[^a-z0-9-]/gi, '-')}`;

export function ChecklistItem({ productId, item, canEdit, lang, onChange, announce }: Props) {
  const { t } = useT(PRODUCT_PLAN);
  const { t: tk } = useT(FORM_KIT);
  const id = domId(item.id);
  const ref = refText(item.ref, lang);
  const [error, setError] = useState('');
  const [link, setLink] = useState({ url: '', label: '' });
  const [linkError, setLinkError] = useState('');
  const [note, setNote] = useState(item.note);
  // Saves run one after the other, each sending the entry as it stands after every change so far.
  const latest = useRef<Entry>({ status: item.status, evidence: item.evidence, note: item.note });
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  const save = (change: Partial<Entry>, done: string) => {
    latest.current = { ...latest.current, ...change };
    const entry = latest.current;
    onChange(item.id, entry);
    setError('');
    queue.current = queue.current.then(async () => {
      try {
        const saved = await saveChecklistItem(productId, item.id, entry);
        onChange(item.id, { status: saved.status, evidence: saved.evidence, note: saved.note, updatedBy: saved.updatedBy, updatedAt: saved.updatedAt });
        announce(done);
      } catch (err) {
        setError(t('item.notSaved', { message: (err as Error).message }));
      }
    });
    return queue.current;
  };

  const addLink = (event: Event) => {
    event.preventDefault();
    const problem = link.url.trim() === '' ? { key: 'required' } : urlRule(link.url.trim(), {});
    if (problem) {
      setLinkError(tk(problem.key));
      document.getElementById(`${id}-url`)?.focus();
      return;
    }
    setLinkError('');
    const added = { url: link.url.trim(), ...(link.label.trim() ? { label: link.label.trim() } : {}) };
    void save({ evidence: [...latest.current.evidence, added] }, t('item.linkAdded', { ref })).then(() => setLink({ url: '', label: '' }));
  };

  const setStatus = (value: ChecklistStatus) => save({ status: value }, t('item.statusSaved', { ref, status: t(`status.${value}`) }));

  return (
    <li class="product-item" data-item={item.id} data-status={item.status}>
      <div class="product-item-head">
        <div class="product-item-text">
          <span class="product-ref">{ref}</span>{' '}
          <span class="product-item-title" id={`${id}-title`}>
            <EngineText text={item.title} lang={lang} />
          </span>
          {item.why && (
            <p class="product-why">
              <EngineText text={item.why} lang={lang} />
            </p>
          )}
        </div>
        <div class="product-item-status">
          {canEdit ? (
            <>
              <label for={`${id}-status`}>
                {t('item.status')}
                <span class="visually-hidden"> {ref}</span>
              </label>
              <select id={`${id}-status`} value={item.status} data-status={item.status} onChange={(e) => void setStatus(e.currentTarget.value as ChecklistStatus)}>
                {CHECKLIST_STATUSES.map((s) => (
                  <option key={s} value={s}>{t(`status.${s}`)}</option>
                ))}
              </select>
            </>
          ) : (
            <span class="product-status" data-status={item.status}>{t(`status.${item.status}`)}</span>
          )}
        </div>
      </div>
      {error && <p class="form-error" role="alert">{error}</p>}
      <Evidence item={item} refLabel={ref} onRemove={canEdit ? (i) => void save({ evidence: latest.current.evidence.filter((_, n) => n !== i) }, t('item.linkRemoved', { ref })) : undefined} />
      {item.note && (
        <p class="product-note-text">
          <span class="product-note-label">{t('item.note')}:</span> {item.note}
        </p>
      )}
      {(item.evidence.length > 0 || item.note) && item.updatedBy && item.updatedAt && (
        <p class="product-meta">{t('item.updated', { name: item.updatedBy.name, date: formatDate(item.updatedAt) })}</p>
      )}
      {canEdit && (
        <details class="product-item-more">
          <summary>{t('item.more')}<span class="visually-hidden"> {ref}</span></summary>
          <form class="product-link-form" noValidate onSubmit={addLink}>
            <div class={linkError ? 'field has-error' : 'field'}>
              <label for={`${id}-url`}>{t('item.url')}</label>
              <input id={`${id}-url`} type="url" inputMode="url" value={link.url} placeholder="https://" aria-invalid={linkError ? 'true' : undefined}
                aria-describedby={linkError ? `${id}-url-error` : undefined} onInput={(e) => setLink({ ...link, url: e.currentTarget.value })} />
              {linkError && <p id={`${id}-url-error`} class="field-error">{linkError}</p>}
            </div>
            <div class="field">
              <label for={`${id}-label`}>{t('item.linkLabel')}</label>
              <input id={`${id}-label`} value={link.label} maxLength={200} onInput={(e) => setLink({ ...link, label: e.currentTarget.value })} />
            </div>
            <button type="submit">{t('item.addLink')}</button>
          </form>
          <div class="field product-note">
            <label for={`${id}-note`}>{t('item.note')}</label>
            <textarea id={`${id}-note`} rows={3} maxLength={5_000} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
            <div class="form-actions">
              <button type="button" disabled={note.trim() === latest.current.note} onClick={() => void save({ note: note.trim() }, t('item.noteSaved', { ref }))}>
                {t('item.saveNote')}
              </button>
            </div>
          </div>
        </details>
      )}
    </li>
  );
}

/** The evidence links, each removable by the editors. */
function Evidence({ item, refLabel, onRemove }: { item: PlanItem; refLabel: string; onRemove?: (index: number) => void }) {
  const { t } = useT(PRODUCT_PLAN);
  if (item.evidence.length === 0) return null;
  return (
    <ul class="product-evidence" aria-label={t('item.evidence', { ref: refLabel })}>
      {item.evidence.map((e, i) => (
        <li key={`${e.url}-${i}`}>
          <a href={e.url} rel="noopener noreferrer" target="_blank">{e.label ?? e.url}</a>
          {onRemove && (
            <button type="button" class="chip-remove" onClick={() => onRemove(i)} aria-label={t('item.removeLink', { name: e.label ?? e.url })}>
              ×
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
