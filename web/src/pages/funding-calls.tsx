// A funding call as a card: deadline and days left, follow or stop following, and who in the cluster fits it.
import { useState } from 'preact/hooks';
import { formatDate, formatEuros, formatNumber, localized, useT } from '../i18n.ts';
import { fetchMatches, followCall, type Call, type CallMatches } from './funding-api.ts';
import { FUNDING } from './funding.messages.ts';
import { PIPELINE } from './pipeline.messages.ts';
import { PARTNER_REASONS } from './partners-reasons.messages.ts';
import { ReasonList } from './partners-reasons.tsx';

function Matches({ slug, matches }: { slug: string; matches: CallMatches }) {
  const { t } = useT(FUNDING);
  const { t: tp } = useT(PIPELINE);
  const { t: tf } = useT();
  const { t: tw } = useT(PARTNER_REASONS);
  return (
    <div class="funding-matches">
      <h4>{t('match.organizations')}</h4>
      {matches.organizations.length === 0 ? <p class="muted">{t('match.noneOrganizations')}</p> : (
        <ol class="funding-match-list">
          {matches.organizations.map((o) => (
            <li key={o.orgId}>
              <a href={`/organizations/${o.orgId}`}>{o.name}</a> <span class="muted">{tf(`orgTypes.${o.type}`)}</span>
              <ReasonList reasons={o.reasons} requester="" max={2} />
            </li>
          ))}
        </ol>
      )}
      <h4>{t('match.projects')}</h4>
      {matches.projects.length === 0 ? <p class="muted">{t('match.noneProjects')}</p> : (
        <ol class="funding-match-list">
          {matches.projects.map((p) => (
            <li key={p.id}>
              <a href={`/clusters/${slug}/pipeline/${p.id}`}>{p.title}</a> <span class="tag">{tp(`stage.${p.stage}`)}</span>
              {p.leadOrganization && <span class="muted"> {p.leadOrganization}</span>}
              <p class="muted">{t('match.shared', { words: p.terms.map((word) => tw('word', { word })).join(', ') })} · {t('match.score', { score: formatNumber(p.score, { maximumFractionDigits: 2 }) })}</p>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

type Props = { slug: string; call: Call; canFollow: boolean; canMatch: boolean; signedIn: boolean; onChange: (call: Call, message: string) => void };

export function CallCard({ slug, call, canFollow, canMatch, signedIn, onChange }: Props) {
  const { t } = useT(FUNDING);
  const [matches, setMatches] = useState<CallMatches | null>(null);
  const [matching, setMatching] = useState<'idle' | 'loading' | 'shown'>('idle');
  const [error, setError] = useState<string | null>(null);
  const urgent = call.open && call.daysLeft <= 14;
  const toggleFollow = async () => {
    try {
      const next = await followCall(call.id, !call.following);
      onChange(next, t(next.following ? 'calls.followed' : 'calls.unfollowed', { title: call.title }));
    } catch (err) {
      setError((err as Error).message);
    }
  };
  const toggleMatches = async () => {
    if (matching === 'shown') return setMatching('idle');
    setMatching('loading');
    try {
      setMatches(await fetchMatches(call.id, slug));
      setMatching('shown');
      setError(null);
    } catch (err) {
      setMatching('idle');
      setError(t('match.failed', { message: (err as Error).message }));
    }
  };
  const left = !call.open ? t('calls.closed') : call.daysLeft <= 0 ? t('calls.today') : t('calls.daysLeft', { count: call.daysLeft });
  return (
    <li class={urgent ? 'card funding-call urgent' : 'card funding-call'} data-call={call.id}>
      <h3>{call.url ? <a href={call.url} rel="noopener noreferrer">{call.title}</a> : call.title}</h3>
      <p class="funding-deadline">
        <strong>{t('calls.deadline', { date: formatDate(call.deadline, { dateStyle: 'long' }) })}</strong>{' '}
        <span class={urgent ? 'funding-left urgent' : 'funding-left'}>{left}</span>
      </p>
      {call.instrument && (
        <p class="funding-instrument-ref">
          <span class="tag">{t(`level.${call.instrument.level}`)}</span> {localized(call.instrument.name)}
          {call.clusterId === null && <span class="muted"> · {t('calls.global')}</span>}
        </p>
      )}
      {call.budget !== null && <p class="muted">{t('calls.budget', { amount: formatEuros(call.budget) })}</p>}
      {call.description && <details><summary>{t('calls.more')}</summary><p>{call.description}</p></details>}
      <p class="muted">{t('calls.followers', { count: call.followers })}</p>
      <div class="funding-actions">
        {canFollow && call.open && (
          <button type="button" class={call.following ? undefined : 'primary'} onClick={() => void toggleFollow()}>
            {t(call.following ? 'calls.unfollow' : 'calls.follow')}<span class="visually-hidden">: {call.title}</span>
          </button>
        )}
        {!signedIn && call.open && <a href={`/sign-in?next=/clusters/${slug}/funding`}>{t('calls.signIn')}</a>}
        {canMatch && (
          <button type="button" aria-expanded={matching === 'shown'} onClick={() => void toggleMatches()} disabled={matching === 'loading'}>
            {matching === 'shown' ? t('match.hide') : t('match.show')}<span class="visually-hidden"> ({call.title})</span>
          </button>
        )}
      </div>
      {matching === 'loading' && <p role="status">{t('match.loading')}</p>}
      {error && <p class="form-error" role="alert">{error}</p>}
      {matching === 'shown' && matches && <Matches slug={slug} matches={matches} />}
    </li>
  );
}
