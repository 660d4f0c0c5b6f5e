// What to do with an answer: save it (signed in; else sign in with the answers kept), share a read-only link,
// turn it into a product of one of my organisations, print it.
import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { ApiError } from '../api.ts';
import { useT } from '../i18n.ts';
import { useSession } from '../session.ts';
import {
  assessmentToProduct, createAssessment, shareAssessment, sharedUrl, updateAssessment, type Assessment,
} from './regulatory-api.ts';
import { ProductCreator } from './regulatory-organization.tsx';
import type { AssessState } from './regulatory-state.ts';
import { REGULATORY_ACTIONS } from './regulatory-actions.messages.ts';
import { REGULATORY } from './regulatory.messages.ts';

/** Opens every disclosure while printing, so the printout holds the whole answer. */
function printAll() {
  const closed = [...document.querySelectorAll<HTMLDetailsElement>('.regulatory-page details:not([open])')];
  closed.forEach((d) => (d.open = true));
  window.print();
  closed.forEach((d) => (d.open = false));
}

type Props = { state: AssessState; onState: (next: AssessState) => void };

export function ResultActions({ state, onState }: Props) {
  const { t } = useT(REGULATORY_ACTIONS);
  const { t: tg } = useT(REGULATORY);
  const { url } = useLocation();
  const user = useSession();
  const [name, setName] = useState(state.name);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [shareLink, setShareLink] = useState('');
  const [product, setProduct] = useState<{ id: string } | null>(null);

  useEffect(() => setName(state.name), [state.name]);

  /** Saves the questionnaire (a new one, or the one resumed) and returns it. */
  async function save(): Promise<Assessment> {
    const body = {
      name: name.trim() || t('unnamed'),
      regulation: state.device.profile.regulation ?? null,
      answers: state.qualification,
      profile: state.device.profile,
    };
    const saved = state.assessment ? await updateAssessment(state.assessment, body) : await createAssessment(body);
    if (saved.id !== state.assessment || saved.name !== state.name) onState({ ...state, assessment: saved.id, name: saved.name });
    return saved;
  }

  async function run(action: () => Promise<string>) {
    setBusy(true);
    setError('');
    setStatus('');
    try {
      setStatus(await action());
    } catch (err) {
      setError(err instanceof ApiError ? tg('failed', { message: err.message }) : String(err));
    } finally {
      setBusy(false);
    }
  }

  const onSave = () => run(async () => {
    await save();
    return t('saved');
  });
  const onShare = () => run(async () => {
    const saved = await save();
    const link = sharedUrl((await shareAssessment(saved.id)).token);
    setShareLink(link);
    return (await copy(link)) ? t('shareCopied') : t('shareReady');
  });
  const onProduct = (organization: string) => run(async () => {
    const saved = await save();
    setProduct(await assessmentToProduct(saved.id, organization, saved.name));
    return t('productCreated');
  });

  if (user === undefined) return null;
  return (
    <section class="regulatory-actions" aria-labelledby="regulatory-actions-title">
      <h2 id="regulatory-actions-title">{t('title')}</h2>
      {user === null ? (
        <p class="notice">
          {t('signInLead')} <a href={`/sign-in?next=${encodeURIComponent(url)}`}>{tg('signIn')}</a>
        </p>
      ) : (
        <div class="regulatory-action-grid">
          <div class="field">
            <label for="regulatory-name">{t('name')}</label>
            <input id="regulatory-name" value={name} maxLength={200} onInput={(e) => setName(e.currentTarget.value)} />
          </div>
          <div class="form-actions">
            <button type="button" class="primary" disabled={busy} onClick={onSave}>
              {state.assessment ? t('saveAgain') : t('save')}
            </button>
            <button type="button" disabled={busy} onClick={onShare}>{t('share')}</button>
          </div>
          {shareLink && (
            <div class="field">
              <label for="regulatory-share-link">{t('shareLink')}</label>
              <input id="regulatory-share-link" readOnly value={shareLink} onFocus={(e) => e.currentTarget.select()} />
            </div>
          )}
          <ProductCreator user={user} busy={busy} onCreate={onProduct} />
          {product && (
            <p>
              <a href={`/products/${product.id}`}>{t('openProduct')}</a>
            </p>
          )}
        </div>
      )}
      <div class="form-actions">
        <button type="button" onClick={printAll}>{t('print')}</button>
      </div>
      <p role="status" class="form-status">{status}</p>
      {error && <p role="alert" class="form-error">{error}</p>}
    </section>
  );
}

/** Copies text to the clipboard; false where the browser does not allow it (the link stays shown to copy by hand). */
async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
