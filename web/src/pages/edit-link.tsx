// The "Edit" link of an organisation's profile, shown only to those who may edit it.
import { useT } from '../i18n.ts';
import { mayEdit, useSession } from '../session.ts';
import { EDIT } from './edit.messages.ts';
import './edit-link.css';

/** A link to the organisation's edit page for its editors, its cluster managers and admins; nothing for others. */
export function EditLink({ id, name }: { id: string; name: string }) {
  const { t } = useT(EDIT);
  const user = useSession();
  if (!mayEdit(user, id)) return null;
  return (
    <a class="button-link" href={`/organizations/${id}/edit`}>
      {t('editProfile')}
      <span class="visually-hidden"> {name}</span>
    </a>
  );
}
