// /organizations/:id/offers: the organisation's editors list, add, change and withdraw its offers and requests.
import { useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { api, query } from '../api.ts';
import { CompetencePicker, type PickedCompetence } from '../components/form-competences.tsx';
import { ErrorSummary, FormActions, SelectField, TextField } from '../components/form-field.tsx';
import { FORM_KIT } from '../components/form-messages.ts';
import { dateAfter, maxLength, required, todayIso } from '../components/form-rules.ts';
import { useForm, type Rules } from '../components/form-state.ts';
import { useUnsavedWarning } from '../components/form-unsaved.ts';
import { formatDate, useT } from '../i18n.ts';
import { mayEdit } from '../session.ts';
import { RequireAccess } from './edit-access.tsx';
import { EditHeader } from './edit-header.tsx';
import { ItemEditor, ItemList, useOrganizationItems } from './edit-items.tsx';
import { EDIT_ITEMS } from './edit-items.messages.ts';
import { VISIBILITIES } from './edit-organization-values.ts';
import './edit.css';

const DIRECTIONS = ['offer', 'request'] as const;
const KINDS = ['technology', 'service', 'clinical_site', 'partner', 'cdmo', 'funding', 'expertise', 'other'] as const;

type Offer = {
  id: string;
  direction: string;
  kind: string;
  title: string;
  description: string;
  competenceIds: string[];
  expiresAt: string | null;
  visibility: string;
};
type OfferValues = {
  direction: string;
  kind: string;
  title: string;
  description: string;
  competenceIds: PickedCompetence[];
  expiresAt: string;
  visibility: string;
};

const EMPTY: OfferValues = { direction: 'offer', kind: 'service', title: '', description: '', competenceIds: [], expiresAt: '', visibility: 'public' };

const valuesOf = (o: Offer): OfferValues => ({
  direction: o.direction,
  kind: o.kind,
  title: o.title,
  description: o.description,
  competenceIds: o.competenceIds.map((id) => ({ id, label: id })),
  expiresAt: o.expiresAt ?? '',
  visibility: o.visibility,
});

/** The API body; an unchanged expiry is left out, as a past one could not be sent again. */
function bodyOf(v: OfferValues, before: Offer | null) {
  const expiresAt = v.expiresAt.trim() === '' ? null : v.expiresAt.trim();
  return {
    direction: v.direction,
    kind: v.kind,
    title: v.title.trim(),
    description: v.description.trim(),
    competenceIds: v.competenceIds.map((c) => c.id),
    visibility: v.visibility,
    ...(before && before.expiresAt === expiresAt ? {} : { expiresAt }),
  };
}

export function EditOffersPage() {
  const id = useRoute().params.id ?? '';
  return (
    <RequireAccess allowed={(user) => mayEdit(user, id)}>
      <EditOffers id={id} />
    </RequireAccess>
  );
}

function EditOffers({ id }: { id: string }) {
  const { t } = useT(EDIT_ITEMS);
  const { t: tf } = useT();
  const { t: tk } = useT(FORM_KIT);
  const { name, items, error, reload } = useOrganizationItems<Offer>(id, `/offers${query({ organization: id, includeExpired: 'true', limit: 200 })}`);
  const [editing, setEditing] = useState<Offer | 'new' | null>(null);
  const [status, setStatus] = useState('');
  const before = editing === 'new' ? null : editing;
  // An expiry that is already stored may lie in the past; only a new one must lie in the future.
  const rules: Rules<OfferValues> = {
    title: [required, maxLength(300)],
    description: [maxLength(10_000)],
    expiresAt: [(value, all) => (before && before.expiresAt === all.expiresAt ? null : dateAfter(todayIso())(value, all))],
  };
  const form = useForm('offer', EMPTY, rules);
  useUnsavedWarning(form.dirty && editing !== null, tk('unsaved'));

  if (error) return <p class="page form-error" role="alert">{tk('loadFailed', { message: error })}</p>;
  if (name === null || items === null) return <p class="page" role="status">{tf('app.loading')}</p>;

  const open = (item: Offer | 'new') => {
    setEditing(item);
    setStatus('');
    form.reset(item === 'new' ? EMPTY : valuesOf(item));
  };
  const onSubmit = (event: Event) => {
    event.preventDefault();
    const body = bodyOf(form.values, before);
    void form
      .submit(async () => {
        if (editing === 'new') await api('/offers', { method: 'POST', json: { organizationId: id, ...body } });
        else if (editing) await api(`/offers/${editing.id}`, { method: 'PATCH', json: body });
      })
      .then(async (ok) => {
        if (!ok) return;
        await reload();
        setEditing(null);
        setStatus(t('savedItem', { name: body.title }));
      });
  };
  const remove = async (item: Offer) => {
    try {
      await api(`/offers/${item.id}`, { method: 'DELETE' });
      await reload();
      setStatus(t('deleted', { name: item.title }));
    } catch (err) {
      setStatus(tk('serverSaid', { message: (err as Error).message }));
    }
  };

  return (
    <div class="page">
      <EditHeader id={id} name={name} current="offers" />
      <p class="lead">{t('offersLead')}</p>
      <p role="status" aria-live="polite" class="form-status">
        {status}
      </p>
      {editing === null ? (
        <p>
          <button type="button" class="primary" onClick={() => open('new')}>
            {t('addOffer')}
          </button>
        </p>
      ) : (
        <ItemEditor title={editing === 'new' ? t('newOffer') : t('editItem', { name: editing.title })} onClose={() => setEditing(null)}>
          <form class="edit-form" noValidate onSubmit={onSubmit}>
            <ErrorSummary form={form} />
            <div class="field-row">
              <SelectField form={form} field="direction" label={t('direction')} options={DIRECTIONS.map((d) => ({ value: d, label: t(`directions.${d}`) }))} />
              <SelectField form={form} field="kind" label={t('kind')} options={KINDS.map((k) => ({ value: k, label: t(`offerKinds.${k}`) }))} />
            </div>
            <TextField form={form} field="title" label={t('offerTitle')} required />
            <TextField form={form} field="description" label={t('offerDescription')} multiline />
            <CompetencePicker form={form} field="competenceIds" label={t('competences')} />
            <div class="field-row">
              <TextField form={form} field="expiresAt" label={t('expiresAt')} type="date" hint={t('expiresHint')} />
              <SelectField form={form} field="visibility" label={t('visibility')} options={VISIBILITIES.map((v) => ({ value: v, label: t(`visibilityOptions.${v}`) }))} />
            </div>
            <FormActions form={form} />
          </form>
        </ItemEditor>
      )}
      <ItemList
        items={items}
        empty={t('noOffers')}
        titleOf={(o) => o.title}
        details={(o) => (
          <p class="muted">
            {t(`directions.${o.direction}`)} · {t(`offerKinds.${o.kind}`)}
            {o.expiresAt && ` · ${t('expires', { date: formatDate(o.expiresAt) })}`} · {t(`visibilityOptions.${o.visibility}`)}
          </p>
        )}
        onEdit={open}
        onDelete={remove}
      />
    </div>
  );
}
