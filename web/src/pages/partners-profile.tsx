// An organisation's profile sections "Similar organisations" and "Likely partners", loaded once they come into view.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../i18n.ts';
import { fetchMatchList, type MatchResult } from './partners-data.ts';
import { PARTNERS_PROFILE } from './partners-profile.messages.ts';
import { ReasonList } from './partners-reasons.tsx';
import { placeOf } from './partners-results.tsx';
import './partners.css';

const SHOWN = 5;

type Props = { organization: { id: string; name: string; shortName: string | null }; list: 'similar' | 'likely-partners' };

/** Starts `load` when the element is near the viewport (the profile itself stays one round of requests). */
function useWhenVisible(load: () => void, key: string) {
  const element = useRef<HTMLElement>(null);
  useEffect(() => {
    const target = element.current;
    if (!target || typeof IntersectionObserver === 'undefined') return load();
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        observer.disconnect();
        load();
      }
    }, { rootMargin: '300px' });
    observer.observe(target);
    return () => observer.disconnect();
  }, [key]);
  return element;
}

/** One of the profile's lists: up to five organisations with their place and one or two reasons. */
export function MatchSection({ organization, list }: Props) {
  const { t } = useT(PARTNERS_PROFILE);
  const { t: tf } = useT();
  const [items, setItems] = useState<MatchResult[] | null>(null);
  const [failed, setFailed] = useState(false);
  const key = `${organization.id}:${list}`;
  const load = () => {
    setItems(null);
    setFailed(false);
    fetchMatchList(organization.id, list, SHOWN).then(setItems, () => setFailed(true));
  };
  const element = useWhenVisible(load, key);
  const title = list === 'similar' ? 'similar' : 'likely';

  return (
    <section ref={element} aria-labelledby={`match-${title}`} data-match-list={list} aria-busy={items === null && !failed}>
      <h2 id={`match-${title}`}>{t(title)}</h2>
      <p class="muted">{t(`${title}Hint`)}</p>
      {failed ? (
        <p>
          {t('failed')} <button type="button" class="link-button" onClick={load}>{t('retry')}</button>
        </p>
      ) : items === null ? (
        <p class="muted" role="status">{t('loading')}</p>
      ) : items.length === 0 ? (
        <p class="muted">{t('none')}</p>
      ) : (
        <ol class="partners-profile-list">
          {items.map((r) => (
            <li key={r.orgId}>
              <a href={`/organizations/${r.orgId}`}>{r.name}</a>
              <p class="profile-meta">{[tf(`orgTypes.${r.type}`), placeOf(r)].filter(Boolean).join(' · ')}</p>
              <ReasonList reasons={r.reasons} requester={organization.shortName || organization.name} max={2} />
            </li>
          ))}
        </ol>
      )}
      {list === 'likely-partners' && (
        <p class="partners-profile-more">
          <a href={`/partners?requester=${organization.id}`}>{t('findPartners')}</a>
        </p>
      )}
    </section>
  );
}

/** The profile header's action: the partner search with this organisation as the requester. */
export function FindPartnersLink({ id }: { id: string }) {
  const { t } = useT(PARTNERS_PROFILE);
  return <a class="button-link" href={`/partners?requester=${id}`}>{t('findPartners')}</a>;
}
