// The consortium step: rules, the proposed consortium as slots with reasons and alternatives to swap in, checks, downloads.
import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from '../api.ts';
import { formatNumber, useT } from '../i18n.ts';
import {
  buildConsortium,
  consortiumBody,
  consortiumCsv,
  download,
  swapIn,
  type Check,
  type Consortium,
  type Member,
  type Rules,
} from './partners-consortium-data.ts';
import { ConsortiumRules, ruleOfDetail, type RuleErrors } from './partners-consortium-rules.tsx';
import { CONSORTIUM } from './partners-consortium.messages.ts';
import { ConsortiumToPipeline } from './partners-consortium-pipeline.tsx';
import { isAbort, type PartnerState } from './partners-data.ts';
import { ReasonList } from './partners-reasons.tsx';
import { placeOf } from './partners-results.tsx';

type Props = { state: PartnerState; rules: Rules; requesterName: string; onRules: (rules: Rules) => void };

function CheckList({ checks }: { checks: Check[] }) {
  const { t } = useT(CONSORTIUM);
  return (
    <ul class="consortium-checks">
      {checks.map((c, i) => (
        <li key={`${c.rule}-${c.role ?? i}`} data-rule={c.rule} data-satisfied={String(c.satisfied)}>
          <span class="consortium-mark" aria-hidden="true">{c.satisfied ? '✓' : '✗'}</span>
          <span>
            {t(`check.${c.rule}`, { required: formatNumber(c.required), actual: formatNumber(c.actual), role: c.role ? t(`role.${c.role}`) : '' })}
            <span class="visually-hidden"> ({t(c.satisfied ? 'met' : 'notMet')})</span>
            {!c.satisfied && <span class="consortium-why-not">{t('failedHint')}</span>}
          </span>
        </li>
      ))}
    </ul>
  );
}

function MemberCard({ member, requesterName, onSwap }: { member: Member; requesterName: string; onSwap: (orgId: string) => void }) {
  const { t } = useT(CONSORTIUM);
  const { t: tf } = useT();
  const meta = (o: { type: string; city: string | null; country: string | null }) => [tf(`orgTypes.${o.type}`), placeOf(o)].filter(Boolean).join(' · ');
  return (
    <li class="card partners-card consortium-member" data-slot={member.slot} data-org={member.orgId}>
      <div class="partners-card-head">
        <span class={member.slot === 0 ? 'partners-rank consortium-requester' : 'partners-rank'} aria-hidden="true">{member.slot === 0 ? '★' : formatNumber(member.slot)}</span>
        <div>
          <h3 id={`consortium-slot-${member.slot}`} tabIndex={-1}>
            <span class="visually-hidden">{t('slot', { n: formatNumber(member.slot) })}: </span>
            <a href={`/organizations/${member.orgId}`}>{member.name}</a>
          </h3>
          <p class="partners-meta">
            {meta(member)}
            {member.isSme && <span class="tag tag-strong">{tf('sme')}</span>}
          </p>
        </div>
      </div>
      <p class="consortium-chosen">
        {t(`chosenFor.${member.chosenFor}`)}
        {member.covers.length > 0 && ` · ${t('counts', { roles: member.covers.map((r) => t(`role.${r}`)).join(', ') })}`}
      </p>
      <ReasonList reasons={member.reasons} requester={requesterName} max={3} />
      {member.alternatives.length > 0 && (
        <details class="consortium-alternatives">
          <summary>{t('alternatives', { count: member.alternatives.length })}</summary>
          <ul>
            {member.alternatives.map((a) => (
              <li key={a.orgId} data-org={a.orgId}>
                <div>
                  <a href={`/organizations/${a.orgId}`}>{a.name}</a>
                  <span class="muted">{meta(a)}</span>
                </div>
                <button type="button" aria-label={t('swapLabel', { name: a.name, current: member.name })} onClick={() => onSwap(a.orgId)}>
                  {t('swap')}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}

/** The consortium tab: built around the requester for the search's idea, again whenever the rules change. */
export function ConsortiumPanel({ state, rules, requesterName, onRules }: Props) {
  const { t } = useT(CONSORTIUM);
  const [proposed, setProposed] = useState<Consortium | null>(null);
  const [shown, setShown] = useState<Consortium | null>(null);
  const [loading, setLoading] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [errors, setErrors] = useState<RuleErrors>({});
  const [announcement, setAnnouncement] = useState('');
  const [attempt, setAttempt] = useState(0);
  const request = useRef<AbortController | null>(null);
  const key = state.requester && state.text.trim() ? JSON.stringify(consortiumBody(state, rules)) : '';

  useEffect(() => {
    request.current?.abort();
    setProposed(null);
    setShown(null);
    setAnnouncement('');
    if (!key) return;
    const controller = new AbortController();
    request.current = controller;
    setLoading(true);
    setFailure(null);
    buildConsortium(state, rules, controller.signal).then(
      (c) => {
        setProposed(c);
        setShown(c);
        setLoading(false);
      },
      (err: Error) => {
        if (isAbort(err)) return;
        setLoading(false);
        if (err instanceof ApiError && err.status === 422 && err.details.length > 0) {
          const found: RuleErrors = {};
          for (const d of err.details) found[ruleOfDetail(d.field)] ??= `${d.field.replace(/^rules\./, '')}: ${d.message}`;
          setErrors(found);
        } else {
          setFailure(err.message);
        }
      },
    );
    return () => controller.abort();
  }, [key, attempt]);

  const swap = (slot: number, orgId: string) => {
    if (!shown) return;
    const next = swapIn(shown, slot, orgId);
    setShown(next);
    const name = next.members.find((m) => m.slot === slot)?.name ?? '';
    setAnnouncement(t('swapped', { name, n: formatNumber(slot) }));
    requestAnimationFrame(() => document.getElementById(`consortium-slot-${slot}`)?.focus());
  };
  const changed = shown !== proposed;

  return (
    <section class="consortium" aria-labelledby="consortium-title">
      <h2 id="consortium-title">{t('title')}</h2>
      <p class="partners-panel-hint">{t('lead')}</p>
      {!state.requester ? (
        <p class="notice">{t('needsRequester')}</p>
      ) : (
        <>
          <ConsortiumRules rules={rules} errors={errors} busy={loading} onErrors={setErrors} onSubmit={(r) => {
            setErrors({});
            if (JSON.stringify(r) === JSON.stringify(rules)) setAttempt((n) => n + 1);
            else onRules(r);
          }} />
          <div class="consortium-status" role="status" aria-live="polite" data-loading={String(loading)}>
            {loading ? <p>{t('building')}</p> : shown ? (
              <>
                <p class={shown.complete ? 'consortium-complete' : 'consortium-incomplete'}>{t(shown.complete ? 'complete' : 'incomplete')}</p>
                {changed && <p class="muted">{t('changed')}</p>}
                {announcement && <p class="visually-hidden">{announcement}</p>}
              </>
            ) : null}
          </div>
          {failure && <p class="notice">{t('failed', { message: failure })}</p>}
          {shown && (
            <div class={loading ? 'consortium-result partners-stale' : 'consortium-result'}>
              <h3>{t('checks')}</h3>
              <CheckList checks={shown.checks} />
              <h3>{t('members')}</h3>
              <p class="muted">{t('pool', { count: shown.poolSize, n: formatNumber(shown.poolSize) })}</p>
              <ol class="partners-results consortium-members">
                {shown.members.map((m) => <MemberCard key={m.slot} member={m} requesterName={requesterName} onSwap={(orgId) => swap(m.slot, orgId)} />)}
              </ol>
              <div class="consortium-export" role="group" aria-label={t('export')}>
                <button type="button" onClick={() => download(consortiumCsv(shown), 'consortium.csv', 'text/csv;charset=utf-8')}>{t('exportCsv')}</button>
                <button type="button" onClick={() => download(`${JSON.stringify(shown, null, 2)}\n`, 'consortium.json', 'application/json')}>{t('exportJson')}</button>
              </div>
              <ConsortiumToPipeline consortium={shown} text={state.text} />
            </div>
          )}
        </>
      )}
    </section>
  );
}
