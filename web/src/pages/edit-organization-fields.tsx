// The fields of an organisation's profile, shared by its edit page and the manager's "new organisation" form.
import { CompetencePicker } from '../components/form-competences.tsx';
import { CheckboxField, CheckboxGroup, SelectField, TextField } from '../components/form-field.tsx';
import { countryName } from '../components/form-rules.ts';
import type { Form } from '../components/form-state.ts';
import { LanguageTabs } from '../components/form-tabs.tsx';
import { FORM_KIT } from '../components/form-messages.ts';
import { useT, type Language } from '../i18n.ts';
import { EDIT } from './edit.messages.ts';
import { ORGANIZATION_TYPES, SECTORS, VISIBILITIES, type OrganizationValues } from './edit-organization-values.ts';

type Props = { form: Form<OrganizationValues>; tab: Language; onTab: (l: Language) => void };

/** Every field of the profile in four sections: name and type, description and competences, place, publishing. */
export function OrganizationFields({ form, tab, onTab }: Props) {
  const { t, language } = useT(EDIT);
  const { t: tf } = useT();
  const { t: tk } = useT(FORM_KIT);
  const country = countryName(form.values.country.trim().toUpperCase(), language);
  return (
    <>
      <section aria-labelledby="org-basics">
        <h2 id="org-basics">{t('basics')}</h2>
        <TextField form={form} field="name" label={t('name')} required autoComplete="organization" />
        <div class="field-row">
          <TextField form={form} field="shortName" label={t('shortName')} />
          <SelectField form={form} field="type" label={t('type')} options={ORGANIZATION_TYPES.map((v) => ({ value: v, label: tf(`orgTypes.${v}`) }))} />
        </div>
        <CheckboxField form={form} field="isSme" label={t('isSme')} />
        <CheckboxGroup form={form} field="sectors" label={t('sectors')} options={SECTORS.map((v) => ({ value: v, label: tf(`sectors.${v}`) }))} />
      </section>
      <section aria-labelledby="org-about">
        <h2 id="org-about">{t('about')}</h2>
        <LanguageTabs form={form} base="description" label={t('description')} hint={t('descriptionHint')} tab={tab} onTab={onTab} />
        <TextField form={form} field="keywords" label={t('keywords')} hint={t('keywordsHint')} />
        <CompetencePicker form={form} field="competenceIds" />
      </section>
      <section aria-labelledby="org-place">
        <h2 id="org-place">{t('place')}</h2>
        <TextField form={form} field="street" label={t('street')} autoComplete="street-address" />
        <div class="field-row">
          <TextField form={form} field="postalCode" label={t('postalCode')} autoComplete="postal-code" />
          <TextField form={form} field="city" label={t('city')} autoComplete="address-level2" />
          <TextField form={form} field="country" label={t('country')} hint={country ? tk('countryName', { name: country }) : t('countryHint')} />
        </div>
        <div class="field-row">
          <TextField form={form} field="lat" label={t('lat')} inputMode="decimal" hint={t('coordinatesHint')} />
          <TextField form={form} field="lon" label={t('lon')} inputMode="decimal" />
        </div>
        <TextField form={form} field="website" label={t('website')} type="url" hint={t('websiteHint')} autoComplete="url" />
      </section>
      <section aria-labelledby="org-publishing">
        <h2 id="org-publishing">{t('publishing')}</h2>
        <SelectField form={form} field="visibility" label={t('visibility')} options={VISIBILITIES.map((v) => ({ value: v, label: t(`visibilityOptions.${v}`) }))} />
      </section>
    </>
  );
}
