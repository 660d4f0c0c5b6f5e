// A working-group notification on the account page: a workshop planned, cancelled or tomorrow, a task assigned or due.
import { formatDate, localized, useT, type Localized } from '../i18n.ts';
import type { Notification } from '../notifications.ts';
import { GROUPS } from './groups.messages.ts';

type GroupPayload = { clusterSlug: string; groupId: string; groupTitle: Localized; workshopTitle?: string; taskTitle?: string; startsAt?: string; dueDate?: string | null };
const KINDS = ['group_workshop_planned', 'group_workshop_cancelled', 'group_workshop_tomorrow', 'group_task_assigned', 'group_task_due'] as const;

/** Whether the notification is one of the working groups' (src/groups/group-notify.ts). */
export const isGroupNotification = (kind: string) => (KINDS as readonly string[]).includes(kind);

export function GroupNotification({ item, onRead, markRead, isNew }: { item: Notification; onRead: (item: Notification) => void; markRead: string; isNew: string }) {
  const { t } = useT(GROUPS);
  const p = item.payload as unknown as GroupPayload;
  const what = t(`notification.${item.kind}`, { group: localized(p.groupTitle), title: p.workshopTitle ?? p.taskTitle ?? '' });
  return (
    <li class={item.readAt ? 'notification' : 'notification unread'}>
      <div class="item-main">
        <h3>
          {!item.readAt && <span class="notification-new">{isNew}</span>}
          {what}
        </h3>
        <p class="muted">
          <time dateTime={item.createdAt}>{formatDate(item.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}</time>
          {p.startsAt && <> · {formatDate(p.startsAt, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Berlin' })}</>}
          {p.dueDate && <> · {formatDate(p.dueDate)}</>}
        </p>
        <p><a href={`/clusters/${p.clusterSlug}/groups/${p.groupId}`}>{t('notification.open')}</a></p>
      </div>
      {!item.readAt && (
        <div class="item-actions">
          <button type="button" onClick={() => onRead(item)}>{markRead}<span class="visually-hidden">: {what}</span></button>
        </div>
      )}
    </li>
  );
}
