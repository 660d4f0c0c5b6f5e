// The `klynge_session` cookie: HttpOnly, SameSite=Lax, Path=/, Secure when configured; and the client's address.
import type { IncomingMessage } from 'node:http';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';

export const SESSION_COOKIE = 'klynge_session';

declare module 'hono' {
  interface ContextVariableMap {
    /** Whether cookies carry `Secure` (KLYNGE_SECURE_COOKIES=true); set by the actor middleware. */
    secureCookies: boolean;
  }
}

/** The session token the request carries, if any. */
export function sessionTokenOf(c: Context): string | undefined {
  return getCookie(c, SESSION_COOKIE) || undefined;
}

/** Sets the session cookie to expire with the session. */
export function setSessionCookie(c: Context, token: string, expiresAt: Date): void {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    secure: c.get('secureCookies') === true,
    expires: expiresAt,
  });
}

/** Tells the browser to forget the session cookie. */
export function clearSessionCookie(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'Lax', secure: c.get('secureCookies') === true });
}

/** The client's socket address (node server), for throttling; 'unknown' when there is none (in-process tests). */
export function clientAddress(c: Context): string {
  const env = c.env as { incoming?: IncomingMessage } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'unknown';
}
