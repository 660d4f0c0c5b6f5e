// /clusters/:slug/pipeline: the innovation pipeline as a board of stages, filters kept in the URL, the days per stage,
// and the form adding a project.
import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { ApiError } from '../api.ts';
import { ClusterPage } from '../components/cluster-nav.tsx';
import { localized, useT } from '../i18n.ts';
import { useSession } from '../session.ts';
import { BoardColumns, StageStatistics } from './pipeline-board.tsx';
import { CreateProject } from './pipeline-create.tsx';
import { fetchBoard, moveStage, type Board, type BoardFilters, type ProjectSummary, type Stage } from './pipeline-api.ts';
import { PIPELINE } from './pipeline.messages.ts';
import '../components/form-styles.css';
import './product.css';
import './pipeline.css';

const FILTER_KEYS = ['theme', 'kind', 'trlMin', 'trlMax', 'organization'] as const;

function Filters({ board, filters, onApply }: { board: Board; filters: BoardFilters; onApply: (f: BoardFilters) => void }) {
  const { t } = useT(PIPELINE);
  const [draft, setDraft] = useState<BoardFilters>(filters);
  useEffect(() => setDraft(filters), [JSON.stringify(filters)]);
  const select = (key: keyof BoardFilters, label: string, options: Array<[string, string]>) => (
    <label>
      {label}
      <select value={draft[key] ?? ''} onChange={(e) => setDraft({ ...draft, [key]: e.currentTarget.value || undefined })}>
        <option value="">{t('any')}</option>
        {options.map(([value, text]) => <option key={value} value={value}>{text}</option>)}
      </select>
    </label>
  );
  const levels: Array<[string, string]> = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => [String(n), String(n)]);
  // Open on wide screens and whenever a filter is set; on a phone the board comes first.
  const open = Object.keys(filters).length > 0 || globalThis.matchMedia?.('(min-width: 641px)').matches !== false;
  return (
    <details class="pipeline-filter-box" open={open}>
      <summary>{t('filters.title')}{Object.keys(filters).length > 0 && ` (${Object.keys(filters).length})`}</summary>
      <form class="pipeline-filters" aria-label={t('filters.title')} onSubmit={(e) => {
        e.preventDefault();
        onApply(draft);
      }}>
        {select('theme', t('filters.theme'), board.themes.map((th) => [th.id, localized(th.title)]))}
        {select('kind', t('filters.kind'), [['lead', t('kind.lead')], ['member', t('kind.member')]])}
        {select('trlMin', t('filters.trlMin'), levels)}
        {select('trlMax', t('filters.trlMax'), levels)}
        {select('organization', t('filters.organization'), board.organizations.map((o) => [o.id, o.name]))}
        <div class="pipeline-actions">
          <button type="submit">{t('filters.apply')}</button>
          <button type="button" onClick={() => onApply({})}>{t('filters.reset')}</button>
        </div>
      </form>
    </details>
  );
}

export function PipelinePage({ slug }: { slug: string }) {
  return <ClusterPage slug={slug} section="pipeline">{() => <PipelineContent slug={slug} />}</ClusterPage>;
}

function PipelineContent({ slug }: { slug: string }) {
  const { t, language } = useT(PIPELINE);
  const user = useSession();
  const { query, path, route } = useLocation();
  const filters: BoardFilters = Object.fromEntries(FILTER_KEYS.flatMap((k) => (query[k] ? [[k, query[k]]] : [])));
  const key = `${slug}|${JSON.stringify(filters)}|${user?.id ?? ''}`;
  const [board, setBoard] = useState<Board | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [creating, setCreating] = useState(false);

  const load = async () => {
    try {
      const next = await fetchBoard(slug, filters);
      setBoard(next);
      setError(null);
      return next;
    } catch (err) {
      setError((err as Error).message);
      return null;
    }
  };
  useEffect(() => {
    if (user !== undefined) void load();
  }, [key]);
  useEffect(() => {
    document.title = `${t('board.title')} · klynge`;
  }, [language]);

  const apply = (next: BoardFilters) => {
    const params = new URLSearchParams(Object.entries(next).filter(([, v]) => v) as Array<[string, string]>).toString();
    route(params ? `${path}?${params}` : path);
  };
  const focusCard = (id: string) => requestAnimationFrame(() => document.getElementById(`pipeline-card-${id}`)?.focus());

  const move = async (project: ProjectSummary, to: Stage) => {
    setBusy(true);
    try {
      await moveStage(project.id, project.stage, to);
      await load();
      setAnnouncement(t('board.moved', { title: project.title, stage: t(`stage.${to}`) }));
      focusCard(project.id);
    } catch (err) {
      const fresh = await load();
      if (err instanceof ApiError && err.status === 409) {
        const now = fresh?.items.find((p) => p.id === project.id)?.stage ?? to;
        setAnnouncement(t('board.conflict', { title: project.title, stage: t(`stage.${now}`) }));
        focusCard(project.id);
      } else {
        setAnnouncement(t('board.moveFailed', { message: (err as Error).message }));
      }
    } finally {
      setBusy(false);
    }
  };

  if (error && !board) return <p class="notice" role="alert">{t('failed', { message: error })} <button type="button" onClick={() => void load()}>{t('retry')}</button></p>;
  if (!board) return <p role="status">{t('loading')}</p>;
  return (
    <div class="pipeline">
      <p class="lead">{t('lead')}</p>
      {board.access === 'public' && (
        <p class="notice">{t('publicNote')} {user === null && <a href={`/sign-in?next=/clusters/${slug}/pipeline`}>{t('signIn')}</a>}</p>
      )}
      {board.canCreate && !creating && (
        <p><button type="button" class="primary" aria-expanded="false" onClick={() => setCreating(true)}>{t('create.open')}</button></p>
      )}
      {creating && <CreateProject slug={slug} board={board} onClose={() => setCreating(false)} />}
      <Filters board={board} filters={filters} onApply={apply} />
      <section aria-labelledby="pipeline-board-title" class="pipeline-board">
        <h2 id="pipeline-board-title">{t('board.title')} <span class="muted">({t('board.projects', { count: board.items.length })})</span></h2>
        <p class="muted">{t('board.hint')}</p>
        <p class="pipeline-announce" role="status" aria-live="polite">{announcement}</p>
        <BoardColumns slug={slug} board={board} busy={busy} onMove={(p, to) => void move(p, to)} />
      </section>
      <StageStatistics board={board} />
    </div>
  );
}
