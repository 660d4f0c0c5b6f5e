// The heading of an organisation's edit pages with links between its profile, facilities and offers.
import { useT } from '../i18n.ts';
import { EDIT } from './edit.messages.ts';

type Section = 'profile' | 'facilities' | 'offers';
const SECTIONS: Array<[Section, string]> = [
  ['profile', 'edit'],
  ['facilities', 'facilities'],
  ['offers', 'offers'],
];

/** The page title (the organisation's name) and the section tabs, the current one marked. */
export function EditHeader({ id, name, current }: { id: string; name: string; current: Section }) {
  const { t } = useT(EDIT);
  return (
    <header class="edit-header">
      <h1>{t('title', { name })}</h1>
      <nav aria-label={t('sections')} class="edit-sections">
        <ul>
          {SECTIONS.map(([section, path]) => (
            <li key={section}>
              <a href={`/organizations/${id}/${path}`} aria-current={section === current ? 'page' : undefined}>
                {t(section)}
              </a>
            </li>
          ))}
          <li>
            <a href={`/organizations/${id}`}>{t('viewProfile')}</a>
          </li>
        </ul>
      </nav>
    </header>
  );
}
