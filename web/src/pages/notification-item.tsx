// One notification on the account page as every kind shows it: "New" and what happened as the heading, when (and
// what else the kind says) in a muted line, the kind's links below, and a button marking it read while it is unread.
import type { ComponentChildren } from 'preact';
import { formatDate, useT } from '../i18n.ts';
import type { Notification } from '../notifications.ts';
import { NOTIFICATIONS } from './account-notifications.messages.ts';

/** What the account page gives each kind's notification component. */
export type NotificationProps = { item: Notification; onRead: (item: Notification) => void };

type Props = NotificationProps & {
  /** What happened: the heading, and what the button says it marks read (for screen readers). */
  what: string;
  /** Said after the time, on its line. */
  meta?: ComponentChildren;
  children?: ComponentChildren;
};

/** A notification list item with its heading, time, content and "Mark as read" button. */
export function NotificationItem({ item, what, onRead, meta, children }: Props) {
  const { t } = useT(NOTIFICATIONS);
  return (
    <li class={item.readAt ? 'notification' : 'notification unread'}>
      <div class="item-main">
        <h3>
          {!item.readAt && <span class="notification-new">{t('new')}</span>}
          {what}
        </h3>
        <p class="muted">
          <time dateTime={item.createdAt}>{formatDate(item.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}</time>
          {meta}
        </p>
        {children}
      </div>
      {!item.readAt && (
        <div class="item-actions">
          <button type="button" onClick={() => onRead(item)}>
            {t('markRead')}
            <span class="visually-hidden">: {what}</span>
          </button>
        </div>
      )}
    </li>
  );
}
