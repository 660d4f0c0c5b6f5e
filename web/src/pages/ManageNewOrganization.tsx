// /manage/:id/new-organization: a cluster manager adds a new organisation as a member of their cluster or hub.
import { useRoute, useLocation } from 'preact-iso';
import { api } from '../api.ts';
import { ErrorSummary, FormActions } from '../components/form-field.tsx';
import { FORM_KIT } from '../components/form-messages.ts';
import { useForm } from '../components/form-state.ts';
import { languageOf, useLanguageTab } from '../components/form-tabs.tsx';
import { useUnsavedWarning } from '../components/form-unsaved.ts';
import { useT } from '../i18n.ts';
import { mayManage, refreshSession } from '../session.ts';
import { RequireAccess } from './edit-access.tsx';
import { OrganizationFields } from './edit-organization-fields.tsx';
import { NEW_ORGANIZATION, ORGANIZATION_RULES, organizationBody } from './edit-organization-values.ts';
import { useCluster } from './manage-data.ts';
import { MANAGE } from './manage.messages.ts';
import './edit.css';

export function ManageNewOrganizationPage() {
  const id = useRoute().params.id ?? '';
  return (
    <RequireAccess allowed={(user) => mayManage(user, id)}>
      <NewOrganization clusterId={id} />
    </RequireAccess>
  );
}

function NewOrganization({ clusterId }: { clusterId: string }) {
  const { t } = useT(MANAGE);
  const { t: tf } = useT();
  const { t: tk } = useT(FORM_KIT);
  const { route } = useLocation();
  const { cluster, error } = useCluster(clusterId);
  const form = useForm('new-org', NEW_ORGANIZATION, ORGANIZATION_RULES);
  const [tab, setTab] = useLanguageTab();
  useUnsavedWarning(form.dirty, tk('unsaved'));

  if (error) return <p class="page form-error" role="alert">{tk('loadFailed', { message: error })}</p>;
  if (!cluster) return <p class="page" role="status">{tf('app.loading')}</p>;

  const onSubmit = (event: Event) => {
    event.preventDefault();
    let createdId = '';
    void form
      .submit(async (values) => {
        const created = await api<{ id: string }>('/organizations', { method: 'POST', json: { ...organizationBody(values), clusterIds: [clusterId] } });
        createdId = created.id;
      })
      .then(async (ok) => {
        if (!ok) return;
        await refreshSession(); // the new organisation is now one the manager may edit
        route(`/organizations/${createdId}/edit`);
      });
  };

  return (
    <div class="page">
      <p>
        <a href={`/manage/${clusterId}`}>← {cluster.name}</a>
      </p>
      <h1>{t('newOrganizationTitle', { name: cluster.name })}</h1>
      <p class="lead">{t('newOrganizationLead', { name: cluster.name })}</p>
      <form class="edit-form" noValidate onSubmit={onSubmit}>
        <ErrorSummary form={form} reveal={(field) => languageOf(field) && setTab(languageOf(field)!)} />
        <OrganizationFields form={form} tab={tab} onTab={setTab} />
        <FormActions form={form} label={t('create')} />
      </form>
    </div>
  );
}
