// A product's details and device facts: description, intended purpose and visibility (editable by the organisation's
// editors), the device profile the class comes from, its editor (the questionnaire or JSON), and deleting the product.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { Lang } from '../../../src/regulatory/concepts.ts';
import { ConfirmButton } from '../components/form-confirm.tsx';
import { ErrorSummary, FormActions, SelectField, TextField } from '../components/form-field.tsx';
import { maxLength, required } from '../components/form-rules.ts';
import { useForm, type Rules } from '../components/form-state.ts';
import { useT } from '../i18n.ts';
import { deleteProduct, updateProduct, VISIBILITIES, type ProductDetail, type Visibility } from './product-api.ts';
import { classLabel } from './regulatory-rules.tsx';
import type * as EditorModuleType from './product-facts-editor.tsx';
import { PRODUCT } from './product.messages.ts';

type EditorModule = typeof EditorModuleType;

/** The facts module, loaded when first needed: the questionnaire's engine and texts are large. */
function useFactsModule(needed: boolean) {
  const [module, setModule] = useState<EditorModule | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    if (needed && !module) import('./product-facts-editor.tsx').then(setModule, (err: Error) => setError(err.message));
  }, [needed]);
  return { module, error };
}

type Values = { name: string; description: string; intendedPurpose: string; visibility: Visibility };
const RULES: Rules<Values> = { name: [required, maxLength(300)], description: [maxLength(10_000)], intendedPurpose: [maxLength(10_000)] };

/** Facts other than the regulation and informative fields: none means the class rests on the defaults alone. */
const factsStated = (profile: Record<string, unknown>) =>
  Object.keys(profile).some((k) => !['regulation', 'id', 'name', 'intendedPurpose'].includes(k));

type Props = { product: ProductDetail; lang: Lang; editing: boolean; onEditing: (on: boolean) => void; onSaved: (p: ProductDetail) => void };

export function ProductFacts({ product, lang, editing, onEditing, onSaved }: Props) {
  const { t } = useT(PRODUCT);
  const { route } = useLocation();
  const stated = factsStated(product.profile);
  const [message, setMessage] = useState('');
  const [showFacts, setShowFacts] = useState(false);
  const { module, error } = useFactsModule(editing || showFacts);
  const editButton = useRef<HTMLButtonElement>(null);
  const saved = (p: ProductDetail) => {
    onSaved(p);
    setMessage(t('facts.saved', { cls: classLabel(p.classification) }));
  };
  const close = () => {
    onEditing(false);
    requestAnimationFrame(() => editButton.current?.focus());
  };
  return (
    <section id="facts" aria-labelledby="facts-title" class="product-section">
      <h2 id="facts-title">{t('facts.title')}</h2>
      {!stated && (
        <p class="notice" data-facts="defaults">
          {t('facts.defaults')}
        </p>
      )}
      <dl class="profile-facts product-details">
        <dt>{t('fields.description')}</dt>
        <dd class="profile-description">{product.description || <span class="muted">{t('facts.none')}</span>}</dd>
        <dt>{t('fields.intendedPurpose')}</dt>
        <dd class="profile-description">{product.intendedPurpose || <span class="muted">{t('facts.none')}</span>}</dd>
        <dt>{t('fields.visibility')}</dt>
        <dd>{t(`visibility.${product.visibility}`)}</dd>
      </dl>

      <h3>{t('facts.device')}</h3>
      <p class="muted">{t('facts.deviceLead')}</p>
      {error && <p role="alert" class="form-error">{t('failed', { message: error })}</p>}
      {!editing && (
        <details class="product-facts-summary" onToggle={(e) => setShowFacts(e.currentTarget.open)}>
          <summary>{t('facts.show')}</summary>
          {module ? <module.FactsSummary product={product} lang={lang} /> : <p role="status">{t('loading')}</p>}
        </details>
      )}
      {product.canEdit && (
        <>
          <p class="form-status" role="status" aria-live="polite">{message}</p>
          {editing ? (
            module ? <module.FactsEditor product={product} lang={lang} onSaved={saved} onClose={close} /> : <p role="status">{t('loading')}</p>
          ) : (
            <p>
              <button type="button" class="primary" ref={editButton} onClick={() => {
                setMessage('');
                onEditing(true);
              }}>
                {stated ? t('facts.edit') : t('facts.answer')}
              </button>
            </p>
          )}
          <DetailsForm product={product} onSaved={onSaved} />
          <h3>{t('facts.remove')}</h3>
          <ConfirmButton
            label={t('delete')}
            detail={product.name}
            question={t('deleteQuestion', { name: product.name })}
            confirmLabel={t('deleteConfirm')}
            onConfirm={() =>
              deleteProduct(product.id).then(
                () => route(`/organizations/${product.organizationId}/products`),
                (err: Error) => setMessage(t('failed', { message: err.message })),
              )}
          />
        </>
      )}
    </section>
  );
}

/** Name, description, intended purpose and visibility. */
function DetailsForm({ product, onSaved }: { product: ProductDetail; onSaved: (p: ProductDetail) => void }) {
  const { t } = useT(PRODUCT);
  const form = useForm<Values>(
    'product-details',
    { name: product.name, description: product.description, intendedPurpose: product.intendedPurpose, visibility: product.visibility },
    RULES,
  );
  const onSubmit = (event: Event) => {
    event.preventDefault();
    void form.submit(async (v) => {
      const saved = await updateProduct(product.id, {
        name: v.name.trim(),
        description: v.description.trim(),
        intendedPurpose: v.intendedPurpose.trim(),
        visibility: v.visibility,
      });
      onSaved(saved);
    });
  };
  return (
    <details class="product-details-form">
      <summary>{t('facts.editDetails')}</summary>
      <form class="edit-form" noValidate onSubmit={onSubmit}>
        <ErrorSummary form={form} />
        <TextField form={form} field="name" label={t('fields.name')} required />
        <TextField form={form} field="description" label={t('fields.description')} hint={t('fields.descriptionHint')} multiline />
        <TextField form={form} field="intendedPurpose" label={t('fields.intendedPurpose')} hint={t('fields.intendedPurposeHint')} multiline />
        <SelectField form={form} field="visibility" label={t('fields.visibility')} options={VISIBILITIES.map((v) => ({ value: v, label: t(`visibility.${v}`) }))} />
        <FormActions form={form} />
      </form>
    </details>
  );
}
