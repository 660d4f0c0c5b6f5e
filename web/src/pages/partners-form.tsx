// The partner search form: the idea with its character counter, the requester, filters and options.
import { useEffect, useState } from 'preact/hooks';
import { formatNumber, useT } from '../i18n.ts';
import { countryName } from './map-list.tsx';
import type { ClusterOption } from './map-data.ts';
import { MAX_TEXT, PARTNER_KINDS, regionCodes, RESULT_COUNTS, type PartnerKind, type PartnerState } from './partners-data.ts';
import { RequesterPicker, type Requester } from './partners-requester.tsx';
import { PARTNERS } from './partners.messages.ts';

/** What the form holds before it is submitted: the state plus the requester's name. */
export type Draft = PartnerState & { requesterName: string };

/** Errors by form field: `text`, `requester`, `regions`, `kind`, `cluster`, `k`, or `form` for the rest. */
export type FieldErrors = Partial<Record<'text' | 'requester' | 'regions' | 'kind' | 'cluster' | 'k' | 'sme' | 'nearby' | 'form', string>>;

/** The form field an API error detail belongs to (`filters.countries.0` → regions). */
export function fieldOfDetail(field: string): keyof FieldErrors {
  if (field === 'text') return 'text';
  if (field === 'requesterId') return 'requester';
  if (field.startsWith('filters.countries') || field.startsWith('filters.nuts')) return 'regions';
  if (field.startsWith('filters.clusterIds')) return 'cluster';
  if (field === 'partnerKind' || field.startsWith('filters.types')) return 'kind';
  if (field === 'filters.sme') return 'sme';
  if (field === 'preferNearby') return 'nearby';
  if (field === 'k') return 'k';
  return 'form';
}

/** How many filters and options differ from the defaults (shown on the folded options). */
export const activeOptions = (d: PartnerState) => [d.regions.trim(), d.kind, d.sme, d.cluster, d.nearby, d.k !== 20].filter(Boolean).length;

type Props = {
  draft: Draft;
  onDraft: (patch: Partial<Draft>) => void;
  errors: FieldErrors;
  clusters: ClusterOption[];
  busy: boolean;
  onSubmit: () => void;
};

/** The form; it only edits the draft, `onSubmit` validates it and puts it into the URL. */
export function PartnersForm({ draft, onDraft, errors, clusters, busy, onSubmit }: Props) {
  const { t } = useT(PARTNERS);
  const codes = regionCodes(draft.regions);
  const requester: Requester | null = draft.requester ? { id: draft.requester, name: draft.requesterName } : null;
  const optionsSet = activeOptions(draft);
  const optionError = errors.regions ?? errors.kind ?? errors.cluster ?? errors.k ?? errors.sme ?? errors.nearby;
  // Folded unless something in it is set or wrong; once open it stays open until the user folds it.
  const [open, setOpen] = useState(optionsSet > 0);
  useEffect(() => {
    if (optionsSet > 0 || optionError) setOpen(true);
  }, [optionsSet > 0, optionError]);
  const describe = (field: keyof FieldErrors, hint?: string) => [hint, errors[field] ? `partners-${field}-error` : ''].filter(Boolean).join(' ') || undefined;
  const error = (field: keyof FieldErrors) => errors[field] && <p id={`partners-${field}-error`} class="field-error">{errors[field]}</p>;

  return (
    <form
      class="partners-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <div class={errors.text ? 'field has-error' : 'field'}>
        <label for="partners-text">{t('textLabel')}</label>
        <p id="partners-text-hint" class="field-hint">{t('textHint')}</p>
        <textarea
          id="partners-text"
          rows={5}
          maxLength={MAX_TEXT}
          value={draft.text}
          aria-invalid={errors.text ? true : undefined}
          aria-describedby={describe('text', 'partners-text-hint partners-text-counter')}
          onInput={(e) => onDraft({ text: e.currentTarget.value })}
        />
        <div class="partners-text-foot">
          {error('text') || <span />}
          <p id="partners-text-counter" class={draft.text.length > MAX_TEXT * 0.95 ? 'partners-counter near' : 'partners-counter'}>
            {t('counter', { n: formatNumber(draft.text.length), max: formatNumber(MAX_TEXT) })}
          </p>
        </div>
      </div>

      <RequesterPicker
        id="partners-requester"
        value={requester}
        error={errors.requester}
        onChange={(r) => onDraft({ requester: r?.id ?? '', requesterName: r?.name ?? '' })}
      />

      <details class="partners-options" open={open} onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
        <summary>
          {t('options')}
          {optionsSet > 0 && <span class="partners-count"> ({t('optionsActive', { count: optionsSet })})</span>}
        </summary>
        <div class="partners-options-grid">
          <div class={errors.regions ? 'field has-error' : 'field'}>
            <label for="partners-regions">{t('regionsLabel')}</label>
            <input
              id="partners-regions"
              type="text"
              value={draft.regions}
              autoComplete="off"
              spellcheck={false}
              aria-invalid={errors.regions ? true : undefined}
              aria-describedby={describe('regions', 'partners-regions-hint')}
              onInput={(e) => onDraft({ regions: e.currentTarget.value })}
            />
            <p id="partners-regions-hint" class="field-hint">
              {codes && codes.countries.length + codes.nuts.length > 0
                ? [...codes.countries.map(countryName), ...codes.nuts].join(', ')
                : t('regionsHint')}
            </p>
            {error('regions')}
          </div>
          <div class={errors.kind ? 'field has-error' : 'field'}>
            <label for="partners-kind">{t('kindLabel')}</label>
            <select id="partners-kind" value={draft.kind} aria-describedby={describe('kind')} onChange={(e) => onDraft({ kind: e.currentTarget.value as PartnerKind | '' })}>
              <option value="">{t('any')}</option>
              {PARTNER_KINDS.map((k) => <option key={k} value={k}>{t(`kinds.${k}`)}</option>)}
            </select>
            {error('kind')}
          </div>
          <div class={errors.cluster ? 'field has-error' : 'field'}>
            <label for="partners-cluster">{t('clusterLabel')}</label>
            <select id="partners-cluster" value={draft.cluster} aria-describedby={describe('cluster')} onChange={(e) => onDraft({ cluster: e.currentTarget.value })}>
              <option value="">{t('any')}</option>
              {clusters.map((c) => [
                <option key={c.id} value={c.id}>{c.name}</option>,
                ...c.hubs.map((h) => <option key={h.id} value={h.id}>{t('hubOf', { hub: h.name, cluster: c.name })}</option>),
              ])}
            </select>
            {error('cluster')}
          </div>
          <div class={errors.k ? 'field has-error' : 'field'}>
            <label for="partners-k">{t('kLabel')}</label>
            <select id="partners-k" value={String(draft.k)} aria-describedby={describe('k')} onChange={(e) => onDraft({ k: Number(e.currentTarget.value) })}>
              {RESULT_COUNTS.map((k) => <option key={k} value={k}>{formatNumber(k)}</option>)}
            </select>
            {error('k')}
          </div>
          <div class="field checkbox">
            <label>
              <input type="checkbox" checked={draft.sme} onChange={(e) => onDraft({ sme: e.currentTarget.checked })} />
              {t('smeLabel')}
            </label>
            {error('sme')}
          </div>
          <div class="field checkbox">
            <label>
              <input type="checkbox" checked={draft.nearby} aria-describedby="partners-nearby-hint" onChange={(e) => onDraft({ nearby: e.currentTarget.checked })} />
              {t('nearbyLabel')}
            </label>
            <p id="partners-nearby-hint" class="field-hint">{t('nearbyHint')}</p>
            {error('nearby')}
          </div>
        </div>
      </details>

      {errors.form && <p class="form-error" role="alert">{errors.form}</p>}
      <div class="form-actions">
        <button type="submit" class="primary" disabled={busy}>{t('submit')}</button>
      </div>
    </form>
  );
}
