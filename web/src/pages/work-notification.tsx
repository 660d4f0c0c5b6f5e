// A membership or news notification on the account page: an application to decide, a decision on one's application,
// a post to review, a decision on one's post (src/registry/membership-*, src/news/news-service.ts).
import { localized, useT, type Localized } from '../i18n.ts';
import { NotificationItem, type NotificationProps } from './notification-item.tsx';
import { WORK_NOTIFICATIONS } from './work-notification.messages.ts';

type Payload = {
  clusterSlug: string; clusterName: string; organizationName?: string | null; decision?: 'approved' | 'rejected' | 'ended' | 'published';
  note?: string | null; title?: Localized; postSlug?: string;
};
const KINDS = ['membership_applied', 'membership_decided', 'news_submitted', 'news_reviewed'] as const;

/** Whether the notification is one of membership's or news'. */
export const isWorkNotification = (kind: string) => (KINDS as readonly string[]).includes(kind);

export function WorkNotification({ item, onRead }: NotificationProps) {
  const { t } = useT(WORK_NOTIFICATIONS);
  const p = item.payload as unknown as Payload;
  const values = { organization: p.organizationName ?? '', cluster: p.clusterName, title: localized(p.title) };
  const news = item.kind.startsWith('news_');
  const what = item.kind === 'membership_decided' ? t(p.decision ?? 'approved', values)
    : item.kind === 'news_reviewed' ? t(p.decision === 'published' ? 'published' : 'sentBack', values) : t(item.kind, values);
  const href = item.kind === 'news_reviewed' && p.decision === 'published' && p.postSlug
    ? `/clusters/${p.clusterSlug}/news/${p.postSlug}` : `/clusters/${p.clusterSlug}/${news ? 'news' : 'members'}`;
  const linkText = item.kind === 'news_reviewed' && p.decision === 'published' ? t('openArticle') : news ? t('openNews') : t('openMembers');
  return (
    <NotificationItem item={item} what={what} onRead={onRead}>
      {p.note && <p>{t('note', { note: p.note })}</p>}
      <p><a href={href}>{linkText}</a></p>
    </NotificationItem>
  );
}
