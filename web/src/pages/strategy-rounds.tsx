// Idea rounds on the strategy page: each round with its state, the party's remaining budget while it is open, the
// results once it has closed; managers open rounds, close them early and generate a paper draft from a closed one.
import { useState } from 'preact/hooks';
import { formatDate, formatNumber, LANGUAGES, LANGUAGE_NAMES, currentLanguage, localized, useT, type Localized } from '../i18n.ts';
import { closeRound, createRound, generatePaper, loadResults, type Ballot, type Results, type Round, type Theme } from './strategy-api.ts';
import { Field, FormButtons, LocalizedFields, useSubmit } from './strategy-forms.tsx';
import { STRATEGY } from './strategy.messages.ts';

const when = (iso: string) => formatDate(iso, { dateStyle: 'medium', timeStyle: 'short' });

function ResultsTable({ round, results }: { round: Round; results: Results }) {
  const { t } = useT(STRATEGY);
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-label={t('round.resultsOf', { title: localized(round.title) })}>
      <table class="strategy-results">
        <caption>{t('round.resultsCaption', { voters: formatNumber(results.voters), votes: formatNumber(results.votesCast) })}</caption>
        <thead><tr><th scope="col">{t('round.rank')}</th><th scope="col">{t('round.idea')}</th><th scope="col">{t('round.organization')}</th><th scope="col">{t('round.votes')}</th><th scope="col">{t('round.voters')}</th></tr></thead>
        <tbody>
          {results.items.map((r) => (
            <tr key={r.ideaId}><td>{r.rank}</td><th scope="row">{r.title}</th><td>{r.organizationName ?? '—'}</td><td>{formatNumber(r.votes)}</td><td>{formatNumber(r.voters)}</td></tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The party's budget in the active round: whom they vote for, what is left. */
function BallotSummary({ ballot, onParty }: { ballot: Ballot; onParty: (organizationId: string) => void }) {
  const { t } = useT(STRATEGY);
  if (!ballot.party) return <p class="muted">{t('round.noVote')}</p>;
  return (
    <div class="strategy-ballot">
      {ballot.parties.length > 1 ? (
        <Field id={`party-${ballot.roundId}`} label={t('round.voteFor')}>
          {(aria) => <select {...aria} value={ballot.party!.id} onChange={(e) => onParty(e.currentTarget.value)}>{ballot.parties.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}</select>}
        </Field>
      ) : (
        <p>{t('round.votingFor', { name: ballot.party.name })}</p>
      )}
      <p class="strategy-remaining" aria-live="polite"><strong>{t('round.remaining', { remaining: formatNumber(ballot.remaining), budget: formatNumber(ballot.budget) })}</strong></p>
      <p class="muted">{t('round.secret')}</p>
    </div>
  );
}

function RoundCard({ round, themes, manager, ballot, active, onActivate, onParty, onChanged, onPaper }: {
  round: Round; themes: Theme[]; manager: boolean; ballot: Ballot | null; active: boolean; onActivate: () => void; onParty: (id: string) => void; onChanged: () => void; onPaper: () => void;
}) {
  const { t } = useT(STRATEGY);
  const [results, setResults] = useState<Results | null>(null);
  const [language, setLanguage] = useState(currentLanguage());
  const [message, setMessage] = useState('');
  const title = localized(round.title);
  const theme = themes.find((th) => th.id === round.themeId);
  const run = (work: () => Promise<unknown>) => void work().catch((err: Error) => setMessage(t('failed', { message: err.message })));
  return (
    <li class={`card strategy-round round-${round.state}`}>
      <h3>{title}</h3>
      <p>
        <span class={`tag round-state-${round.state}`}>{t(`round.state.${round.state}`)}</span>
        <span class="muted">{theme ? t('round.theme', { title: localized(theme.title) }) : t('round.clusterWide')}</span>
      </p>
      <p class="muted">
        {round.state === 'upcoming' && t('round.opens', { date: when(round.opensAt) })}
        {round.state === 'open' && t('round.openUntil', { date: when(round.closesAt) })}
        {round.state === 'closed' && t('round.closedOn', { date: when(round.closedAt ?? round.closesAt) })}
        {' · '}{t('round.budget', { count: round.voteBudget })}
      </p>
      {localized(round.description) && <p>{localized(round.description)}</p>}
      {round.state === 'open' && (active && ballot
        ? <BallotSummary ballot={ballot} onParty={onParty} />
        : <p><button type="button" onClick={onActivate}>{t('round.voteHere')}<span class="visually-hidden">: {title}</span></button></p>)}
      {round.state === 'closed' && (results
        ? <ResultsTable round={round} results={results} />
        : <p><button type="button" onClick={() => run(async () => setResults(await loadResults(round.id)))}>{t('round.showResults')}<span class="visually-hidden">: {title}</span></button></p>)}
      {manager && round.state !== 'closed' && (
        <p><button type="button" onClick={() => window.confirm(t('round.confirmClose', { title })) && run(async () => { await closeRound(round.id); onChanged(); })}>{t('round.close')}<span class="visually-hidden">: {title}</span></button></p>
      )}
      {manager && round.state === 'closed' && (
        <form class="strategy-form-row strategy-generate" onSubmit={(e) => { e.preventDefault(); run(async () => { await generatePaper(round.id, language); onPaper(); }); }}>
          <Field id={`paper-language-${round.id}`} label={t('paper.language')}>
            {(aria) => <select {...aria} value={language} onChange={(e) => setLanguage(e.currentTarget.value as typeof language)}>{LANGUAGES.map((l) => <option key={l} value={l}>{LANGUAGE_NAMES[l]}</option>)}</select>}
          </Field>
          <button type="submit">{t('paper.generate')}<span class="visually-hidden">: {title}</span></button>
        </form>
      )}
      {message && <p class="form-error" role="alert">{message}</p>}
    </li>
  );
}

/** The managers' form opening a round. */
function RoundForm({ slug, themes, onChanged }: { slug: string; themes: Theme[]; onChanged: () => void }) {
  const { t } = useT(STRATEGY);
  const [title, setTitle] = useState<Localized>({});
  const [themeId, setThemeId] = useState('');
  const [budget, setBudget] = useState('10');
  const [closes, setCloses] = useState('');
  const { saving, errors, submit } = useSubmit();
  const onSubmit = async (e: Event) => {
    e.preventDefault();
    // The closing date is the end of that day in the user's time zone.
    const closesAt = closes ? new Date(`${closes}T23:59:00`).toISOString() : '';
    if (await submit(() => createRound(slug, { themeId: themeId || null, title, voteBudget: Number(budget), closesAt }))) {
      setTitle({});
      onChanged();
    }
  };
  return (
    <details class="card strategy-new-round">
      <summary>{t('round.new')}</summary>
      <form class="strategy-form" onSubmit={(e) => void onSubmit(e)}>
        <LocalizedFields id="round-title" label={t('round.title')} value={title} onChange={setTitle} error={errors.title} />
        <div class="strategy-form-row">
          <Field id="round-theme" label={t('round.scope')} error={errors.themeId}>
            {(aria) => <select {...aria} value={themeId} onChange={(e) => setThemeId(e.currentTarget.value)}><option value="">{t('round.allThemes')}</option>{themes.map((th) => <option key={th.id} value={th.id}>{localized(th.title)}</option>)}</select>}
          </Field>
          <Field id="round-budget" label={t('round.budgetLabel')} error={errors.voteBudget}>
            {(aria) => <input {...aria} type="number" min={1} max={1000} value={budget} onInput={(e) => setBudget(e.currentTarget.value)} />}
          </Field>
          <Field id="round-closes" label={t('round.closesOn')} error={errors.closesAt}>
            {(aria) => <input {...aria} type="date" value={closes} onInput={(e) => setCloses(e.currentTarget.value)} required />}
          </Field>
        </div>
        <FormButtons saving={saving} label={t('round.open')} error={errors.form} />
      </form>
    </details>
  );
}

/** The rounds section. */
export function RoundsSection({ slug, rounds, themes, manager, ballot, activeRoundId, onActivate, onParty, onChanged, onPaper }: {
  slug: string; rounds: Round[]; themes: Theme[]; manager: boolean; ballot: Ballot | null; activeRoundId: string | null;
  onActivate: (id: string) => void; onParty: (organizationId: string) => void; onChanged: () => void; onPaper: () => void;
}) {
  const { t } = useT(STRATEGY);
  return (
    <section class="strategy-rounds" aria-labelledby="strategy-rounds-title">
      <h2 id="strategy-rounds-title">{t('round.heading')}</h2>
      {rounds.length === 0 && <p class="muted">{t('round.none')}</p>}
      <ul class="cards strategy-round-list">
        {rounds.map((r) => (
          <RoundCard key={r.id} round={r} themes={themes} manager={manager} ballot={r.id === activeRoundId ? ballot : null} active={r.id === activeRoundId}
            onActivate={() => onActivate(r.id)} onParty={onParty} onChanged={onChanged} onPaper={onPaper} />
        ))}
      </ul>
      {manager && <RoundForm slug={slug} themes={themes} onChanged={onChanged} />}
    </section>
  );
}
