// The signed-in user's notifications on the account page: new matches of their offers and requests, newest first.
import { useEffect, useState } from 'preact/hooks';
import { api, query } from '../api.ts';
import { useT } from '../i18n.ts';
import { setUnreadCount, type MatchedItem, type Notification, type NotificationList, type OfferMatchesPayload } from '../notifications.ts';
import { NOTIFICATIONS } from './account-notifications.messages.ts';
import { GroupNotification, isGroupNotification } from './group-notification.tsx';
import { NotificationItem, type NotificationProps } from './notification-item.tsx';
import { FundingNotification, isFundingNotification } from './funding-notification.tsx';
import { StrategyNotification, isStrategyNotification } from './strategy-notification.tsx';
import { WorkNotification, isWorkNotification } from './work-notification.tsx';
import './account-notifications.css';

const PAGE = 20;

/** The matched offers or organisations of one notification as a line of links to their organisations. */
function Matched({ label, items }: { label: string; items: MatchedItem[] }) {
  const { t } = useT(NOTIFICATIONS);
  if (items.length === 0) return null;
  return (
    <p class="notification-matches">
      <span class="muted">{label}</span>{' '}
      {items.map((m, i) => (
        <span key={m.id}>
          {i > 0 && ', '}
          {m.type === 'offer' ? (
            <a href={`/organizations/${m.organizationId}`}>{t('offerOf', { title: m.title, organization: m.organizationName })}</a>
          ) : (
            <a href={`/organizations/${m.id}`}>{m.name}</a>
          )}
        </span>
      ))}
    </p>
  );
}

// The kinds of partnering-event notifications, each with its own heading (src/events/meeting-*.ts).
const EVENT_KINDS = ['event_meeting_request', 'event_meeting_answer', 'event_agenda_published', 'event_meeting_changed', 'event_request_reminder', 'event_request_expired'] as const;
type EventKind = (typeof EVENT_KINDS)[number];
const isEventKind = (kind: string): kind is EventKind => (EVENT_KINDS as readonly string[]).includes(kind);

/** A notification of a partnering event (a request, an answer, a published or changed agenda): what happened and a link. */
function EventItem({ item, onRead }: NotificationProps) {
  const { t } = useT(NOTIFICATIONS);
  const eventId = 'eventId' in item.payload ? item.payload.eventId : undefined;
  const what = isEventKind(item.kind) ? t(`event.${item.kind}`) : t('event.other');
  return (
    <NotificationItem item={item} what={what} onRead={onRead}>
      {eventId && (
        <p>
          <a href={`/events/${eventId}`}>{t('event.open')}</a>
        </p>
      )}
    </NotificationItem>
  );
}

/** One notification: what was found, the matches as links, and a button marking it read while it is unread. */
function Item({ item, onRead }: NotificationProps) {
  const { t } = useT(NOTIFICATIONS);
  if (isGroupNotification(item.kind)) return <GroupNotification item={item} onRead={onRead} />; // working groups
  if (isFundingNotification(item.kind)) return <FundingNotification item={item} onRead={onRead} />; // funding reminders
  if (isStrategyNotification(item.kind)) return <StrategyNotification item={item} onRead={onRead} />; // idea rounds
  if (isWorkNotification(item.kind)) return <WorkNotification item={item} onRead={onRead} />; // membership and news
  if (item.kind !== 'offer_matches') return <EventItem item={item} onRead={onRead} />;
  const p = item.payload as OfferMatchesPayload;
  const offers = p.matches.filter((m) => m.type === 'offer');
  const organizations = p.matches.filter((m) => m.type === 'organization');
  // The payload lists the best few; `count` says how many there were.
  const more = Math.max(0, p.count - p.matches.length);
  const direction = p.direction === 'offer' ? 'offer' : 'request';
  return (
    <NotificationItem item={item} what={t(`summary.${direction}`, { count: p.count, title: p.offerTitle })} onRead={onRead}>
      <Matched label={t('offers')} items={offers} />
      <Matched label={t('organizations')} items={organizations} />
      {more > 0 && <p class="muted">{t('more', { count: more })}</p>}
      <p>
        <a href={`/organizations/${p.organizationId}/offers`}>{t('allMatches', { title: p.offerTitle })}</a>
      </p>
    </NotificationItem>
  );
}

/** The notifications section: the list (more on request), "Mark as read" per item and "Mark all as read". */
export function Notifications() {
  const { t } = useT(NOTIFICATIONS);
  const [items, setItems] = useState<Notification[] | null>(null);
  const [unread, setUnread] = useState(0);
  const [cursor, setCursor] = useState<string | null>(null);
  const [message, setMessage] = useState('');

  const load = async (after: string | null) => {
    const page = await api<NotificationList>(`/me/notifications${query({ limit: PAGE, cursor: after })}`);
    setItems((before) => (after && before ? [...before, ...page.items] : page.items));
    setCursor(page.nextCursor);
    setUnread(page.unread);
    setUnreadCount(page.unread);
  };
  useEffect(() => {
    load(null).catch((err: Error) => setMessage(t('failed', { message: err.message })));
  }, []);

  const act = async (run: () => Promise<string>) => {
    try {
      setMessage(await run());
    } catch (err) {
      setMessage(t('failed', { message: (err as Error).message }));
    }
  };
  const markRead = (item: Notification) =>
    void act(async () => {
      const read = await api<Notification>(`/me/notifications/${item.id}/read`, { method: 'POST' });
      setItems((all) => all?.map((n) => (n.id === read.id ? { ...n, readAt: read.readAt } : n)) ?? null);
      const left = Math.max(0, unread - 1);
      setUnread(left);
      setUnreadCount(left);
      return t('markedRead');
    });
  const markAllRead = () =>
    void act(async () => {
      const result = await api<{ updated: number; unread: number }>('/me/notifications/read-all', { method: 'POST' });
      const now = new Date().toISOString();
      setItems((all) => all?.map((n) => (n.readAt ? n : { ...n, readAt: now })) ?? null);
      setUnread(result.unread);
      setUnreadCount(result.unread);
      return t('markedAllRead');
    });

  return (
    <section aria-labelledby="notifications-title" class="notifications">
      <h2 id="notifications-title">
        {t('title')}
        {unread > 0 && <span class="notification-count"> · {t('unreadCount', { count: unread })}</span>}
      </h2>
      <p class="muted">{t('lead')}</p>
      <p class="form-status" role="status" aria-live="polite">
        {message}
      </p>
      {unread > 0 && (
        <p>
          <button type="button" onClick={markAllRead}>
            {t('markAllRead')}
          </button>
        </p>
      )}
      {items && items.length === 0 && <p>{t('none')}</p>}
      {items && items.length > 0 && (
        <ul class="item-list notification-list">
          {items.map((item) => (
            <Item key={item.id} item={item} onRead={markRead} />
          ))}
        </ul>
      )}
      {cursor && (
        <p>
          <button type="button" class="link-button" onClick={() => void act(() => load(cursor).then(() => ''))}>
            {t('showMore')}
          </button>
        </p>
      )}
    </section>
  );
}
