// A product's EMDN code: the one chosen with its place in the nomenclature, and for editors the codes suggested from
// the product's name and description (ranked, with their ancestors) and the EMDN browser to choose from.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../i18n.ts';
import { emdnDetail, suggestEmdn, updateProduct, type EmdnNode, type EmdnSuggestion, type ProductDetail } from './product-api.ts';
import { ChooseButton, EmdnBrowser, Trail } from './emdn-tree.tsx';
import { EMDN } from './emdn.messages.ts';

type Props = { product: ProductDetail; onSaved: (p: ProductDetail) => void };

/** The codes suggested for the product's own words, best first. */
function Suggestions({ text, current, onPick }: { text: string; current: string | null; onPick: (n: { id: string; code: string; term: string }) => void }) {
  const { t } = useT(EMDN);
  const [items, setItems] = useState<EmdnSuggestion[] | null>(null);
  const [language, setLanguage] = useState('');
  const [error, setError] = useState('');
  useEffect(() => {
    let live = true;
    setItems(null);
    suggestEmdn(text).then(
      (r) => {
        if (!live) return;
        setItems(r.items);
        setLanguage(r.language);
      },
      (err: Error) => live && setError(err.message),
    );
    return () => {
      live = false;
    };
  }, [text]);
  if (error) return <p class="form-error" role="alert">{t('failed', { message: error })}</p>;
  if (items === null) return <p class="muted" role="status">{t('loading')}</p>;
  if (items.length === 0) return <p class="muted">{t('noSuggestions')}</p>;
  return (
    <>
      <p class="muted">{t('suggestionsLead', { language: t(`languages.${language}`) })}</p>
      <ol class="emdn-suggestions">
        {items.map((s) => (
          <li key={s.id} data-code={s.code}>
            <div class="emdn-suggestion-head">
              <span class="emdn-node-label">
                <code>{s.code}</code> <span lang="en">{s.term}</span>
              </span>
              <ChooseButton code={s.code} label={s.term} disabled={current === s.id} onPick={() => onPick(s)} />
            </div>
            <Trail path={s.path} />
            <p class="emdn-score">
              {t('score', { percent: Math.round(s.score * 100) })}
              {!s.terminal && <> · {t('notTerminal')}</>}
            </p>
          </li>
        ))}
      </ol>
    </>
  );
}

export function EmdnSection({ product, onSaved }: Props) {
  const { t } = useT(EMDN);
  const [ancestors, setAncestors] = useState<EmdnNode[]>([]);
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const chosen = product.emdn;
  // The suggestions and the tree load once the panel is open (at first only when no code is chosen yet).
  const [panel, setPanel] = useState(!chosen);
  // The button pressed goes away with the panel (or the code): the focus moves to what replaced it.
  const currentRef = useRef<HTMLDivElement>(null);
  const summaryRef = useRef<HTMLElement>(null);

  useEffect(() => {
    setAncestors([]);
    if (chosen) emdnDetail(chosen.id).then((d) => setAncestors(d.ancestors), () => undefined);
  }, [chosen?.id]);

  const save = async (code: { id: string; code: string; term: string } | null) => {
    setBusy(true);
    setError('');
    try {
      onSaved(await updateProduct(product.id, { emdnCode: code?.id ?? null }));
      setPanel(code === null);
      setMessage(code ? t('saved', { code: code.code, term: code.term }) : t('removed'));
      requestAnimationFrame(() => (code ? currentRef.current : summaryRef.current)?.focus());
    } catch (err) {
      setError(t('failed', { message: (err as Error).message }));
    } finally {
      setBusy(false);
    }
  };
  const text = [product.name, product.description, product.intendedPurpose].filter((s) => s.trim()).join('\n');

  return (
    <section id="emdn" aria-labelledby="emdn-title" class="product-section">
      <h2 id="emdn-title">{t('title')}</h2>
      <p class="muted">{t('lead')}</p>
      {chosen ? (
        <div class="emdn-current" data-code={chosen.code} ref={currentRef} tabIndex={-1}>
          <p>
            <span class="emdn-current-label">{t('current')}</span> <code>{chosen.code}</code> <span lang="en">{chosen.term}</span>
          </p>
          <Trail path={ancestors.map((a) => ({ id: a.id, code: a.code, term: a.label.en ?? a.code }))} />
          {product.canEdit && (
            <button type="button" disabled={busy} onClick={() => void save(null)}>
              {t('remove')}
            </button>
          )}
        </div>
      ) : (
        <p class="muted">{t('none')}</p>
      )}
      <p class="form-status" role="status" aria-live="polite">{message}</p>
      {error && <p class="form-error" role="alert">{error}</p>}
      {product.canEdit && (
        <details class="emdn-choose-panel" open={panel} onToggle={(e) => setPanel(e.currentTarget.open)}>
          <summary ref={summaryRef}>{chosen ? t('change') : t('choosePanel')}</summary>
          {panel && (
            <>
              <h3>{t('suggestions')}</h3>
              <Suggestions text={text} current={chosen?.id ?? null} onPick={(n) => void save(n)} />
              <h3>{t('browse')}</h3>
              <EmdnBrowser current={chosen?.id ?? null} onPick={(n) => void save(n)} />
            </>
          )}
        </details>
      )}
    </section>
  );
}
