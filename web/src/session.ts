// Who is signed in: fetched once from /auth/me, shared by every component through a tiny store.
import { useEffect, useState } from 'preact/hooks';
import { api, ApiError } from './api.ts';

export type Role = { role: 'cluster_manager' | 'organization_editor' | 'member'; scopeId: string };
export type SessionUser = {
  id: string;
  email: string;
  name: string;
  isAdmin: boolean;
  roles: Role[];
  /** Organisations they edit or whose cluster they manage; clusters and hubs they manage (admins: everything). */
  editableOrganizationIds: string[];
  managedClusterIds: string[];
};

let current: SessionUser | null | undefined;
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());

/** Loads the signed-in user (null for visitors). */
export async function refreshSession(): Promise<SessionUser | null> {
  try {
    const me = await api<{ user: SessionUser } | SessionUser>('/auth/me');
    current = 'user' in me ? me.user : me;
  } catch (err) {
    if (!(err instanceof ApiError) || err.status !== 401) throw err;
    current = null;
  }
  notify();
  return current;
}

export async function signIn(email: string, password: string): Promise<void> {
  await api('/auth/login', { method: 'POST', json: { email, password } });
  await refreshSession();
}

export async function signOut(): Promise<void> {
  await api('/auth/logout', { method: 'POST' });
  current = null;
  notify();
}

/** The signed-in user; undefined while loading, null for visitors. */
export function useSession(): SessionUser | null | undefined {
  const [, setTick] = useState(0);
  const seen = current;
  useEffect(() => {
    const listener = () => setTick((n) => n + 1);
    listeners.add(listener);
    // The session may have arrived between this render and this effect, when no one was listening yet.
    if (current !== seen) listener();
    else if (current === undefined) void refreshSession().catch(() => undefined);
    return () => void listeners.delete(listener);
  }, []);
  return current;
}

/** Whether the user may edit organisation `id`: admins, its editors and the managers of its clusters. */
export function mayEdit(user: SessionUser | null | undefined, organizationId: string): boolean {
  return !!user && (user.isAdmin || user.editableOrganizationIds.includes(organizationId));
}

/** Whether the user manages cluster or hub `clusterId` (any cluster when omitted); admins manage all. */
export function mayManage(user: SessionUser | null | undefined, clusterId?: string): boolean {
  if (!user) return false;
  return user.isAdmin || (clusterId === undefined ? user.managedClusterIds.length > 0 : user.managedClusterIds.includes(clusterId));
}
