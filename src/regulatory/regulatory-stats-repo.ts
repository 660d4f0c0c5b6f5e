// SQL of the cluster manager's regulatory overview: the products of a cluster's (and its hubs') active members.
import { sql } from 'kysely';
import type { Db } from '#src/db/connect.ts';
import type { DeviceClassName, ProductsTable, RegulationName } from '#src/db/types-regulatory.ts';

export type MemberProductRow = {
  organization_id: string;
  organization_name: string;
  product_id: string | null;
  product_name: string | null;
  regulation: RegulationName | null;
  device_class: DeviceClassName | null;
  subclasses: string[] | null;
  notified_body: ProductsTable['notified_body'] | null;
  route_key: string | null;
};

/** Every active member of cluster `clusterId` or its hubs, once, with each of its products (none: one row of nulls). */
export async function findMemberProducts(db: Db, clusterId: string): Promise<MemberProductRow[]> {
  const { rows } = await sql<MemberProductRow>`
    with members as (
      select distinct m.organization_id from memberships m join clusters c on c.id = m.cluster_id
      where m.status = 'active' and (c.id = ${clusterId} or c.parent_id = ${clusterId})
    )
    select o.id as organization_id, o.name as organization_name, p.id as product_id, p.name as product_name,
      p.regulation, p.device_class, p.subclasses, p.notified_body, p.route_key
    from members mb
    join organizations o on o.id = mb.organization_id
    left join products p on p.organization_id = o.id
    order by o.name, o.id, p.name, p.id`.execute(db);
  return rows;
}

/** Whether cluster or hub `id` exists. */
export async function clusterExists(db: Db, id: string): Promise<boolean> {
  return (await db.selectFrom('clusters').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}
