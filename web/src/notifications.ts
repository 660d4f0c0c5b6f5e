// The signed-in user's unread notification count: fetched once per page visited, shared by the header and the account page.
import { useEffect, useState } from 'preact/hooks';
import { api } from './api.ts';

export type MatchedItem =
  | { type: 'offer'; id: string; title: string; direction: string; kind: string; organizationId: string; organizationName: string; score: number }
  | { type: 'organization'; id: string; name: string; score: number };
export type OfferMatchesPayload = {
  offerId: string;
  offerTitle: string;
  direction: string;
  organizationId: string;
  organizationName: string;
  count: number;
  matches: MatchedItem[];
};
/** What an event notification carries: the event, and for requests the request (see src/events/meeting-*). */
export type EventNotificationPayload = { eventId?: string };
export type Notification = {
  id: string;
  kind: string;
  createdAt: string;
  readAt: string | null;
  payload: OfferMatchesPayload | EventNotificationPayload;
};
export type NotificationList = { items: Notification[]; unread: number; nextCursor: string | null };

let unread = 0;
const listeners = new Set<(n: number) => void>();

/** Sets the unread count everyone shows (the account page after marking read, or a fresh list). */
export function setUnreadCount(count: number): void {
  unread = count;
  listeners.forEach((l) => l(count));
}

/**
 * The unread count of user `userId` (0 for visitors), fetched when the user or the page `path` changes: one small
 * request per navigation, no polling.
 */
export function useUnreadCount(userId: string | undefined, path: string): number {
  const [count, setCount] = useState(unread);
  useEffect(() => {
    listeners.add(setCount);
    return () => void listeners.delete(setCount);
  }, []);
  useEffect(() => {
    if (!userId) {
      setUnreadCount(0);
      return;
    }
    let current = true;
    api<NotificationList>('/me/notifications?unread=true&limit=1').then(
      (r) => current && setUnreadCount(r.unread),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [userId, path]);
  return count;
}
