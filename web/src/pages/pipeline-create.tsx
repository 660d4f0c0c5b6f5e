// The form adding a project to the board: members for an organisation they edit, managers any (and lead projects).
import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { ApiError } from '../api.ts';
import { formatNumber, localized, useT } from '../i18n.ts';
import { useSession } from '../session.ts';
import { fetchOrganization } from './partners-data.ts';
import { createProject, STAGES, type Board, type Stage, type Visibility } from './pipeline-api.ts';
import { OrgPicker, type OrgChoice } from './pipeline-org-picker.tsx';
import { PIPELINE } from './pipeline.messages.ts';

type Errors = Partial<Record<'title' | 'summary' | 'leadOrganizationId' | 'themeId' | 'trl' | 'form', string>>;

export function CreateProject({ slug, board, onClose }: { slug: string; board: Board; onClose: () => void }) {
  const { t } = useT(PIPELINE);
  const user = useSession();
  const { route } = useLocation();
  const manager = board.access === 'manager';
  const [title, setTitle] = useState('');
  const [summary, setSummary] = useState('');
  const [lead, setLead] = useState<OrgChoice | null>(null);
  const [kind, setKind] = useState<'member' | 'lead'>('member');
  const [theme, setTheme] = useState('');
  const [stage, setStage] = useState<Stage>('idea');
  const [trl, setTrl] = useState('');
  const [visibility, setVisibility] = useState<Visibility>('members');
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => heading.current?.focus(), []);
  // A member who edits an organisation starts with it as the lead.
  useEffect(() => {
    const own = user?.roles.find((r) => r.role === 'organization_editor')?.scopeId;
    if (!manager && own && !lead) fetchOrganization(own).then((o) => setLead((l) => l ?? { id: o.id, name: o.name }), () => undefined);
  }, [user?.id]);

  const submit = async (e: Event) => {
    e.preventDefault();
    const found: Errors = {};
    if (!title.trim()) found.title = t('create.titleRequired');
    setErrors(found);
    if (found.title) {
      document.getElementById('pipeline-new-title')?.focus();
      return;
    }
    setBusy(true);
    try {
      const created = await createProject(slug, {
        title, summary, kind, stage, visibility, leadOrganizationId: lead?.id ?? null, themeId: theme || null, trl: trl ? Number(trl) : null,
      });
      route(`/clusters/${slug}/pipeline/${created.id}`);
    } catch (err) {
      setBusy(false);
      if (err instanceof ApiError && err.details.length > 0) {
        const next: Errors = { form: t('create.fixErrors') };
        for (const d of err.details) next[d.field as keyof Errors] ??= d.message;
        setErrors(next);
      } else {
        setErrors({ form: (err as Error).message });
      }
    }
  };

  const described = (field: keyof Errors) => (errors[field] ? { 'aria-invalid': true, 'aria-describedby': `pipeline-new-${field}-error` } : {});
  const fieldError = (field: keyof Errors) => errors[field] && <p id={`pipeline-new-${field}-error`} class="field-error">{errors[field]}</p>;

  return (
    <section class="card pipeline-create" aria-labelledby="pipeline-new-heading">
      <h2 id="pipeline-new-heading" tabIndex={-1} ref={heading}>{t('create.title')}</h2>
      <form class="stack" onSubmit={(e) => void submit(e)} noValidate>
        {errors.form && <p class="form-error" role="alert">{errors.form}</p>}
        <div class={errors.title ? 'field has-error' : 'field'}>
          <label for="pipeline-new-title">{t('create.name')}</label>
          <input id="pipeline-new-title" value={title} required maxLength={300} onInput={(e) => setTitle(e.currentTarget.value)} {...described('title')} />
          {fieldError('title')}
        </div>
        <div class="field">
          <label for="pipeline-new-summary">{t('create.summary')}</label>
          <textarea id="pipeline-new-summary" rows={3} value={summary} onInput={(e) => setSummary(e.currentTarget.value)} {...described('summary')} />
          {fieldError('summary')}
        </div>
        <OrgPicker id="pipeline-new-lead" label={t('create.leadOrg')} hint={manager ? undefined : t('create.leadHint')} value={lead} onChange={setLead}
          error={errors.leadOrganizationId} required={!manager} />
        <div class="pipeline-create-row">
          {manager && (
            <label>
              {t('create.kind')}
              <select value={kind} onChange={(e) => setKind(e.currentTarget.value as 'member' | 'lead')}>
                <option value="member">{t('kind.member')}</option>
                <option value="lead">{t('kind.lead')}</option>
              </select>
            </label>
          )}
          <label>
            {t('create.theme')}
            <select value={theme} onChange={(e) => setTheme(e.currentTarget.value)} {...described('themeId')}>
              <option value="">{t('create.noTheme')}</option>
              {board.themes.map((th) => <option key={th.id} value={th.id}>{localized(th.title)}</option>)}
            </select>
            {fieldError('themeId')}
          </label>
          <label>
            {t('create.stage')}
            <select value={stage} onChange={(e) => setStage(e.currentTarget.value as Stage)}>
              {STAGES.map((s) => <option key={s} value={s}>{t(`stage.${s}`)}</option>)}
            </select>
          </label>
          <label>
            {t('create.trl')}
            <select value={trl} onChange={(e) => setTrl(e.currentTarget.value)} {...described('trl')}>
              <option value="">{t('create.noTrl')}</option>
              {[1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => <option key={n} value={String(n)}>{formatNumber(n)}</option>)}
            </select>
            {fieldError('trl')}
          </label>
          <label>
            {t('create.visibility')}
            <select value={visibility} onChange={(e) => setVisibility(e.currentTarget.value as Visibility)}>
              {(['members', 'public', 'private'] as const).map((v) => <option key={v} value={v}>{t(`visibility.${v}`)}</option>)}
            </select>
          </label>
        </div>
        <div class="pipeline-actions">
          <button class="primary" type="submit" disabled={busy}>{t('create.submit')}</button>
          <button type="button" onClick={onClose}>{t('create.cancel')}</button>
        </div>
      </form>
    </section>
  );
}
