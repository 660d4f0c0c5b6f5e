// /organizations/:id/offers: the organisation's editors list, add, change and withdraw its offers and requests, and see their matches.
import { useRoute } from 'preact-iso';
import { CompetencePicker, type PickedCompetence } from '../components/form-competences.tsx';
import { SelectField, TextField } from '../components/form-field.tsx';
import { dateAfter, maxLength, required, todayIso } from '../components/form-rules.ts';
import type { Rules } from '../components/form-state.ts';
import { formatDate, useT } from '../i18n.ts';
import { mayEdit } from '../session.ts';
import { RequireAccess } from './edit-access.tsx';
import { ItemsEditor } from './edit-items.tsx';
import { EDIT_ITEMS } from './edit-items.messages.ts';
import { OfferMatchesDisclosure } from './offer-matches.tsx';
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
  organizationName: string;
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

/** An expiry that is already stored may lie in the past; only a new one must lie in the future. */
const rulesFor = (before: Offer | null): Rules<OfferValues> => ({
  title: [required, maxLength(300)],
  description: [maxLength(10_000)],
  expiresAt: [(value, all) => (before && before.expiresAt === all.expiresAt ? null : dateAfter(todayIso())(value, all))],
});

function EditOffers({ id }: { id: string }) {
  const { t } = useT(EDIT_ITEMS);
  return (
    <ItemsEditor
      id={id}
      section="offers"
      resource="/offers"
      listQuery={{ includeExpired: 'true' }}
      formName="offer"
      empty={EMPTY}
      rules={rulesFor}
      valuesOf={valuesOf}
      bodyOf={bodyOf}
      nameOf={(o) => o.title}
      texts={{ lead: t('offersLead'), add: t('addOffer'), new: t('newOffer'), none: t('noOffers') }}
      fields={(form) => (
        <>
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
        </>
      )}
      details={(o) => (
        <>
          <p class="muted">
            {t(`directions.${o.direction}`)} · {t(`offerKinds.${o.kind}`)}
            {o.expiresAt && ` · ${t('expires', { date: formatDate(o.expiresAt) })}`} · {t(`visibilityOptions.${o.visibility}`)}
          </p>
          <OfferMatchesDisclosure offer={o} />
        </>
      )}
    />
  );
}
