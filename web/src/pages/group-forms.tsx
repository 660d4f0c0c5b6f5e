// Forms of the working-group pages: a new group (the cluster's managers) and a new workshop (the group's leads and managers).
import { useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { ErrorSummary, FormActions, SelectField, TextField } from '../components/form-field.tsx';
import { maxLength, required, url, type Rule } from '../components/form-rules.ts';
import { useForm, type Form, type Rules } from '../components/form-state.ts';
import { LanguageTabs, languageOf, useLanguageTab } from '../components/form-tabs.tsx';
import { localized, useT } from '../i18n.ts';
import { createGroup, createWorkshop, type Group, type Workshop } from './groups-api.ts';
import { MarkdownField } from '../components/markdown.tsx';
import { GROUPS } from './groups.messages.ts';

type GroupValues = { kind: string; 'title.de': string; 'title.en': string; 'title.da': string; 'description.de': string; 'description.en': string; 'description.da': string };
const NO_GROUP: GroupValues = { kind: 'working_group', 'title.de': '', 'title.en': '', 'title.da': '', 'description.de': '', 'description.en': '', 'description.da': '' };
/** A title in at least one language: the rule sits on every language and speaks only when all are empty. */
const someTitle: Rule = (_value, all) => (['de', 'en', 'da'].every((l) => String(all[`title.${l}`] ?? '').trim() === '') ? { key: 'required' } : null);
const GROUP_RULES: Rules<GroupValues> = {
  'title.de': [someTitle, maxLength(300)], 'title.en': [someTitle, maxLength(300)], 'title.da': [someTitle, maxLength(300)],
  'description.de': [maxLength(5000)], 'description.en': [maxLength(5000)], 'description.da': [maxLength(5000)],
};
const texts = (v: Record<string, string>, base: string) =>
  Object.fromEntries((['de', 'en', 'da'] as const).map((l) => [l, (v[`${base}.${l}`] ?? '').trim()]).filter(([, text]) => text !== ''));

/** Creates a working or strategy group of the cluster (its managers). */
export function NewGroupForm({ slug, onCreated }: { slug: string; onCreated: (group: Group) => void }) {
  const { t } = useT(GROUPS);
  const form = useForm('new-group', NO_GROUP, GROUP_RULES);
  const [titleTab, setTitleTab] = useLanguageTab();
  const [descriptionTab, setDescriptionTab] = useLanguageTab();
  const [done, setDone] = useState('');
  const onSubmit = (event: Event) => {
    event.preventDefault();
    setDone('');
    void form.submit(async (v) => {
      const group = await createGroup(slug, { kind: v.kind, title: texts(v, 'title'), description: texts(v, 'description') });
      setDone(t('create.done', { title: localized(group.title) }));
      onCreated(group);
      return NO_GROUP;
    });
  };
  const reveal = (field: string) => {
    const language = languageOf(field);
    if (!language) return;
    if (field.startsWith('title')) setTitleTab(language);
    else setDescriptionTab(language);
  };
  return (
    <section class="card groups-new" aria-labelledby="groups-new">
      <h2 id="groups-new">{t('create.title')}</h2>
      <form class="edit-form" noValidate onSubmit={onSubmit}>
        <ErrorSummary form={form} reveal={reveal} />
        <SelectField form={form} field="kind" label={t('create.kind')} options={(['working_group', 'strategy_group'] as const).map((k) => ({ value: k, label: t(`kind.${k}`) }))} />
        <LanguageTabs form={form} base="title" label={t('create.title_')} tab={titleTab} onTab={setTitleTab} />
        <LanguageTabs form={form} base="description" label={t('create.description')} tab={descriptionTab} onTab={setDescriptionTab} />
        <FormActions form={form} label={t('create.submit')} />
        <p role="status" class="form-status">{done}</p>
      </form>
    </section>
  );
}

type WorkshopValues = { title: string; startsAt: string; endsAt: string; timezone: string; place: string; link: string; agenda: string };
const LOCAL_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
const localTime: Rule = (value) => (LOCAL_TIME.test(String(value ?? '')) ? null : { key: 'date' });
const WORKSHOP_RULES: Rules<WorkshopValues> = {
  title: [required, maxLength(300)], startsAt: [required, localTime], endsAt: [required, localTime], timezone: [required, maxLength(64)],
  place: [maxLength(500)], link: [url, maxLength(2000)], agenda: [maxLength(50_000)],
};
const ZONES = ['Europe/Berlin', 'Europe/Copenhagen', 'Europe/London', 'UTC'];

/** A labelled date-and-time input bound to a form field (the form kit has none). */
function DateTimeField<V extends WorkshopValues>({ form, field, label }: { form: Form<V>; field: 'startsAt' | 'endsAt'; label: string }) {
  const id = form.id(field);
  const error = form.errorOf(field);
  const onInput = (e: JSX.TargetedEvent<HTMLInputElement>) => form.set(field, e.currentTarget.value as V[typeof field]);
  return (
    <div class={error ? 'field has-error' : 'field'}>
      <label for={id}>{label}</label>
      <input id={id} name={field} type="datetime-local" required value={form.values[field]} aria-invalid={error ? 'true' : undefined} aria-describedby={error ? `${id}-error` : undefined} onInput={onInput} onBlur={() => form.touch(field)} />
      {error && <p id={`${id}-error`} class="field-error">{error}</p>}
    </div>
  );
}

/** Plans a workshop of the group: title, start and end in a time zone, place or link, agenda in Markdown. */
export function PlanWorkshopForm({ groupId, onPlanned }: { groupId: string; onPlanned: (w: Workshop) => void }) {
  const { t } = useT(GROUPS);
  const empty: WorkshopValues = { title: '', startsAt: '', endsAt: '', timezone: 'Europe/Berlin', place: '', link: '', agenda: '' };
  const form = useForm('plan-workshop', empty, WORKSHOP_RULES);
  const [done, setDone] = useState('');
  const onSubmit = (event: Event) => {
    event.preventDefault();
    setDone('');
    void form.submit(async (v) => {
      const workshop = await createWorkshop(groupId, { title: v.title.trim(), startsAt: v.startsAt, endsAt: v.endsAt, timezone: v.timezone, place: v.place.trim(), link: v.link.trim() || null, agenda: v.agenda });
      setDone(t('plan.done'));
      onPlanned(workshop);
      return empty;
    });
  };
  return (
    <details class="card groups-plan">
      <summary>{t('plan.title')}</summary>
      <form class="edit-form" noValidate onSubmit={onSubmit}>
        <ErrorSummary form={form} />
        <TextField form={form} field="title" label={t('plan.name')} required />
        <div class="field-row">
          <DateTimeField form={form} field="startsAt" label={t('plan.start')} />
          <DateTimeField form={form} field="endsAt" label={t('plan.end')} />
        </div>
        <SelectField form={form} field="timezone" label={t('plan.timezone')} hint={t('plan.timezoneHint')} options={ZONES.map((z) => ({ value: z, label: z }))} />
        <TextField form={form} field="place" label={t('plan.place')} />
        <TextField form={form} field="link" label={t('plan.link')} type="url" hint={t('plan.linkHint')} />
        <MarkdownField id={form.id('agenda')} label={t('plan.agenda')} hint={t('plan.agendaHint')} value={form.values.agenda} error={form.errorOf('agenda')} onInput={(text) => form.set('agenda', text)} />
        <FormActions form={form} label={t('plan.submit')} />
        <p role="status" class="form-status">{done}</p>
      </form>
    </details>
  );
}
