// A product's device facts: shown as the navigator's questions with their answers, and edited with those questions
// (the class live beside them) or as the profile in JSON.
import { useState } from 'preact/hooks';
import type { Lang } from '../../../src/regulatory/concepts.ts';
import type { QualificationAnswers } from '../../../src/regulatory/qualification.ts';
import type { ProfileDraft } from '../../../src/regulatory/questionnaire.ts';
import { ApiError } from '../api.ts';
import { useT } from '../i18n.ts';
import { updateProduct, type ProductDetail } from './product-api.ts';
import { DeviceQuestions } from './regulatory-device.tsx';
import { evaluate, openQuestions, settle, type DeviceAnswers } from './regulatory-engine.ts';
import { LivePanel } from './regulatory-live.tsx';
import { AnswerList } from './regulatory-answers.tsx';
import { PRODUCT } from './product.messages.ts';

/** The stated facts, read-only: the qualification answers and every relevant device question with its answer. */
export function FactsSummary({ product, lang }: { product: ProductDetail; lang: Lang }) {
  const answers = settle({ profile: product.profile as ProfileDraft, declined: [] });
  return <AnswerList qualification={(product.qualification?.answers ?? {}) as QualificationAnswers} answers={answers} lang={lang} />;
}

type Props = { product: ProductDetail; lang: Lang; onSaved: (p: ProductDetail) => void; onClose: () => void };

export function FactsEditor({ product, lang, onSaved, onClose }: Props) {
  const { t } = useT(PRODUCT);
  const [answers, setAnswers] = useState<DeviceAnswers>(() => settle({ profile: product.profile as ProfileDraft, declined: [] }));
  const [json, setJson] = useState(() => JSON.stringify(product.profile, null, 2));
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const evaluation = evaluate(answers.profile);

  const save = async (profile: Record<string, unknown>) => {
    setBusy(true);
    setError('');
    try {
      onSaved(await updateProduct(product.id, { profile }));
      onClose();
    } catch (err) {
      setError(err instanceof ApiError ? t('facts.refused', { message: err.message }) : String(err));
    } finally {
      setBusy(false);
    }
  };

  const saveJson = () => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(json);
    } catch (err) {
      setError(t('facts.badJson', { message: (err as Error).message }));
      return;
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      setError(t('facts.notObject'));
      return;
    }
    setAnswers(settle({ profile: parsed as ProfileDraft, declined: [] }));
    void save(parsed as Record<string, unknown>);
  };

  return (
    <div class="product-facts-editor">
      <div class="regulatory-layout">
        <div class="regulatory-main">
          <DeviceQuestions answers={answers} lang={lang} onAnswers={(next) => {
            setAnswers(next);
            setJson(JSON.stringify(next.profile, null, 2));
          }} />
        </div>
        <LivePanel evaluation={evaluation} open={openQuestions(answers)} lang={lang} />
      </div>
      {error && <p class="form-error" role="alert">{error}</p>}
      <div class="form-actions product-facts-actions">
        <button type="button" class="primary" disabled={busy || !evaluation.ok} onClick={() => void save(answers.profile as Record<string, unknown>)}>
          {t('facts.save')}
        </button>
        <button type="button" disabled={busy} onClick={onClose}>{t('facts.cancel')}</button>
      </div>
      <details class="product-json">
        <summary>{t('facts.json')}</summary>
        <p class="field-hint" id="product-json-hint">
          {t('facts.jsonHint')}
        </p>
        <div class="field">
          <label for="product-json">{t('facts.jsonLabel')}</label>
          <textarea id="product-json" rows={12} spellcheck={false} aria-describedby="product-json-hint" value={json} onInput={(e) => setJson(e.currentTarget.value)} />
        </div>
        <div class="form-actions">
          <button type="button" disabled={busy} onClick={saveJson}>{t('facts.saveJson')}</button>
        </div>
      </details>
    </div>
  );
}
