// The matches of one offer or request as a disclosure: counterpart offers or requests and fitting organisations, with reasons.
import { useState } from 'preact/hooks';
import { api } from '../api.ts';
import { REGISTRY } from '../components/registry.messages.ts';
import { formatDate, useT } from '../i18n.ts';
import { OFFER_MATCHES } from './offer-matches.messages.ts';
import type { MatchReason } from './partners-data.ts';
import { PARTNER_REASONS } from './partners-reasons.messages.ts';
import { ListOf, ReasonList } from './partners-reasons.tsx';
import './offer-matches.css';

type CounterpartReason =
  | { kind: 'sharedTerms'; terms: string[]; text: string }
  | { kind: 'kinds'; requestKind: string; offerKind: string; text: string };
type OfferMatches = {
  offerId: string;
  matchedAt: string | null;
  organizations: Array<{ id: string; organization: { id: string; name: string; type: string; country: string | null; city: string | null }; reasons: MatchReason[] }>;
  offers: Array<{ id: string; offer: { id: string; title: string; direction: string; kind: string; organizationId: string; organizationName: string }; reasons: CounterpartReason[] }>;
};
type Offer = { id: string; title: string; direction: string; organizationName: string };

/** Why a counterpart matches, in the reader's language (the API's `text` is English only). */
function CounterpartReasons({ reasons }: { reasons: CounterpartReason[] }) {
  const { t } = useT(OFFER_MATCHES);
  const { t: tr } = useT(REGISTRY);
  const { t: tw } = useT(PARTNER_REASONS);
  if (reasons.length === 0) return null;
  return (
    <ul class="partners-reasons">
      {reasons.map((r) => (
        <li key={r.kind}>
          {r.kind === 'sharedTerms' ? (
            <>
              {/* Words out of the two texts, often a German or Danish one's as typed: quoted as the partner reasons quote them. */}
              {t('sharedTerms')} <ListOf items={r.terms.map((term) => ({ key: term, label: tw('word', { word: term }) }))} />.
            </>
          ) : r.kind === 'kinds' ? (
            t('kinds', { offerKind: tr(`offerKinds.${r.offerKind}`), requestKind: tr(`offerKinds.${r.requestKind}`) })
          ) : (
            (r as { text: string }).text
          )}
        </li>
      ))}
    </ul>
  );
}

/** What was found for one offer or request. */
function MatchList({ matches, offer }: { matches: OfferMatches; offer: Offer }) {
  const { t } = useT(OFFER_MATCHES);
  const { t: tr } = useT(REGISTRY);
  const { t: tf } = useT();
  if (matches.matchedAt === null) return <p class="muted">{t('notYet')}</p>;
  const direction = offer.direction === 'offer' ? 'offer' : 'request';
  return (
    <>
      {matches.offers.length === 0 && matches.organizations.length === 0 && <p>{t('none')}</p>}
      {matches.offers.length > 0 && (
        <>
          <h4>{t(`counterparts.${direction}`)}</h4>
          <ul class="offer-matches-list">
            {matches.offers.map((m) => (
              <li key={m.id}>
                <a href={`/organizations/${m.offer.organizationId}`}>{m.offer.title}</a>
                <span class="muted"> · {m.offer.organizationName} · {tr(`offerKinds.${m.offer.kind}`)}</span>
                <CounterpartReasons reasons={m.reasons} />
              </li>
            ))}
          </ul>
        </>
      )}
      {matches.organizations.length > 0 && (
        <>
          <h4>{t('organizations')}</h4>
          <ul class="offer-matches-list">
            {matches.organizations.map((m) => (
              <li key={m.id}>
                <a href={`/organizations/${m.organization.id}`}>{m.organization.name}</a>
                <span class="muted"> · {[tf(`orgTypes.${m.organization.type}`), m.organization.city].filter(Boolean).join(' · ')}</span>
                <ReasonList reasons={m.reasons} requester={offer.organizationName} max={3} />
              </li>
            ))}
          </ul>
        </>
      )}
      <p class="muted">{t('matchedAt', { date: formatDate(matches.matchedAt, { dateStyle: 'medium', timeStyle: 'short' }) })}</p>
    </>
  );
}

/** A "Matches" disclosure under an offer or request; the matches load the first time it opens. */
export function OfferMatchesDisclosure({ offer }: { offer: Offer }) {
  const { t } = useT(OFFER_MATCHES);
  const [matches, setMatches] = useState<OfferMatches | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = () => {
    setError(null);
    api<OfferMatches>(`/offers/${offer.id}/matches`).then(setMatches, (err: Error) => setError(err.message));
  };
  const onToggle = (event: Event) => {
    if ((event.currentTarget as HTMLDetailsElement).open && matches === null && error === null) load();
  };
  return (
    <details class="offer-matches" onToggle={onToggle}>
      <summary>
        {t('matches')}
        <span class="visually-hidden">: {offer.title}</span>
      </summary>
      <div class="offer-matches-body" aria-live="polite">
        {error ? (
          <p class="form-error" role="alert">
            {t('failed', { message: error })}{' '}
            <button type="button" class="link-button" onClick={load}>{t('retry')}</button>
          </p>
        ) : matches === null ? (
          <p role="status">{t('loading')}</p>
        ) : (
          <MatchList matches={matches} offer={offer} />
        )}
      </div>
    </details>
  );
}
