// One meeting of the published agenda with the organiser's changes: cancel (optionally filling the freed slot) and move.
import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from '../api.ts';
import { useT } from '../i18n.ts';
import { cancelMeeting, moveMeeting, type EventInfo, type Placement, type Slot, type Table } from './event-api.ts';
import { CHANGES } from './event-changes.messages.ts';
import { ruleText, type Namer } from './event-move-rules.ts';

/** What the agenda knows to show and change a meeting: the meeting slots, tables, ids in words, participants of each meeting. */
export type AgendaContext = { event: EventInfo; slots: Slot[]; tables: Table[]; namer: Namer; who: (meetingId: string) => string };

type Mode = 'cancel' | 'move' | null;

function CancelPanel({ ctx, row, onClose, onDone }: { ctx: AgendaContext; row: Placement; onClose: () => void; onDone: (text: string) => void }) {
  const { t } = useT(CHANGES);
  const [fill, setFill] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  const { namer } = ctx;
  const submit = async (e: Event) => {
    e.preventDefault();
    try {
      const { filled } = await cancelMeeting(ctx.event.id, row.meeting, fill);
      const list = filled.map((p) => t('agenda.placed', { who: ctx.who(p.meeting), time: namer.slot(p.slot), table: namer.table(p.table) })).join('; ');
      const cancelled = t('agenda.cancelled', { who: ctx.who(row.meeting), time: namer.slot(row.slot) });
      onDone(fill ? `${cancelled} ${filled.length ? t('agenda.filled', { list }) : t('agenda.notFilled')}` : cancelled);
    } catch (err) {
      setError((err as Error).message);
    }
  };
  return (
    <form class="event-form event-change" onSubmit={(e) => void submit(e)}>
      <fieldset>
        <legend>{t('agenda.cancelQuestion', { who: ctx.who(row.meeting) })}</legend>
        <label class="event-check">
          <input ref={first} type="checkbox" checked={fill} onChange={(e) => setFill(e.currentTarget.checked)} />
          {t('agenda.fill')}
        </label>
        {error && <p class="field-error" role="alert">{error}</p>}
        <div class="event-actions">
          <button class="primary" type="submit">{t('agenda.confirmCancel')}</button>
          <button type="button" onClick={onClose}>{t('agenda.keep')}</button>
        </div>
      </fieldset>
    </form>
  );
}

function MovePanel({ ctx, row, onClose, onDone }: { ctx: AgendaContext; row: Placement; onClose: () => void; onDone: (text: string) => void }) {
  const { t } = useT(CHANGES);
  const [slot, setSlot] = useState(row.slot);
  const [table, setTable] = useState(row.table);
  const [broken, setBroken] = useState<string[] | null>(null);
  const first = useRef<HTMLSelectElement>(null);
  useEffect(() => first.current?.focus(), []);
  const { namer } = ctx;
  const submit = async (e: Event) => {
    e.preventDefault();
    setBroken(null);
    try {
      await moveMeeting(ctx.event.id, row.meeting, slot, table);
      onDone(t('agenda.moved', { who: ctx.who(row.meeting), time: namer.slot(slot), table: namer.table(table) }));
    } catch (err) {
      const rules = err instanceof ApiError && err.status === 422 && err.details.length > 0 ? err.details.map((d) => ruleText(t, d.message, namer)) : [(err as Error).message];
      setBroken(rules);
    }
  };
  return (
    <form class="event-form event-change" onSubmit={(e) => void submit(e)}>
      <fieldset>
        <legend>{t('agenda.moveLegend', { who: ctx.who(row.meeting) })}</legend>
        <div class="event-row">
          <label>
            {t('agenda.toSlot')}
            <select ref={first} value={slot} onChange={(e) => setSlot(e.currentTarget.value)}>
              {ctx.slots.map((s) => <option key={s.id} value={s.id}>{namer.slot(s.id)}</option>)}
            </select>
          </label>
          <label>
            {t('agenda.toTable')}
            <select value={table} onChange={(e) => setTable(e.currentTarget.value)}>
              {ctx.tables.map((tb) => <option key={tb.id} value={tb.id}>{tb.label}</option>)}
            </select>
          </label>
        </div>
        {broken && (
          <div class="field-error" role="alert">
            <p>{t('agenda.refused')}</p>
            <ul>{broken.map((b) => <li key={b}>{b}</li>)}</ul>
          </div>
        )}
        <div class="event-actions">
          <button class="primary" type="submit">{t('agenda.confirmMove')}</button>
          <button type="button" onClick={onClose}>{t('agenda.back')}</button>
        </div>
      </fieldset>
    </form>
  );
}

/** A row of the agenda and, below it while open, the form of the change chosen. */
export function MeetingRow({ ctx, row, onDone }: { ctx: AgendaContext; row: Placement; onDone: (text: string) => void }) {
  const { t } = useT(CHANGES);
  const [mode, setMode] = useState<Mode>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const moveButton = useRef<HTMLButtonElement>(null);
  const close = () => {
    (mode === 'cancel' ? cancelButton : moveButton).current?.focus();
    setMode(null);
  };
  const time = ctx.namer.slot(row.slot);
  const table = ctx.namer.table(row.table);
  const panelId = `event-change-${row.meeting}`;
  return (
    <>
      <tr>
        <td>{time}</td>
        <td class="event-table-label">{table}</td>
        <td>{ctx.who(row.meeting)}</td>
        <td>
          <span class="event-actions">
            <button ref={cancelButton} type="button" aria-label={t('agenda.cancelFor', { time, table })} aria-expanded={mode === 'cancel'} aria-controls={mode === 'cancel' ? panelId : undefined}
              onClick={() => setMode(mode === 'cancel' ? null : 'cancel')}>{t('agenda.cancel')}</button>
            <button ref={moveButton} type="button" aria-label={t('agenda.moveFor', { time, table })} aria-expanded={mode === 'move'} aria-controls={mode === 'move' ? panelId : undefined}
              onClick={() => setMode(mode === 'move' ? null : 'move')}>{t('agenda.move')}</button>
          </span>
        </td>
      </tr>
      {mode && (
        <tr class="event-change-row" id={panelId}>
          <td colSpan={4}>
            {mode === 'cancel' ? <CancelPanel ctx={ctx} row={row} onClose={close} onDone={onDone} /> : <MovePanel ctx={ctx} row={row} onClose={close} onDone={onDone} />}
          </td>
        </tr>
      )}
    </>
  );
}
