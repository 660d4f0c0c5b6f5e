// A funding reminder on the account page: a followed call's deadline is near (src/funding/funding-reminder-jobs.ts).
import { formatDate, useT } from '../i18n.ts';
import { NotificationItem, type NotificationProps } from './notification-item.tsx';
import { FUNDING } from './funding.messages.ts';

type Payload = { callId: string; callTitle: string; deadline: string; daysLeft: number; clusterSlug: string | null; url: string | null };

/** Whether the notification is a funding call reminder. */
export const isFundingNotification = (kind: string) => kind === 'funding_call_reminder';

export function FundingNotification({ item, onRead }: NotificationProps) {
  const { t } = useT(FUNDING);
  const p = item.payload as unknown as Payload;
  const what = t('notification.title', { count: p.daysLeft, title: p.callTitle });
  return (
    <NotificationItem item={item} what={what} onRead={onRead} meta={<>{' · '}{t('notification.deadline', { date: formatDate(p.deadline, { dateStyle: 'long' }) })}</>}>
      <p>
        {p.clusterSlug ? <a href={`/clusters/${p.clusterSlug}/funding`}>{t('notification.open')}</a> : p.url && <a href={p.url} rel="noopener noreferrer">{t('notification.website')}</a>}
      </p>
    </NotificationItem>
  );
}
