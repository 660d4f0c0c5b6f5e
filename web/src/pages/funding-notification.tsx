// A funding reminder on the account page: a followed call's deadline is near (src/funding/funding-reminder-jobs.ts).
import { formatDate, useT } from '../i18n.ts';
import type { Notification } from '../notifications.ts';
import { FUNDING } from './funding.messages.ts';

type Payload = { callId: string; callTitle: string; deadline: string; daysLeft: number; clusterSlug: string | null; url: string | null };

/** Whether the notification is a funding call reminder. */
export const isFundingNotification = (kind: string) => kind === 'funding_call_reminder';

export function FundingNotification({ item, onRead, markRead, isNew }: { item: Notification; onRead: (item: Notification) => void; markRead: string; isNew: string }) {
  const { t } = useT(FUNDING);
  const p = item.payload as unknown as Payload;
  const what = t('notification.title', { count: p.daysLeft, title: p.callTitle });
  return (
    <li class={item.readAt ? 'notification' : 'notification unread'}>
      <div class="item-main">
        <h3>
          {!item.readAt && <span class="notification-new">{isNew}</span>}
          {what}
        </h3>
        <p class="muted">
          <time dateTime={item.createdAt}>{formatDate(item.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}</time>
          {' · '}{t('notification.deadline', { date: formatDate(p.deadline, { dateStyle: 'long' }) })}
        </p>
        <p>
          {p.clusterSlug ? <a href={`/clusters/${p.clusterSlug}/funding`}>{t('notification.open')}</a> : p.url && <a href={p.url} rel="noopener noreferrer">{t('notification.website')}</a>}
        </p>
      </div>
      {!item.readAt && (
        <div class="item-actions">
          <button type="button" onClick={() => onRead(item)}>{markRead}<span class="visually-hidden">: {what}</span></button>
        </div>
      )}
    </li>
  );
}
