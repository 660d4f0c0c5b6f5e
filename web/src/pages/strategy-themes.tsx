// A theme on the strategy page: its goals with their milestones, and for managers the controls to edit, reorder and
// delete them and to add goals and milestones.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { formatDate, localized, useT } from '../i18n.ts';
import { Markdown } from '../components/markdown.tsx';
import {
  createGoal, createMilestone, deleteGoal, deleteMilestone, deleteTheme, orderGoals, updateGoal, updateMilestone, updateTheme,
  type Goal, type Milestone, type Theme,
} from './strategy-api.ts';
import { GoalForm, MilestoneForm, ThemeForm } from './strategy-forms.tsx';
import { STRATEGY } from './strategy.messages.ts';

/** A milestone's facts as tags and a line: horizon, status, late, due or done date, owner. */
export function MilestoneFacts({ m }: { m: Milestone }) {
  const { t } = useT(STRATEGY);
  return (
    <p class="strategy-milestone-facts">
      <span class="tag">{t(`horizon.${m.horizon}`)}</span>
      <span class={`tag milestone-status-${m.status}`}>{t(`status.${m.status}`)}</span>
      {m.late && <span class="tag milestone-late">{t('milestone.late')}</span>}
      <span class="muted">
        {m.dueDate ? t('milestone.due', { date: formatDate(m.dueDate) }) : t('milestone.noDue')}
        {m.doneOn && ` · ${t('milestone.doneOnDate', { date: formatDate(m.doneOn) })}`}
        {m.owner && ` · ${m.owner.name ? t('milestone.owner', { name: m.owner.name }) : t('milestone.ownerHidden')}`}
      </span>
    </p>
  );
}

/** Asks before deleting; returns whether the user agreed. */
const confirmed = (question: string) => window.confirm(question);

function MilestoneItem({ m, slug, manager, onChanged }: { m: Milestone; slug: string; manager: boolean; onChanged: () => void }) {
  const { t } = useT(STRATEGY);
  const [editing, setEditing] = useState(false);
  const title = localized(m.title);
  if (editing) {
    return (
      <li class="strategy-milestone editing">
        <MilestoneForm id={`milestone-${m.id}`} slug={slug} initial={m} onCancel={() => setEditing(false)}
          onSave={async (v) => { await updateMilestone(m.id, v); setEditing(false); onChanged(); }} />
      </li>
    );
  }
  return (
    <li class={m.late ? 'strategy-milestone late' : 'strategy-milestone'}>
      <span class="strategy-milestone-title">{title}</span>
      <MilestoneFacts m={m} />
      {m.evidence && <div class="strategy-evidence"><span class="visually-hidden">{t('milestone.evidence')}: </span><Markdown text={m.evidence} /></div>}
      {manager && (
        <div class="strategy-controls">
          <button type="button" class="link-button" onClick={() => setEditing(true)}>{t('form.edit')}<span class="visually-hidden">: {title}</span></button>
          <button type="button" class="link-button" onClick={() => confirmed(t('milestone.confirmDelete', { title })) && void deleteMilestone(m.id).then(onChanged)}>
            {t('form.delete')}<span class="visually-hidden">: {title}</span>
          </button>
        </div>
      )}
    </li>
  );
}

function GoalItem({ goal, slug, manager, first, last, onMove, onChanged }: { goal: Goal; slug: string; manager: boolean; first: boolean; last: boolean; onMove: (step: -1 | 1) => void; onChanged: () => void }) {
  const { t } = useT(STRATEGY);
  const [editing, setEditing] = useState(false);
  const [adding, setAdding] = useState(false);
  const title = localized(goal.title);
  return (
    <li class="strategy-goal">
      {editing ? (
        <GoalForm id={`goal-${goal.id}`} initial={goal.title} onCancel={() => setEditing(false)} onSave={async (v) => { await updateGoal(goal.id, { title: v }); setEditing(false); onChanged(); }} />
      ) : (
        <p class="strategy-goal-title">{title}</p>
      )}
      {manager && !editing && (
        <div class="strategy-controls">
          <button type="button" class="link-button" onClick={() => setEditing(true)}>{t('form.edit')}<span class="visually-hidden">: {title}</span></button>
          {!first && <button type="button" class="link-button" onClick={() => onMove(-1)}>{t('form.up')}<span class="visually-hidden">: {title}</span></button>}
          {!last && <button type="button" class="link-button" onClick={() => onMove(1)}>{t('form.down')}<span class="visually-hidden">: {title}</span></button>}
          <button type="button" class="link-button" onClick={() => confirmed(t('goal.confirmDelete', { title })) && void deleteGoal(goal.id).then(onChanged)}>
            {t('form.delete')}<span class="visually-hidden">: {title}</span>
          </button>
          <button type="button" class="link-button" aria-expanded={adding} onClick={() => setAdding(!adding)}>{t('milestone.add')}<span class="visually-hidden">: {title}</span></button>
        </div>
      )}
      {goal.milestones.length > 0 && (
        <ul class="strategy-milestones" aria-label={t('milestone.of', { title })}>
          {goal.milestones.map((m) => <MilestoneItem key={m.id} m={m} slug={slug} manager={manager} onChanged={onChanged} />)}
        </ul>
      )}
      {adding && (
        <MilestoneForm id={`new-milestone-${goal.id}`} slug={slug} onCancel={() => setAdding(false)}
          onSave={async (v) => { await createMilestone(goal.id, v); setAdding(false); onChanged(); }} />
      )}
    </li>
  );
}

/** One theme with its goals and milestones; `children` (its ideas) come after the goals. */
export function ThemeSection({ theme, slug, manager, first, last, onMove, onChanged, children }: {
  theme: Theme; slug: string; manager: boolean; first: boolean; last: boolean; onMove: (step: -1 | 1) => void; onChanged: () => void; children?: ComponentChildren;
}) {
  const { t } = useT(STRATEGY);
  const [editing, setEditing] = useState(false);
  const [addingGoal, setAddingGoal] = useState(false);
  const title = localized(theme.title);
  const moveGoal = (index: number, step: -1 | 1) => {
    const ids = theme.goals.map((g) => g.id);
    [ids[index], ids[index + step]] = [ids[index + step]!, ids[index]!];
    void orderGoals(theme.id, ids).then(onChanged);
  };
  return (
    <section class="card strategy-theme" id={`theme-${theme.id}`} aria-labelledby={`theme-${theme.id}-title`}>
      <p class="strategy-kind"><span class={`tag kind-${theme.kind}`}>{t(`kind.${theme.kind}`)}</span></p>
      <h2 id={`theme-${theme.id}-title`}>{title}</h2>
      {editing ? (
        <ThemeForm id={`theme-${theme.id}-form`} initial={theme} onCancel={() => setEditing(false)} onSave={async (v) => { await updateTheme(theme.id, v); setEditing(false); onChanged(); }} />
      ) : (
        localized(theme.description) && <p>{localized(theme.description)}</p>
      )}
      {manager && !editing && (
        <div class="strategy-controls">
          <button type="button" class="link-button" onClick={() => setEditing(true)}>{t('form.edit')}<span class="visually-hidden">: {title}</span></button>
          {!first && <button type="button" class="link-button" onClick={() => onMove(-1)}>{t('form.up')}<span class="visually-hidden">: {title}</span></button>}
          {!last && <button type="button" class="link-button" onClick={() => onMove(1)}>{t('form.down')}<span class="visually-hidden">: {title}</span></button>}
          <button type="button" class="link-button" onClick={() => confirmed(t('theme.confirmDelete', { title })) && void deleteTheme(theme.id).then(onChanged)}>
            {t('form.delete')}<span class="visually-hidden">: {title}</span>
          </button>
        </div>
      )}
      <h3>{t('goal.heading')}</h3>
      {theme.goals.length === 0 && <p class="muted">{t('goal.none')}</p>}
      <ol class="strategy-goals">
        {theme.goals.map((g, i) => (
          <GoalItem key={g.id} goal={g} slug={slug} manager={manager} first={i === 0} last={i === theme.goals.length - 1} onMove={(step) => moveGoal(i, step)} onChanged={onChanged} />
        ))}
      </ol>
      {manager && (
        addingGoal
          ? <GoalForm id={`new-goal-${theme.id}`} onCancel={() => setAddingGoal(false)} onSave={async (v) => { await createGoal(theme.id, { title: v }); setAddingGoal(false); onChanged(); }} />
          : <p><button type="button" onClick={() => setAddingGoal(true)}>{t('goal.add')}<span class="visually-hidden">: {title}</span></button></p>
      )}
      {children}
    </section>
  );
}
