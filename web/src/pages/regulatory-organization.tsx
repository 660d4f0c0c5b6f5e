// The organisation a questionnaire becomes a product of: a list of those the user edits, or a search when they are many.
import { useEffect, useState } from 'preact/hooks';
import { useT } from '../i18n.ts';
import type { SessionUser } from '../session.ts';
import { organizationNames, searchOrganizations, type OrganizationName } from './regulatory-api.ts';
import { REGULATORY_ACTIONS } from './regulatory-actions.messages.ts';

// Up to this many editable organisations are listed; beyond (an admin edits them all) the user searches by name.
const MAX_LISTED = 60;

type Props = { user: SessionUser; busy: boolean; onCreate: (organizationId: string) => void };

export function ProductCreator({ user, busy, onCreate }: Props) {
  const { t } = useT(REGULATORY_ACTIONS);
  const editable = user.editableOrganizationIds;
  const many = user.isAdmin || editable.length > MAX_LISTED;
  const [organizations, setOrganizations] = useState<OrganizationName[]>([]);
  const [chosen, setChosen] = useState('');
  const [text, setText] = useState('');

  const offer = (found: OrganizationName[]) => {
    setOrganizations(found);
    setChosen(found[0]?.id ?? '');
  };
  useEffect(() => {
    if (!many && editable.length > 0) organizationNames(editable).then(offer, () => offer([]));
  }, [editable.join(), many]);

  async function search(event: Event) {
    event.preventDefault();
    if (!text.trim()) return;
    const found = await searchOrganizations(text.trim()).catch(() => []);
    offer(user.isAdmin ? found : found.filter((o) => editable.includes(o.id)));
  }

  if (!many && editable.length === 0) return null;
  return (
    <div class="regulatory-product">
      {many && (
        <form class="regulatory-product-search" onSubmit={search} role="search">
          <div class="field">
            <label for="regulatory-organization-search">{t('findOrganization')}</label>
            <input id="regulatory-organization-search" type="search" value={text} onInput={(e) => setText(e.currentTarget.value)} />
          </div>
          <button type="submit">{t('search')}</button>
        </form>
      )}
      {organizations.length > 0 && (
        <div class="regulatory-product-choice">
          <div class="field">
            <label for="regulatory-organization">{t('organization')}</label>
            <select id="regulatory-organization" value={chosen} onChange={(e) => setChosen(e.currentTarget.value)}>
              {organizations.map((o) => (
                <option key={o.id} value={o.id}>{o.name}</option>
              ))}
            </select>
          </div>
          <button type="button" disabled={busy || !chosen} onClick={() => onCreate(chosen)}>{t('product')}</button>
        </div>
      )}
    </div>
  );
}
