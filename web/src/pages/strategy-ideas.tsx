// The ideas of a theme on the strategy page: members post and comment, authors edit their own, managers hide or
// adopt them, and while a round is open each idea in it has the party's vote control.
import { useState } from 'preact/hooks';
import { formatDate, formatNumber, useT } from '../i18n.ts';
import { Markdown } from '../components/markdown.tsx';
import { postComment, postIdea, updateIdea, type Ballot, type Idea } from './strategy-api.ts';
import { Field, FormButtons, useSubmit } from './strategy-forms.tsx';
import { STRATEGY } from './strategy.messages.ts';

export type Voting = { ballot: Ballot; busy: boolean; vote: (ideaId: string, votes: number) => void };

/** The party's votes for one idea: fewer, the count, more (within what is left of the budget). */
function VoteControl({ idea, voting }: { idea: Idea; voting: Voting }) {
  const { t } = useT(STRATEGY);
  const votes = voting.ballot.votes.find((v) => v.ideaId === idea.id)?.votes ?? 0;
  return (
    <div class="strategy-vote" role="group" aria-label={t('vote.group', { title: idea.title })}>
      <button type="button" disabled={voting.busy || votes === 0} aria-label={t('vote.less', { title: idea.title })} onClick={() => voting.vote(idea.id, votes - 1)}>−</button>
      <output aria-live="polite">{t('vote.count', { count: votes, formatted: formatNumber(votes) })}</output>
      <button type="button" disabled={voting.busy || voting.ballot.remaining === 0} aria-label={t('vote.more', { title: idea.title })} onClick={() => voting.vote(idea.id, votes + 1)}>+</button>
    </div>
  );
}

function Comments({ idea, canComment, onChanged }: { idea: Idea; canComment: boolean; onChanged: () => void }) {
  const { t } = useT(STRATEGY);
  const [body, setBody] = useState('');
  const { saving, errors, submit } = useSubmit();
  const onSubmit = async (e: Event) => {
    e.preventDefault();
    if (await submit(() => postComment(idea.id, body))) { setBody(''); onChanged(); }
  };
  return (
    <details class="strategy-comments">
      <summary>{t('comment.summary', { count: idea.commentCount })}<span class="visually-hidden">: {idea.title}</span></summary>
      {idea.comments.length > 0 && (
        <ul>
          {idea.comments.map((c) => (
            <li key={c.id}>
              <p class="strategy-comment-by">
                <strong>{c.authorName}</strong>{c.organizationName && `, ${c.organizationName}`}
                {' · '}<time class="muted" dateTime={c.createdAt}>{formatDate(c.createdAt)}</time>
              </p>
              <p>{c.body}</p>
            </li>
          ))}
        </ul>
      )}
      {canComment && (
        <form class="strategy-form" onSubmit={(e) => void onSubmit(e)}>
          <Field id={`comment-${idea.id}`} label={t('comment.label')} error={errors.body}>
            {(aria) => <textarea {...aria} rows={2} value={body} onInput={(e) => setBody(e.currentTarget.value)} />}
          </Field>
          <FormButtons saving={saving} label={t('comment.post')} error={errors.form} />
        </form>
      )}
    </details>
  );
}

/** Posts a new idea or changes one's own: title and text. */
function IdeaForm({ id, initial, onSave, onCancel }: { id: string; initial?: Idea; onSave: (v: { title: string; body: string }) => Promise<unknown>; onCancel?: () => void }) {
  const { t } = useT(STRATEGY);
  const [title, setTitle] = useState(initial?.title ?? '');
  const [body, setBody] = useState(initial?.body ?? '');
  const { saving, errors, submit } = useSubmit();
  const onSubmit = async (e: Event) => {
    e.preventDefault();
    if (await submit(() => onSave({ title, body })) && !initial) { setTitle(''); setBody(''); }
  };
  return (
    <form class="strategy-form strategy-idea-form" onSubmit={(e) => void onSubmit(e)}>
      <Field id={`${id}-title`} label={t('idea.title')} error={errors.title}>
        {(aria) => <input {...aria} value={title} onInput={(e) => setTitle(e.currentTarget.value)} />}
      </Field>
      <Field id={`${id}-body`} label={t('idea.body')} error={errors.body}>
        {(aria) => <textarea {...aria} rows={3} value={body} onInput={(e) => setBody(e.currentTarget.value)} />}
      </Field>
      <FormButtons saving={saving} label={initial ? t('form.save') : t('idea.post')} onCancel={onCancel} error={errors.form} />
    </form>
  );
}

function IdeaCard({ idea, manager, voting, onChanged }: { idea: Idea; manager: boolean; voting: Voting | null; onChanged: () => void }) {
  const { t } = useT(STRATEGY);
  const [editing, setEditing] = useState(false);
  const setStatus = (status: Idea['status']) => void updateIdea(idea.id, { status }).then(onChanged);
  return (
    <li class={`strategy-idea idea-${idea.status}`}>
      <h4>
        {idea.title}
        {idea.status !== 'open' && <span class={`tag idea-status-${idea.status}`}>{t(`idea.status.${idea.status}`)}</span>}
      </h4>
      <p class="muted">
        {idea.organizationName ? t('idea.byOrganization', { name: idea.authorName, organization: idea.organizationName }) : idea.authorName}
        {' · '}<time dateTime={idea.createdAt}>{formatDate(idea.createdAt)}</time>
      </p>
      {editing
        ? <IdeaForm id={`idea-${idea.id}`} initial={idea} onCancel={() => setEditing(false)} onSave={async (v) => { await updateIdea(idea.id, v); setEditing(false); onChanged(); }} />
        : idea.body && <Markdown text={idea.body} />}
      {voting && voting.ballot.eligibleIdeaIds.includes(idea.id) && <VoteControl idea={idea} voting={voting} />}
      {(idea.mine || manager) && !editing && (
        <div class="strategy-controls">
          {idea.mine && <button type="button" class="link-button" onClick={() => setEditing(true)}>{t('form.edit')}<span class="visually-hidden">: {idea.title}</span></button>}
          {manager && idea.status !== 'adopted' && <button type="button" class="link-button" onClick={() => setStatus('adopted')}>{t('idea.adopt')}<span class="visually-hidden">: {idea.title}</span></button>}
          {manager && idea.status !== 'hidden' && <button type="button" class="link-button" onClick={() => setStatus('hidden')}>{t('idea.hide')}<span class="visually-hidden">: {idea.title}</span></button>}
          {manager && idea.status !== 'open' && <button type="button" class="link-button" onClick={() => setStatus('open')}>{t('idea.reopen')}<span class="visually-hidden">: {idea.title}</span></button>}
        </div>
      )}
      <Comments idea={idea} canComment={idea.status !== 'hidden'} onChanged={onChanged} />
    </li>
  );
}

/** The ideas of one theme with the form for a new one. */
export function ThemeIdeas({ themeId, themeTitle, ideas, manager, voting, onChanged }: {
  themeId: string; themeTitle: string; ideas: Idea[]; manager: boolean; voting: Voting | null; onChanged: () => void;
}) {
  const { t } = useT(STRATEGY);
  const [adding, setAdding] = useState(false);
  return (
    <div class="strategy-ideas">
      <h3>{t('idea.heading', { count: ideas.length })}</h3>
      {ideas.length === 0 && <p class="muted">{t('idea.none')}</p>}
      {ideas.length > 0 && <ul class="strategy-idea-list">{ideas.map((i) => <IdeaCard key={i.id} idea={i} manager={manager} voting={voting} onChanged={onChanged} />)}</ul>}
      {adding
        ? <IdeaForm id={`new-idea-${themeId}`} onCancel={() => setAdding(false)} onSave={async (v) => { await postIdea(themeId, v); setAdding(false); onChanged(); }} />
        : <p><button type="button" onClick={() => setAdding(true)}>{t('idea.add')}<span class="visually-hidden">: {themeTitle}</span></button></p>}
    </div>
  );
}
