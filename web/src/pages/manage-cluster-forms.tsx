// The forms of a cluster's management page: its details (name, description, website) and a new hub.
import { api } from '../api.ts';
import { ErrorSummary, FormActions, TextField } from '../components/form-field.tsx';
import { FORM_KIT } from '../components/form-messages.ts';
import { maxLength, required, slug, url } from '../components/form-rules.ts';
import { useForm, type Rules } from '../components/form-state.ts';
import { LanguageTabs, languageOf, useLanguageTab } from '../components/form-tabs.tsx';
import { useUnsavedWarning } from '../components/form-unsaved.ts';
import { useT } from '../i18n.ts';
import type { Cluster } from './manage-data.ts';
import { MANAGE } from './manage.messages.ts';

type DetailValues = { name: string; shortName: string; 'description.de': string; 'description.en': string; 'description.da': string; website: string };
const DETAIL_RULES: Rules<DetailValues> = {
  name: [required, maxLength(300)],
  shortName: [maxLength(100)],
  'description.de': [maxLength(20_000)],
  'description.en': [maxLength(20_000)],
  'description.da': [maxLength(20_000)],
  website: [url, maxLength(500)],
};
const detailValues = (c: Cluster): DetailValues => ({
  name: c.name,
  shortName: c.shortName ?? '',
  'description.de': c.description.de ?? '',
  'description.en': c.description.en ?? '',
  'description.da': c.description.da ?? '',
  website: c.website ?? '',
});

/** Name, short name, description (de/en/da) and website of a cluster or hub. */
export function ClusterDetails({ cluster, onSaved }: { cluster: Cluster; onSaved: () => Promise<Cluster | null> }) {
  const { t } = useT(MANAGE);
  const { t: tk } = useT(FORM_KIT);
  const form = useForm('cluster', detailValues(cluster), DETAIL_RULES);
  const [tab, setTab] = useLanguageTab();
  useUnsavedWarning(form.dirty, tk('unsaved'));
  const onSubmit = (event: Event) => {
    event.preventDefault();
    void form.submit(async (v) => {
      const description = Object.fromEntries((['de', 'en', 'da'] as const).map((l) => [l, v[`description.${l}`].trim()]).filter(([, text]) => text !== ''));
      const body = { name: v.name.trim(), shortName: v.shortName.trim() || null, description, website: v.website.trim() || null };
      await api(`/clusters/${cluster.id}`, { method: 'PATCH', json: body });
      const saved = await onSaved();
      return saved ? detailValues(saved) : v;
    });
  };
  return (
    <section aria-labelledby="cluster-details">
      <h2 id="cluster-details">{t('details')}</h2>
      <form class="edit-form" noValidate onSubmit={onSubmit}>
        <ErrorSummary form={form} reveal={(field) => languageOf(field) && setTab(languageOf(field)!)} />
        <div class="field-row">
          <TextField form={form} field="name" label={t('name')} required />
          <TextField form={form} field="shortName" label={t('shortName')} />
        </div>
        <LanguageTabs form={form} base="description" label={t('description')} tab={tab} onTab={setTab} />
        <TextField form={form} field="website" label={t('website')} type="url" hint={t('websiteHint')} />
        <FormActions form={form} />
      </form>
    </section>
  );
}

type HubValues = { name: string; slug: string };
const HUB_RULES: Rules<HubValues> = { name: [required, maxLength(300)], slug: [required, slug] };
const NO_HUB: HubValues = { name: '', slug: '' };

/** Creates a hub of the cluster (its managers). */
export function NewHubForm({ cluster, onCreated }: { cluster: Cluster; onCreated: (name: string) => void }) {
  const { t } = useT(MANAGE);
  const form = useForm('hub', NO_HUB, HUB_RULES);
  const onSubmit = (event: Event) => {
    event.preventDefault();
    const name = form.values.name.trim();
    void form
      .submit(async (v) => {
        await api('/clusters', { method: 'POST', json: { parentId: cluster.id, name, slug: v.slug.trim() } });
        return NO_HUB;
      })
      .then((ok) => ok && onCreated(name));
  };
  return (
    <form class="edit-form" noValidate onSubmit={onSubmit} aria-labelledby="new-hub-title">
      <h3 id="new-hub-title">{t('newHub')}</h3>
      <ErrorSummary form={form} />
      <div class="field-row">
        <TextField form={form} field="name" label={t('hubName')} required />
        <TextField form={form} field="slug" label={t('slug')} hint={t('slugHint')} required />
      </div>
      <FormActions form={form} label={t('createHub')} />
    </form>
  );
}
