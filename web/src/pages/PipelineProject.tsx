// /clusters/:slug/pipeline/:id: a project with its facts, stage move, linked product, partners, funding and history.
import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { ApiError } from '../api.ts';
import { ClusterPage } from '../components/cluster-nav.tsx';
import { formatDate, formatNumber, localized, useT } from '../i18n.ts';
import { useSession } from '../session.ts';
import { deleteProject, fetchProject, moveStage, STAGES, updateProject, type ProjectDetail, type Stage, type Visibility } from './pipeline-api.ts';
import { FundingSection, HistorySection, PartnersSection, ProductSection } from './pipeline-project-parts.tsx';
import { PIPELINE_PROJECT } from './pipeline-project.messages.ts';
import { PIPELINE } from './pipeline.messages.ts';
import '../components/form-styles.css';
import './product.css';
import './pipeline.css';

export function PipelineProjectPage({ slug, id }: { slug: string; id: string }) {
  const [title, setTitle] = useState<string | undefined>(undefined);
  return <ClusterPage slug={slug} section="pipeline" title={title}>{() => <ProjectContent slug={slug} id={id} onTitle={setTitle} />}</ClusterPage>;
}

function MoveForm({ project, onMoved }: { project: ProjectDetail; onMoved: (p: ProjectDetail, message: string) => void }) {
  const { t } = useT(PIPELINE_PROJECT);
  const { t: tp } = useT(PIPELINE);
  const next = STAGES[Math.min(STAGES.indexOf(project.stage) + 1, STAGES.length - 1)]!;
  const [to, setTo] = useState<Stage>(next === project.stage ? STAGES[0] : next);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  useEffect(() => setTo(next === project.stage ? STAGES[0] : next), [project.stage]);
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    try {
      const moved = await moveStage(project.id, project.stage, to, note);
      setNote('');
      onMoved(moved, t('move.moved', { stage: tp(`stage.${to}`) }));
    } catch (err) {
      if (err instanceof ApiError && err.status === 409) {
        const fresh = await fetchProject(project.id);
        onMoved(fresh, t('move.conflict', { stage: tp(`stage.${fresh.stage}`) }));
      } else onMoved(project, (err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="card pipeline-move-form" onSubmit={(e) => void submit(e)} aria-labelledby="project-move-title">
      <h2 id="project-move-title">{t('move.title')}</h2>
      <div class="pipeline-create-row">
        <label>
          {t('move.to')}
          <select value={to} onChange={(e) => setTo(e.currentTarget.value as Stage)}>
            {STAGES.filter((s) => s !== project.stage).map((s) => <option key={s} value={s}>{tp(`stage.${s}`)}</option>)}
          </select>
        </label>
        <label class="pipeline-grow">
          {t('move.note')}
          <input value={note} maxLength={2000} onInput={(e) => setNote(e.currentTarget.value)} />
        </label>
      </div>
      <div class="pipeline-actions"><button type="submit" class="primary" disabled={busy}>{t('move.submit')}</button></div>
    </form>
  );
}

function EditForm({ project, slug, onSaved }: { project: ProjectDetail; slug: string; onSaved: (p: ProjectDetail, message: string) => void }) {
  const { t } = useT(PIPELINE_PROJECT);
  const { t: tp } = useT(PIPELINE);
  const { route } = useLocation();
  const [title, setTitle] = useState(project.title);
  const [summary, setSummary] = useState(project.summary);
  const [trl, setTrl] = useState(project.trl === null ? '' : String(project.trl));
  const [visibility, setVisibility] = useState<Visibility>(project.visibility);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = async (e: Event) => {
    e.preventDefault();
    try {
      const saved = await updateProject(project.id, { title, summary, trl: trl ? Number(trl) : null, visibility });
      setErrors({});
      onSaved(saved, t('edit.saved'));
    } catch (err) {
      const found: Record<string, string> = {};
      if (err instanceof ApiError) for (const d of err.details) found[d.field] ??= d.message;
      setErrors(Object.keys(found).length ? { ...found, form: t('edit.fix') } : { form: (err as Error).message });
    }
  };
  const remove = async () => {
    if (!window.confirm(t('edit.confirm', { title: project.title }))) return;
    await deleteProject(project.id);
    route(`/clusters/${slug}/pipeline`);
  };
  const err = (key: string) => errors[key] && <p id={`edit-${key}-error`} class="field-error">{errors[key]}</p>;
  const aria = (key: string) => ({ id: `edit-${key}`, 'aria-invalid': errors[key] ? true : undefined, 'aria-describedby': errors[key] ? `edit-${key}-error` : undefined });
  return (
    <details class="pipeline-section pipeline-edit">
      <summary>{t('edit.title')}</summary>
      <form class="stack" onSubmit={(e) => void save(e)}>
        {errors.form && <p class="form-error" role="alert">{errors.form}</p>}
        <div class="field"><label for="edit-title">{t('edit.name')}</label><input {...aria('title')} value={title} onInput={(e) => setTitle(e.currentTarget.value)} />{err('title')}</div>
        <div class="field"><label for="edit-summary">{t('edit.summary')}</label><textarea {...aria('summary')} rows={4} value={summary} onInput={(e) => setSummary(e.currentTarget.value)} />{err('summary')}</div>
        <div class="pipeline-create-row">
          <label>{tp('create.trl')}
            <select value={trl} onChange={(e) => setTrl(e.currentTarget.value)}>
              <option value="">{tp('create.noTrl')}</option>
              {[1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => <option key={n} value={String(n)}>{formatNumber(n)}</option>)}
            </select>
          </label>
          <label>{tp('create.visibility')}
            <select value={visibility} onChange={(e) => setVisibility(e.currentTarget.value as Visibility)}>
              {(['members', 'public', 'private'] as const).map((v) => <option key={v} value={v}>{tp(`visibility.${v}`)}</option>)}
            </select>
          </label>
        </div>
        <div class="pipeline-actions">
          <button type="submit" class="primary">{t('edit.save')}</button>
          <button type="button" class="danger" onClick={() => void remove()}>{t('edit.remove')}</button>
        </div>
      </form>
    </details>
  );
}

function ProjectContent({ slug, id, onTitle }: { slug: string; id: string; onTitle: (title: string) => void }) {
  const { t } = useT(PIPELINE_PROJECT);
  const { t: tp } = useT(PIPELINE);
  const user = useSession();
  const [project, setProject] = useState<ProjectDetail | null>(null);
  const [error, setError] = useState<{ status: number; message: string } | null>(null);
  const [message, setMessage] = useState('');
  useEffect(() => {
    if (user === undefined) return;
    fetchProject(id).then((p) => {
      setProject(p);
      setError(null);
    }, (err: Error) => setError({ status: err instanceof ApiError ? err.status : 0, message: err.message }));
  }, [id, user?.id]);
  useEffect(() => {
    if (!project) return;
    document.title = `${project.title} · klynge`;
    onTitle(project.title);
  }, [project?.title]);

  const back = <p class="pipeline-crumb"><a href={`/clusters/${slug}/pipeline`}>← {t('back')}</a></p>;
  if (error) return <>{back}<p class="notice" role="alert">{[401, 403, 404].includes(error.status) ? t('notFound') : tp('failed', { message: error.message })}</p></>;
  if (!project) return <p role="status">{tp('loading')}</p>;
  const changed = (p: ProjectDetail, text: string) => {
    setProject(p);
    setMessage(text);
  };
  return (
    <article class="pipeline-project" data-project={project.id}>
      {back}
      <p class="pipeline-card-tags">
        <span class="tag tag-strong">{tp(`kind.${project.kind}`)}</span>
        <span class="tag">{tp(`stage.${project.stage}`)}</span>
        {project.trl !== null && <span class="tag">{tp('trl', { trl: project.trl })}</span>}
      </p>
      {project.summary && <p class="pipeline-summary">{project.summary}</p>}
      <p class="pipeline-announce" role="status" aria-live="polite">{message}</p>
      <dl class="pipeline-facts">
        <div><dt>{t('facts.stage')}</dt><dd>{tp(`stage.${project.stage}`)} <span class="muted">{t('facts.since', { date: formatDate(project.stageEnteredAt) })}</span></dd></div>
        <div><dt>{t('facts.trl')}</dt><dd>{project.trl === null ? t('facts.none') : formatNumber(project.trl)}</dd></div>
        <div><dt>{t('facts.lead')}</dt><dd>{project.leadOrganization ? <a href={`/organizations/${project.leadOrganization.id}`}>{project.leadOrganization.name}</a> : t('facts.none')}</dd></div>
        <div><dt>{t('facts.theme')}</dt><dd>{project.theme ? localized(project.theme.title) : t('facts.none')}</dd></div>
        <div><dt>{t('facts.origin')}</dt><dd>{tp(`origin.${project.origin}`)}</dd></div>
        <div><dt>{t('facts.visibility')}</dt><dd>{tp(`visibility.${project.visibility}`)}</dd></div>
      </dl>
      {project.canEdit && <MoveForm project={project} onMoved={changed} />}
      <HistorySection project={project} />
      <ProductSection project={project} />
      <PartnersSection project={project} onChange={changed} />
      <FundingSection project={project} slug={slug} onChange={changed} />
      {project.canEdit && <EditForm project={project} slug={slug} onSaved={changed} />}
    </article>
  );
}
