// /organizations/:id/edit: an organisation's editors, its cluster managers and admins change its profile.
import { useEffect, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { api } from '../api.ts';
import { ErrorSummary, FormActions } from '../components/form-field.tsx';
import { FORM_KIT } from '../components/form-messages.ts';
import { useForm } from '../components/form-state.ts';
import { languageOf, useLanguageTab } from '../components/form-tabs.tsx';
import { useUnsavedWarning } from '../components/form-unsaved.ts';
import { useT } from '../i18n.ts';
import { mayEdit } from '../session.ts';
import { RequireAccess } from './edit-access.tsx';
import { EditHeader } from './edit-header.tsx';
import { OrganizationFields } from './edit-organization-fields.tsx';
import { NEW_ORGANIZATION, ORGANIZATION_RULES, organizationBody, organizationValues, type Organization } from './edit-organization-values.ts';
import { EDIT } from './edit.messages.ts';
import './edit.css';

export function EditOrganizationPage() {
  const id = useRoute().params.id ?? '';
  return (
    <RequireAccess allowed={(user) => mayEdit(user, id)}>
      <EditOrganization id={id} />
    </RequireAccess>
  );
}

function EditOrganization({ id }: { id: string }) {
  const { t } = useT(EDIT);
  const { t: tf } = useT();
  const { t: tk } = useT(FORM_KIT);
  const [org, setOrg] = useState<Organization | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const form = useForm('org', NEW_ORGANIZATION, ORGANIZATION_RULES);
  const [tab, setTab] = useLanguageTab();
  useUnsavedWarning(form.dirty, tk('unsaved'));

  useEffect(() => {
    api<Organization>(`/organizations/${id}`).then(
      (o) => {
        setOrg(o);
        form.reset(organizationValues(o));
      },
      (err: Error) => setLoadError(err.message),
    );
  }, [id]);

  if (loadError) {
    return (
      <section class="page narrow">
        <h1>{t('notFound')}</h1>
        <p class="muted">{loadError}</p>
      </section>
    );
  }
  if (!org) return <p class="page" role="status">{tf('app.loading')}</p>;

  const onSubmit = (event: Event) => {
    event.preventDefault();
    void form.submit(async (values) => {
      const saved = await api<Organization>(`/organizations/${id}`, { method: 'PATCH', json: organizationBody(values) });
      setOrg(saved);
      return organizationValues(saved);
    });
  };

  return (
    <div class="page">
      <EditHeader id={id} name={org.name} current="profile" />
      <form class="edit-form" noValidate onSubmit={onSubmit} aria-label={t('profile')}>
        <ErrorSummary form={form} reveal={(field) => languageOf(field) && setTab(languageOf(field)!)} />
        <OrganizationFields form={form} tab={tab} onTab={setTab} />
        <FormActions form={form} />
      </form>
    </div>
  );
}
