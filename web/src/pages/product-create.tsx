// The form that adds a product to an organisation: name, description, intended purpose, regulation and visibility;
// the device facts follow on the product's page (the questionnaire or a pasted profile), where the class is decided.
import { useLocation } from 'preact-iso';
import { ErrorSummary, FormActions, SelectField, TextField } from '../components/form-field.tsx';
import { maxLength, required } from '../components/form-rules.ts';
import { useForm, type Rules } from '../components/form-state.ts';
import { useT } from '../i18n.ts';
import { createProduct, VISIBILITIES, type Regulation, type Visibility } from './product-api.ts';
import { PRODUCT } from './product.messages.ts';

type Values = { name: string; description: string; intendedPurpose: string; regulation: Regulation; visibility: Visibility };

const EMPTY: Values = { name: '', description: '', intendedPurpose: '', regulation: 'MDR', visibility: 'private' };
const RULES: Rules<Values> = {
  name: [required, maxLength(300)],
  description: [maxLength(10_000)],
  intendedPurpose: [maxLength(10_000)],
};

export function CreateProductForm({ organizationId }: { organizationId: string }) {
  const { t } = useT(PRODUCT);
  const { route } = useLocation();
  const form = useForm<Values>('new-product', EMPTY, RULES);

  const onSubmit = (event: Event) => {
    event.preventDefault();
    void form.submit(async (v) => {
      // The regulation alone is a valid profile (contract: absent facts are false/none); the facts editor opens next.
      const created = await createProduct(organizationId, {
        name: v.name.trim(),
        description: v.description.trim(),
        intendedPurpose: v.intendedPurpose.trim(),
        profile: { regulation: v.regulation },
        visibility: v.visibility,
      });
      route(`/products/${created.id}?edit=facts`);
    });
  };

  return (
    <section class="product-create" aria-labelledby="new-product-title">
      <h2 id="new-product-title">{t('create.title')}</h2>
      <p class="muted">{t('create.lead')}</p>
      <form class="edit-form" noValidate onSubmit={onSubmit}>
        <ErrorSummary form={form} />
        <TextField form={form} field="name" label={t('fields.name')} required />
        <TextField form={form} field="description" label={t('fields.description')} hint={t('fields.descriptionHint')} multiline />
        <TextField form={form} field="intendedPurpose" label={t('fields.intendedPurpose')} hint={t('fields.intendedPurposeHint')} multiline />
        <fieldset class="field group product-regulation">
          <legend>{t('fields.regulation')}</legend>
          <div class="options">
            {(['MDR', 'IVDR'] as const).map((r) => (
              <label key={r}>
                <input type="radio" name="regulation" value={r} checked={form.values.regulation === r} onChange={() => form.set('regulation', r)} />
                {t(`regulations.${r}`)}
              </label>
            ))}
          </div>
          <p class="field-hint">
            {t('create.regulationHint')} <a href="/regulatory/assess">{t('create.unsure')}</a>
          </p>
        </fieldset>
        <SelectField form={form} field="visibility" label={t('fields.visibility')} options={VISIBILITIES.map((v) => ({ value: v, label: t(`visibility.${v}`) }))} />
        <FormActions form={form} label={t('create.submit')} />
      </form>
    </section>
  );
}
