// Clusters and memberships as the API answers them, for the management pages.
import { useEffect, useState } from 'preact/hooks';
import { api } from '../api.ts';

export type Hub = {
  id: string;
  slug: string;
  parentId: string | null;
  name: string;
  shortName: string | null;
  description: { de?: string; en?: string; da?: string };
  website: string | null;
  memberCount: number;
};
export type Cluster = Hub & { hubs: Hub[] };
export type Membership = {
  clusterId: string;
  organizationId: string;
  organizationName: string;
  country: string | null;
  city: string | null;
  type: 'full' | 'associate' | 'partner';
  status: 'applied' | 'active' | 'ended' | 'rejected';
  startDate: string | null;
  endDate: string | null;
};

export const MEMBERSHIP_TYPES = ['full', 'associate', 'partner'] as const;
export const MEMBERSHIP_STATUSES = ['applied', 'active', 'ended', 'rejected'] as const;

/** Loads cluster or hub `id` with its hubs; `reload` fetches it again. */
export function useCluster(id: string) {
  const [cluster, setCluster] = useState<Cluster | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = () =>
    api<Cluster>(`/clusters/${id}`).then(
      (c) => {
        setCluster(c);
        return c;
      },
      (err: Error) => {
        setError(err.message);
        return null;
      },
    );
  useEffect(() => {
    void reload();
  }, [id]);
  return { cluster, error, reload };
}
