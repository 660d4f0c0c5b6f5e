// /organizations/:id/facilities: the organisation's editors list, add, change and delete its facilities.
import { useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { api, query } from '../api.ts';
import type { PickedCompetence } from '../components/form-competences.tsx';
import { CompetencePicker } from '../components/form-competences.tsx';
import { ErrorSummary, FormActions, SelectField, TextField } from '../components/form-field.tsx';
import { FORM_KIT } from '../components/form-messages.ts';
import { maxLength, required } from '../components/form-rules.ts';
import { useForm, type Rules } from '../components/form-state.ts';
import { LanguageTabs, languageOf, useLanguageTab } from '../components/form-tabs.tsx';
import { useUnsavedWarning } from '../components/form-unsaved.ts';
import { localized, useT } from '../i18n.ts';
import { mayEdit } from '../session.ts';
import { RequireAccess } from './edit-access.tsx';
import { EditHeader } from './edit-header.tsx';
import { ItemEditor, ItemList, useOrganizationItems } from './edit-items.tsx';
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
  const { t: tf } = useT();
  const { t: tk } = useT(FORM_KIT);
  const { name, items, error, reload } = useOrganizationItems<Facility>(id, `/facilities${query({ organization: id, limit: 200 })}`);
  const [editing, setEditing] = useState<Facility | 'new' | null>(null);
  const [status, setStatus] = useState('');
  const form = useForm('facility', EMPTY, RULES);
  const [tab, setTab] = useLanguageTab();
  useUnsavedWarning(form.dirty && editing !== null, tk('unsaved'));

  if (error) return <p class="page form-error" role="alert">{tk('loadFailed', { message: error })}</p>;
  if (name === null || items === null) return <p class="page" role="status">{tf('app.loading')}</p>;

  const open = (item: Facility | 'new') => {
    setEditing(item);
    setStatus('');
    form.reset(item === 'new' ? EMPTY : valuesOf(item));
  };
  const onSubmit = (event: Event) => {
    event.preventDefault();
    const body = bodyOf(form.values);
    void form
      .submit(async () => {
        if (editing === 'new') await api('/facilities', { method: 'POST', json: { organizationId: id, ...body } });
        else if (editing) await api(`/facilities/${editing.id}`, { method: 'PATCH', json: body });
      })
      .then(async (ok) => {
        if (!ok) return;
        await reload();
        setEditing(null);
        setStatus(t('savedItem', { name: body.name }));
      });
  };
  const remove = async (item: Facility) => {
    try {
      await api(`/facilities/${item.id}`, { method: 'DELETE' });
      await reload();
      setStatus(t('deleted', { name: item.name }));
    } catch (err) {
      setStatus(tk('serverSaid', { message: (err as Error).message }));
    }
  };

  return (
    <div class="page">
      <EditHeader id={id} name={name} current="facilities" />
      <p class="lead">{t('facilitiesLead')}</p>
      <p role="status" aria-live="polite" class="form-status">
        {status}
      </p>
      {editing === null ? (
        <p>
          <button type="button" class="primary" onClick={() => open('new')}>
            {t('addFacility')}
          </button>
        </p>
      ) : (
        <ItemEditor title={editing === 'new' ? t('newFacility') : t('editItem', { name: editing.name })} onClose={() => setEditing(null)}>
          <form class="edit-form" noValidate onSubmit={onSubmit}>
            <ErrorSummary form={form} reveal={(field) => languageOf(field) && setTab(languageOf(field)!)} />
            <div class="field-row">
              <SelectField form={form} field="kind" label={t('kind')} options={KINDS.map((k) => ({ value: k, label: t(`facilityKinds.${k}`) }))} />
              <SelectField form={form} field="access" label={t('access')} options={ACCESS.map((a) => ({ value: a, label: t(`accessOptions.${a}`) }))} />
            </div>
            <TextField form={form} field="name" label={t('facilityName')} required />
            <LanguageTabs form={form} base="description" label={t('facilityDescription')} tab={tab} onTab={setTab} />
            <CompetencePicker form={form} field="competenceIds" label={t('competences')} />
            <SelectField form={form} field="visibility" label={t('visibility')} options={VISIBILITIES.map((v) => ({ value: v, label: t(`visibilityOptions.${v}`) }))} />
            <FormActions form={form} />
          </form>
        </ItemEditor>
      )}
      <ItemList
        items={items}
        empty={t('noFacilities')}
        titleOf={(f) => f.name}
        details={(f) => (
          <p class="muted">
            {t(`facilityKinds.${f.kind}`)} · {t(`accessOptions.${f.access}`)} · {t(`visibilityOptions.${f.visibility}`)}
            {localized(f.description) && <><br />{localized(f.description)}</>}
          </p>
        )}
        onEdit={open}
        onDelete={remove}
      />
    </div>
  );
}
