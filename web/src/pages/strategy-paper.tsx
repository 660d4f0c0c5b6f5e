// Strategy papers on the strategy page: managers edit a draft beside its live preview and mark it final; everyone
// who sees a paper reads it and downloads it as Markdown or PDF.
import { useState } from 'preact/hooks';
import { formatDate, useT } from '../i18n.ts';
import { Markdown } from '../components/markdown.tsx';
import { paperExport, updatePaper, type Paper } from './strategy-api.ts';
import { Field, FormButtons, useSubmit } from './strategy-forms.tsx';
import { STRATEGY } from './strategy.messages.ts';

function PaperEditor({ paper, onSaved, onCancel }: { paper: Paper; onSaved: () => void; onCancel: () => void }) {
  const { t } = useT(STRATEGY);
  const [title, setTitle] = useState(paper.title);
  const [body, setBody] = useState(paper.body);
  const [status, setStatus] = useState(paper.status);
  const { saving, errors, submit } = useSubmit();
  const onSubmit = async (e: Event) => {
    e.preventDefault();
    if (await submit(() => updatePaper(paper.id, { title, body, status }))) onSaved();
  };
  return (
    <form class="strategy-form strategy-paper-editor" onSubmit={(e) => void onSubmit(e)}>
      <div class="strategy-form-row">
        <Field id={`paper-${paper.id}-title`} label={t('paper.title')} error={errors.title}>
          {(aria) => <input {...aria} value={title} onInput={(e) => setTitle(e.currentTarget.value)} />}
        </Field>
        <Field id={`paper-${paper.id}-status`} label={t('paper.statusLabel')} error={errors.status}>
          {(aria) => (
            <select {...aria} value={status} onChange={(e) => setStatus(e.currentTarget.value as Paper['status'])}>
              <option value="draft">{t('paper.status.draft')}</option>
              <option value="final">{t('paper.status.final')}</option>
            </select>
          )}
        </Field>
      </div>
      <div class="strategy-paper-panes">
        <Field id={`paper-${paper.id}-body`} label={t('paper.body')} error={errors.body}>
          {(aria) => <textarea {...aria} class="strategy-paper-text" rows={24} value={body} onInput={(e) => setBody(e.currentTarget.value)} />}
        </Field>
        <section class="strategy-paper-preview" aria-labelledby={`paper-${paper.id}-preview`}>
          <h4 id={`paper-${paper.id}-preview`}>{t('paper.preview')}</h4>
          <div class="markdown-preview" tabIndex={0} role="region" aria-labelledby={`paper-${paper.id}-preview`}><Markdown text={body} headingBase={5} /></div>
        </section>
      </div>
      <FormButtons saving={saving} label={t('paper.save')} onCancel={onCancel} error={errors.form} />
    </form>
  );
}

function PaperCard({ paper, manager, onChanged }: { paper: Paper; manager: boolean; onChanged: () => void }) {
  const { t } = useT(STRATEGY);
  const [mode, setMode] = useState<'closed' | 'read' | 'edit'>('closed');
  return (
    <li class="card strategy-paper">
      <h3>{paper.title}</h3>
      <p>
        <span class={`tag paper-status-${paper.status}`}>{t(`paper.status.${paper.status}`)}</span>
        <span class="muted">{t('paper.updated', { date: formatDate(paper.updatedAt) })}</span>
      </p>
      <p class="strategy-controls">
        {mode !== 'read' && <button type="button" onClick={() => setMode('read')}>{t('paper.read')}<span class="visually-hidden">: {paper.title}</span></button>}
        {manager && mode !== 'edit' && <button type="button" onClick={() => setMode('edit')}>{t('paper.edit')}<span class="visually-hidden">: {paper.title}</span></button>}
        {mode !== 'closed' && <button type="button" onClick={() => setMode('closed')}>{t('paper.collapse')}<span class="visually-hidden">: {paper.title}</span></button>}
        <a href={paperExport(paper.id, 'md')} download>{t('paper.exportMd')}<span class="visually-hidden">: {paper.title}</span></a>
        <a href={paperExport(paper.id, 'pdf')} download>{t('paper.exportPdf')}<span class="visually-hidden">: {paper.title}</span></a>
      </p>
      {mode === 'read' && <div class="strategy-paper-text-view"><Markdown text={paper.body} headingBase={4} /></div>}
      {mode === 'edit' && <PaperEditor paper={paper} onCancel={() => setMode('closed')} onSaved={() => { setMode('read'); onChanged(); }} />}
    </li>
  );
}

/** The papers section: drafts and final papers for managers, the final ones for members. */
export function PapersSection({ papers, manager, onChanged }: { papers: Paper[]; manager: boolean; onChanged: () => void }) {
  const { t } = useT(STRATEGY);
  return (
    <section class="strategy-papers" aria-labelledby="strategy-papers-title">
      <h2 id="strategy-papers-title">{t('paper.heading')}</h2>
      <p class="muted">{manager ? t('paper.leadManager') : t('paper.leadMember')}</p>
      {papers.length === 0 && <p class="muted">{t('paper.none')}</p>}
      <ul class="strategy-paper-list">{papers.map((p) => <PaperCard key={p.id} paper={p} manager={manager} onChanged={onChanged} />)}</ul>
    </section>
  );
}
