// A working-group notification on the account page: a workshop planned, cancelled or tomorrow, a task assigned or due.
import { formatDate, localized, useT, type Localized } from '../i18n.ts';
import { NotificationItem, type NotificationProps } from './notification-item.tsx';
import { GROUPS } from './groups.messages.ts';

type GroupPayload = { clusterSlug: string; groupId: string; groupTitle: Localized; workshopTitle?: string; taskTitle?: string; startsAt?: string; dueDate?: string | null };
const KINDS = ['group_workshop_planned', 'group_workshop_cancelled', 'group_workshop_tomorrow', 'group_task_assigned', 'group_task_due'] as const;

/** Whether the notification is one of the working groups' (src/groups/group-notify.ts). */
export const isGroupNotification = (kind: string) => (KINDS as readonly string[]).includes(kind);

export function GroupNotification({ item, onRead }: NotificationProps) {
  const { t } = useT(GROUPS);
  const p = item.payload as unknown as GroupPayload;
  const what = t(`notification.${item.kind}`, { group: localized(p.groupTitle), title: p.workshopTitle ?? p.taskTitle ?? '' });
  return (
    <NotificationItem
      item={item}
      what={what}
      onRead={onRead}
      meta={<>
        {p.startsAt && <> · {formatDate(p.startsAt, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Berlin' })}</>}
        {p.dueDate && <> · {formatDate(p.dueDate)}</>}
      </>}
    >
      <p><a href={`/clusters/${p.clusterSlug}/groups/${p.groupId}`}>{t('notification.open')}</a></p>
    </NotificationItem>
  );
}
