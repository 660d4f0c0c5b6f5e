// An idea-round notification on the account page: a round opened, or closed with its results (src/strategy/round-notify.ts).
import { formatDate, formatNumber, localized, useT, type Localized } from '../i18n.ts';
import { NotificationItem, type NotificationProps } from './notification-item.tsx';
import { STRATEGY } from './strategy.messages.ts';

type Payload = { roundId: string; clusterSlug: string; clusterName: string; title: Localized; closesAt: string; voters?: number };

/** Whether the notification is about an idea round. */
export const isStrategyNotification = (kind: string) => kind === 'strategy_round_opened' || kind === 'strategy_round_closed';

export function StrategyNotification({ item, onRead }: NotificationProps) {
  const { t } = useT(STRATEGY);
  const p = item.payload as unknown as Payload;
  const opened = item.kind === 'strategy_round_opened';
  const what = t(opened ? 'notification.opened' : 'notification.closed', { title: localized(p.title) });
  return (
    <NotificationItem
      item={item}
      what={what}
      onRead={onRead}
      meta={<>
        {' · '}{p.clusterName}
        {' · '}{opened ? t('notification.until', { date: formatDate(p.closesAt, { dateStyle: 'medium', timeStyle: 'short' }) }) : t('notification.voters', { count: p.voters ?? 0, formatted: formatNumber(p.voters ?? 0) })}
      </>}
    >
      <p><a href={`/clusters/${p.clusterSlug}/strategy`}>{t('notification.open')}</a></p>
    </NotificationItem>
  );
}
