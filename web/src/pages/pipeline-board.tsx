// The board: one column per stage with its projects; a project's editors move it with a select and a button
// (keyboard and screen readers need no dragging).
import { useState } from 'preact/hooks';
import { formatEuros, formatNumber, localized, useT } from '../i18n.ts';
import { ClassBadge } from './product-badges.tsx';
import { STAGES, type Board, type ProjectSummary, type Stage } from './pipeline-api.ts';
import { PIPELINE } from './pipeline.messages.ts';

type MoveProps = { project: ProjectSummary; busy: boolean; onMove: (project: ProjectSummary, to: Stage) => void };

function MoveControl({ project, busy, onMove }: MoveProps) {
  const { t } = useT(PIPELINE);
  const next = STAGES[Math.min(STAGES.indexOf(project.stage) + 1, STAGES.length - 1)]!;
  const [to, setTo] = useState<Stage>(next === project.stage ? STAGES[0] : next);
  const id = `move-${project.id}`;
  return (
    <form class="pipeline-move" onSubmit={(e) => {
      e.preventDefault();
      onMove(project, to);
    }}>
      <label for={id} class="visually-hidden">{t('board.moveTo', { title: project.title })}</label>
      <select id={id} value={to} onChange={(e) => setTo(e.currentTarget.value as Stage)} disabled={busy}>
        {STAGES.filter((s) => s !== project.stage).map((s) => <option key={s} value={s}>{t(`stage.${s}`)}</option>)}
      </select>
      <button type="submit" disabled={busy} aria-label={`${t('board.move')}: ${project.title}`}>{t('board.move')}</button>
    </form>
  );
}

function Card({ slug, project, busy, onMove }: MoveProps & { slug: string }) {
  const { t } = useT(PIPELINE);
  return (
    <li class="pipeline-card" data-project={project.id} data-stage={project.stage}>
      <h4>
        <a id={`pipeline-card-${project.id}`} href={`/clusters/${slug}/pipeline/${project.id}`}>{project.title}</a>
      </h4>
      {project.leadOrganization && <p class="pipeline-card-lead">{project.leadOrganization.name}</p>}
      <p class="pipeline-card-tags">
        {project.kind === 'lead' && <span class="tag tag-strong">{t('kind.lead')}</span>}
        {project.trl !== null && <span class="tag" title={t('trlLong')}>{t('trl', { trl: project.trl })}</span>}
        {project.product && (
          <span class="pipeline-card-product">
            <ClassBadge product={project.product} /> <span class="visually-hidden">{project.product.name}</span>
          </span>
        )}
      </p>
      {project.theme && <p class="muted pipeline-card-theme">{localized(project.theme.title)}</p>}
      {project.funding.won > 0 && <p class="muted">{formatEuros(project.funding.won)}</p>}
      {project.canEdit && <MoveControl project={project} busy={busy} onMove={onMove} />}
    </li>
  );
}

/** The columns of the board, a stage each, with its count. */
export function BoardColumns({ slug, board, busy, onMove }: { slug: string; board: Board; busy: boolean; onMove: MoveProps['onMove'] }) {
  const { t } = useT(PIPELINE);
  return (
    <div class="pipeline-columns">
      {STAGES.map((stage) => {
        const items = board.items.filter((p) => p.stage === stage);
        return (
          <section key={stage} class="pipeline-column" aria-labelledby={`col-${stage}`} data-stage={stage}>
            <h3 id={`col-${stage}`}>
              {t(`stage.${stage}`)} <span class="pipeline-count">{formatNumber(items.length)}<span class="visually-hidden"> · {t('board.projects', { count: items.length })}</span></span>
            </h3>
            {items.length === 0 ? <p class="muted pipeline-empty">{t('board.empty')}</p> : (
              <ol class="pipeline-cards">
                {items.map((p) => <Card key={p.id} slug={slug} project={p} busy={busy} onMove={onMove} />)}
              </ol>
            )}
          </section>
        );
      })}
    </div>
  );
}

const days = (value: number | null) => (value === null ? null : formatNumber(value, { maximumFractionDigits: 1 }));

/** The days per stage as a table, with its definition. */
export function StageStatistics({ board }: { board: Board }) {
  const { t } = useT(PIPELINE);
  return (
    <section class="pipeline-stats" aria-labelledby="pipeline-stats-title">
      <h2 id="pipeline-stats-title">{t('stats.title')}</h2>
      <p class="muted" id="pipeline-stats-definition">{t('stats.definition')}</p>
      <div class="pipeline-table-wrap" tabIndex={0} role="region" aria-labelledby="pipeline-stats-title">
        <table aria-describedby="pipeline-stats-definition">
          <thead>
            <tr>
              <th scope="col">{t('stats.stage')}</th>
              <th scope="col">{t('stats.projects')}</th>
              <th scope="col">{t('stats.current')}</th>
              <th scope="col">{t('stats.median')}</th>
              <th scope="col">{t('stats.mean')}</th>
            </tr>
          </thead>
          <tbody>
            {board.statistics.map((s) => (
              <tr key={s.stage} data-stage={s.stage}>
                <th scope="row">{t(`stage.${s.stage}`)}</th>
                <td>{formatNumber(s.projects)}</td>
                <td>{formatNumber(s.current)}</td>
                <td>{days(s.medianDays) ?? t('stats.empty')}</td>
                <td>{days(s.meanDays) ?? t('stats.empty')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
