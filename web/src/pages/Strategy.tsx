// /clusters/:slug/strategy: the cluster's fields of action and focus themes with goals and milestones (everyone);
// members' ideas with comments and votes in the open round, results of closed rounds, strategy papers; the managers'
// controls for all of it.
import { useEffect, useState } from 'preact/hooks';
import { ClusterPage, type ClusterInfo } from '../components/cluster-nav.tsx';
import { localized, useT } from '../i18n.ts';
import {
  castVotes, createTheme, loadBallot, loadIdeas, loadPapers, loadRounds, loadStrategy, orderThemes,
  type Ballot, type Idea, type Paper, type Round, type Strategy,
} from './strategy-api.ts';
import { ThemeForm } from './strategy-forms.tsx';
import { ThemeIdeas, type Voting } from './strategy-ideas.tsx';
import { PapersSection } from './strategy-paper.tsx';
import { RoundsSection } from './strategy-rounds.tsx';
import { ThemeSection } from './strategy-themes.tsx';
import { STRATEGY } from './strategy.messages.ts';
import './strategy.css';

type Data = { strategy: Strategy; ideas: Idea[]; rounds: Round[]; papers: Paper[] };

async function loadAll(slug: string, member: boolean): Promise<Data> {
  const [strategy, ideas, rounds, papers] = await Promise.all([
    loadStrategy(slug),
    member ? loadIdeas(slug) : Promise.resolve([]),
    member ? loadRounds(slug) : Promise.resolve([]),
    member ? loadPapers(slug) : Promise.resolve([]),
  ]);
  return { strategy, ideas, rounds, papers };
}

function StrategyContent({ cluster }: { cluster: ClusterInfo }) {
  const { t } = useT(STRATEGY);
  const member = cluster.access !== 'public';
  const manager = cluster.access === 'manager';
  const [data, setData] = useState<Data | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [activeRoundId, setActiveRoundId] = useState<string | null>(null);
  const [organizationId, setOrganizationId] = useState<string | undefined>(undefined);
  const [ballot, setBallot] = useState<Ballot | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');

  const reload = () => loadAll(cluster.slug, member).then((d) => {
    setData(d);
    setActiveRoundId((current) => (current && d.rounds.some((r) => r.id === current && r.state === 'open') ? current : (d.rounds.find((r) => r.state === 'open')?.id ?? null)));
  }, (err: Error) => setError(err.message));
  useEffect(() => void reload(), [cluster.slug, cluster.access]);
  useEffect(() => {
    setBallot(null);
    if (activeRoundId) void loadBallot(activeRoundId, organizationId).then(setBallot, (err: Error) => setStatus(t('failed', { message: err.message })));
  }, [activeRoundId, organizationId, data?.rounds]);

  if (error) return <p class="notice" role="alert">{t('failed', { message: error })}</p>;
  if (!data) return <p role="status">{t('loading')}</p>;
  const { strategy, ideas, rounds, papers } = data;
  const vote = (ideaId: string, votes: number) => {
    if (!activeRoundId || !ballot) return;
    setBusy(true);
    castVotes(activeRoundId, ideaId, votes, ballot.party?.kind === 'organization' ? ballot.party.id : undefined)
      .then((b) => { setBallot(b); setStatus(t('vote.saved', { remaining: b.remaining })); }, (err: Error) => setStatus(t('failed', { message: err.message })))
      .finally(() => setBusy(false));
  };
  const voting: Voting | null = ballot && ballot.state === 'open' && ballot.party ? { ballot, busy, vote } : null;
  const moveTheme = (index: number, step: -1 | 1) => {
    const ids = strategy.themes.map((th) => th.id);
    [ids[index], ids[index + step]] = [ids[index + step]!, ids[index]!];
    void orderThemes(cluster.slug, ids).then(reload);
  };
  return (
    <>
      <p class="lead">{t('lead')}</p>
      <p><a href={`/clusters/${cluster.slug}/roadmap`}>{t('roadmapLink')}</a></p>
      {!member && <p class="notice">{cluster.access === 'public' && <a href={`/sign-in?next=/clusters/${cluster.slug}/strategy`}>{t('signIn')}</a>} {t('publicNote')}</p>}
      <p class="visually-hidden" role="status" aria-live="polite">{status}</p>
      {member && (
        <RoundsSection slug={cluster.slug} rounds={rounds} themes={strategy.themes} manager={manager} ballot={ballot} activeRoundId={activeRoundId}
          onActivate={setActiveRoundId} onParty={setOrganizationId} onChanged={() => void reload()} onPaper={() => void reload()} />
      )}
      <h2 class="strategy-themes-heading">{t('themes')}</h2>
      {strategy.themes.length === 0 && <p class="muted">{t('noThemes')}</p>}
      <div class="strategy-theme-list">
        {strategy.themes.map((theme, i) => (
          <ThemeSection key={theme.id} theme={theme} slug={cluster.slug} manager={manager} first={i === 0} last={i === strategy.themes.length - 1}
            onMove={(step) => moveTheme(i, step)} onChanged={() => void reload()}>
            {member && (
              <ThemeIdeas themeId={theme.id} themeTitle={localized(theme.title)} ideas={ideas.filter((idea) => idea.themeId === theme.id)} manager={manager}
                voting={voting} onChanged={() => void reload()} />
            )}
          </ThemeSection>
        ))}
      </div>
      {manager && (
        <details class="card strategy-new-theme">
          <summary>{t('theme.add')}</summary>
          <ThemeForm id="new-theme" onSave={async (v) => { await createTheme(cluster.slug, v); await reload(); }} />
        </details>
      )}
      {member && <PapersSection papers={papers} manager={manager} onChanged={() => void reload()} />}
    </>
  );
}

export function StrategyPage({ slug }: { slug: string }) {
  return <ClusterPage slug={slug} section="strategy">{(cluster) => <StrategyContent cluster={cluster} />}</ClusterPage>;
}
