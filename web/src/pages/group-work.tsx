// A group's decisions and tasks: lists for the cluster's members; forms for the group's leads and the cluster's managers;
// a task's owner marks it done or open again.
import { useState } from 'preact/hooks';
import { ApiError } from '../api.ts';
import { formatDate, useT } from '../i18n.ts';
import { useSession } from '../session.ts';
import { useLoad } from '../use-load.ts';
import { useKeptLoad } from './group-load.ts';
import { createDecision, createTask, deleteDecision, listDecisions, listMembers, listTasks, listWorkshops, updateTask, type Group, type Task } from './groups-api.ts';
import { GROUPS } from './groups.messages.ts';

const today = () => new Date().toISOString().slice(0, 10);
const messageOf = (err: unknown) => (err instanceof ApiError && err.details.length ? err.details.map((d) => `${d.field}: ${d.message}`).join('; ') : (err as Error).message);

/** The group's workshops as options (for "taken at" and "from workshop"). */
function useWorkshopOptions(group: Group, version: number) {
  const { data } = useLoad(group.runs ? `${group.id}|${version}` : '', (key) => (key ? listWorkshops(group.id) : Promise.resolve({ items: [] })));
  return data?.items ?? [];
}

export function GroupDecisions({ group, version }: { group: Group; version: number }) {
  const { t } = useT(GROUPS);
  const [mine, setMine] = useState(0);
  const { data, error } = useKeptLoad(group.id, version + mine, listDecisions);
  const workshops = useWorkshopOptions(group, version);
  const [text, setText] = useState('');
  const [date, setDate] = useState(today());
  const [workshopId, setWorkshopId] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const reload = () => setMine((n) => n + 1);
  const add = (event: Event) => {
    event.preventDefault();
    setProblem(null);
    void createDecision(group.id, { text: text.trim(), decidedOn: date, workshopId: workshopId || null }).then(() => {
      setText('');
      reload();
    }, (err) => setProblem(messageOf(err)));
  };
  const titleOf = (id: string | null) => workshops.find((w) => w.id === id)?.title;
  return (
    <section aria-labelledby="group-decisions" class="card group-section">
      <h2 id="group-decisions">{t('decisions.title')}</h2>
      {error && <p role="alert">{t('failed', { message: error })}</p>}
      {data && data.items.length === 0 && <p>{t('decisions.none')}</p>}
      <ul class="group-decisions">
        {data?.items.map((d) => (
          <li key={d.id}>
            <p>{d.text}</p>
            <p class="muted">
              <time dateTime={d.decidedOn}>{formatDate(d.decidedOn)}</time>
              {titleOf(d.workshopId) && ` · ${titleOf(d.workshopId)}`}
              {group.runs && (
                <> <button type="button" class="link-button" onClick={() => void deleteDecision(d.id).then(reload, (err) => setProblem(messageOf(err)))}>
                  {t('decisions.delete')}<span class="visually-hidden">: {t('decisions.deleteNamed', { date: formatDate(d.decidedOn) })}</span>
                </button></>
              )}
            </p>
          </li>
        ))}
      </ul>
      {group.runs && (
        <form class="stack group-form" onSubmit={add}>
          <label>{t('decisions.text')}<textarea rows={3} required value={text} onInput={(e) => setText(e.currentTarget.value)} /></label>
          <div class="group-form-row">
            <label>{t('decisions.date')}<input type="date" required value={date} onInput={(e) => setDate(e.currentTarget.value)} /></label>
            <label>{t('decisions.workshop')}
              <select value={workshopId} onChange={(e) => setWorkshopId(e.currentTarget.value)}>
                <option value="">{t('decisions.noWorkshop')}</option>
                {workshops.map((w) => <option key={w.id} value={w.id}>{w.title}</option>)}
              </select>
            </label>
          </div>
          <div><button type="submit" disabled={!text.trim()}>{t('decisions.add')}</button></div>
        </form>
      )}
      {problem && <p class="field-error" role="alert">{problem}</p>}
    </section>
  );
}

function TaskItem({ task, mayToggle, onChange }: { task: Task; mayToggle: boolean; onChange: (err?: unknown) => void }) {
  const { t } = useT(GROUPS);
  const toggle = () => void updateTask(task.id, { status: task.status === 'open' ? 'done' : 'open' }).then(() => onChange(), onChange);
  return (
    <li class={task.overdue ? 'group-task overdue' : `group-task ${task.status}`}>
      <span class="group-task-title">{task.title}</span>
      <span class="muted">
        {' · '}{task.ownerName ?? t('tasks.nobody')}
        {' · '}{task.dueDate ? t('myTasks.due', { date: formatDate(task.dueDate) }) : t('myTasks.noDue')}
      </span>
      {task.overdue && <span class="tag group-overdue">{t('myTasks.overdueTag')}</span>}
      {task.status === 'done' && <span class="tag">{t('tasks.status.done')}</span>}
      {mayToggle && (
        <button type="button" onClick={toggle}>
          {task.status === 'open' ? t('tasks.done') : t('tasks.reopen')}
          <span class="visually-hidden">: {task.title}</span>
        </button>
      )}
    </li>
  );
}

export function GroupTasks({ group, version, onChange }: { group: Group; version: number; onChange: () => void }) {
  const { t } = useT(GROUPS);
  const user = useSession();
  const [mine, setMine] = useState(0);
  const { data, error } = useKeptLoad(group.id, version + mine, listTasks);
  const { data: members } = useLoad(group.runs ? `${group.id}|${version}` : '', (key) => (key ? listMembers(group.id) : Promise.resolve({ items: [] })));
  const [title, setTitle] = useState('');
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const changed = (err?: unknown) => {
    if (err) setProblem(messageOf(err));
    setMine((n) => n + 1);
    onChange();
  };
  const add = (event: Event) => {
    event.preventDefault();
    setProblem(null);
    void createTask(group.id, { title: title.trim(), ownerUserId: owner || null, dueDate: due || null, workshopId: null }).then(() => {
      setTitle('');
      changed();
    }, (err) => setProblem(messageOf(err)));
  };
  return (
    <section aria-labelledby="group-tasks" class="card group-section">
      <h2 id="group-tasks">{t('tasks.title')}</h2>
      {error && <p role="alert">{t('failed', { message: error })}</p>}
      {data && data.items.length === 0 && <p>{t('tasks.none')}</p>}
      <ul class="group-tasks">
        {data?.items.map((task) => <TaskItem key={task.id} task={task} mayToggle={group.runs || task.ownerUserId === user?.id} onChange={changed} />)}
      </ul>
      {group.runs && (
        <form class="stack group-form" onSubmit={add}>
          <label>{t('tasks.task')}<input required value={title} onInput={(e) => setTitle(e.currentTarget.value)} /></label>
          <div class="group-form-row">
            <label>{t('tasks.owner')}
              <select value={owner} onChange={(e) => setOwner(e.currentTarget.value)}>
                <option value="">{t('tasks.nobody')}</option>
                {members?.items.map((m) => <option key={m.userId} value={m.userId}>{m.name}</option>)}
              </select>
            </label>
            <label>{t('tasks.due')}<input type="date" value={due} onInput={(e) => setDue(e.currentTarget.value)} /></label>
          </div>
          <div><button type="submit" disabled={!title.trim()}>{t('tasks.add')}</button></div>
        </form>
      )}
      {problem && <p class="field-error" role="alert">{problem}</p>}
    </section>
  );
}
