// /organizations/:id/facilities: the organisation's editors list, add, change and delete its facilities.
import { useRoute } from 'preact-iso';
import type { PickedCompetence } from '../components/form-competences.tsx';
import { CompetencePicker } from '../components/form-competences.tsx';
import { SelectField, TextField } from '../components/form-field.tsx';
import { maxLength, required } from '../components/form-rules.ts';
import type { Rules } from '../components/form-state.ts';
import { LanguageTabs, languageOf, useLanguageTab } from '../components/form-tabs.tsx';
import { localized, useT } from '../i18n.ts';
import { mayEdit } from '../session.ts';
import { RequireAccess } from './edit-access.tsx';
import { ItemsEditor } from './edit-items.tsx';
import { EDIT_ITEMS } from './edit-items.messages.ts';
import { VISIBILITIES } from './edit-organization-values.ts';
import './edit.css';

const KINDS = ['lab', 'core_facility', 'biobank', 'cohort', 'clean_room', 'pilot_plant', 'equipment', 'other'] as const;
const ACCESS = ['internal', 'collaboration', 'service'] as const;

type Facility = {
  id: string;
  kind: string;
  name: string;
  description: { de?: string; en?: string; da?: string };
  competenceIds: string[];
  access: string;
  visibility: string;
};
type FacilityValues = {
  kind: string;
  name: string;
  'description.de': string;
  'description.en': string;
  'description.da': string;
  competenceIds: PickedCompetence[];
  access: string;
  visibility: string;
};

const EMPTY: FacilityValues = {
  kind: 'lab', name: '', 'description.de': '', 'description.en': '', 'description.da': '', competenceIds: [], access: 'collaboration', visibility: 'public',
};
const RULES: Rules<FacilityValues> = {
  name: [required, maxLength(300)],
  'description.de': [maxLength(20_000)],
  'description.en': [maxLength(20_000)],
  'description.da': [maxLength(20_000)],
};

const valuesOf = (f: Facility): FacilityValues => ({
  kind: f.kind,
  name: f.name,
  'description.de': f.description.de ?? '',
  'description.en': f.description.en ?? '',
  'description.da': f.description.da ?? '',
  competenceIds: f.competenceIds.map((id) => ({ id, label: id })),
  access: f.access,
  visibility: f.visibility,
});

const bodyOf = (v: FacilityValues) => ({
  kind: v.kind,
  name: v.name.trim(),
  description: Object.fromEntries((['de', 'en', 'da'] as const).map((l) => [l, v[`description.${l}`].trim()]).filter(([, text]) => text !== '')),
  competenceIds: v.competenceIds.map((c) => c.id),
  access: v.access,
  visibility: v.visibility,
});

export function EditFacilitiesPage() {
  const id = useRoute().params.id ?? '';
  return (
    <RequireAccess allowed={(user) => mayEdit(user, id)}>
      <EditFacilities id={id} />
    </RequireAccess>
  );
}

function EditFacilities({ id }: { id: string }) {
  const { t } = useT(EDIT_ITEMS);
  const [tab, setTab] = useLanguageTab();
  return (
    <ItemsEditor
      id={id}
      section="facilities"
      resource="/facilities"
      formName="facility"
      empty={EMPTY}
      rules={() => RULES}
      valuesOf={valuesOf}
      bodyOf={bodyOf}
      nameOf={(f) => f.name}
      texts={{ lead: t('facilitiesLead'), add: t('addFacility'), new: t('newFacility'), none: t('noFacilities') }}
      reveal={(field) => languageOf(field) && setTab(languageOf(field)!)}
      fields={(form) => (
        <>
          <div class="field-row">
            <SelectField form={form} field="kind" label={t('kind')} options={KINDS.map((k) => ({ value: k, label: t(`facilityKinds.${k}`) }))} />
            <SelectField form={form} field="access" label={t('access')} options={ACCESS.map((a) => ({ value: a, label: t(`accessOptions.${a}`) }))} />
          </div>
          <TextField form={form} field="name" label={t('facilityName')} required />
          <LanguageTabs form={form} base="description" label={t('facilityDescription')} tab={tab} onTab={setTab} />
          <CompetencePicker form={form} field="competenceIds" label={t('competences')} />
          <SelectField form={form} field="visibility" label={t('visibility')} options={VISIBILITIES.map((v) => ({ value: v, label: t(`visibilityOptions.${v}`) }))} />
        </>
      )}
      details={(f) => (
        <p class="muted">
          {t(`facilityKinds.${f.kind}`)} · {t(`accessOptions.${f.access}`)} · {t(`visibilityOptions.${f.visibility}`)}
          {localized(f.description) && <><br />{localized(f.description)}</>}
        </p>
      )}
    />
  );
}
