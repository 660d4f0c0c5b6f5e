// An idea-round notification on the account page: a round opened, or closed with its results (src/strategy/round-notify.ts).
import { formatDate, formatNumber, localized, useT, type Localized } from '../i18n.ts';
import type { Notification } from '../notifications.ts';
import { STRATEGY } from './strategy.messages.ts';

type Payload = { roundId: string; clusterSlug: string; clusterName: string; title: Localized; closesAt: string; voters?: number };

/** Whether the notification is about an idea round. */
export const isStrategyNotification = (kind: string) => kind === 'strategy_round_opened' || kind === 'strategy_round_closed';

export function StrategyNotification({ item, onRead, markRead, isNew }: { item: Notification; onRead: (item: Notification) => void; markRead: string; isNew: string }) {
  const { t } = useT(STRATEGY);
  const p = item.payload as unknown as Payload;
  const opened = item.kind === 'strategy_round_opened';
  const what = t(opened ? 'notification.opened' : 'notification.closed', { title: localized(p.title) });
  return (
    <li class={item.readAt ? 'notification' : 'notification unread'}>
      <div class="item-main">
        <h3>
          {!item.readAt && <span class="notification-new">{isNew}</span>}
          {what}
        </h3>
        <p class="muted">
          <time dateTime={item.createdAt}>{formatDate(item.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}</time>
          {' · '}{p.clusterName}
          {' · '}{opened ? t('notification.until', { date: formatDate(p.closesAt, { dateStyle: 'medium', timeStyle: 'short' }) }) : t('notification.voters', { count: p.voters ?? 0, formatted: formatNumber(p.voters ?? 0) })}
        </p>
        <p><a href={`/clusters/${p.clusterSlug}/strategy`}>{t('notification.open')}</a></p>
      </div>
      {!item.readAt && (
        <div class="item-actions">
          <button type="button" onClick={() => onRead(item)}>{markRead}<span class="visually-hidden">: {what}</span></button>
        </div>
      )}
    </li>
  );
}
