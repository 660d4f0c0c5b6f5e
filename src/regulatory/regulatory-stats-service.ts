// The cluster manager's regulatory overview: which members develop which class of device and by which route,
// counted per class, route and regulation, to plan support (consultants, workshops, notified body contacts).
import { requireClusterManager } from '#src/auth/policy.ts';
import type { Ctx } from '#src/context.ts';
import type { DeviceClassName, ProductsTable, RegulationName } from '#src/db/types-regulatory.ts';
import { notFound } from '#src/errors.ts';
import { clusterExists, findMemberProducts } from '#src/regulatory/regulatory-stats-repo.ts';

const CLASSES: Array<[RegulationName, DeviceClassName]> = [
  ['MDR', 'I'], ['MDR', 'IIa'], ['MDR', 'IIb'], ['MDR', 'III'], ['IVDR', 'A'], ['IVDR', 'B'], ['IVDR', 'C'], ['IVDR', 'D'],
];

type NotifiedBody = ProductsTable['notified_body'];
type OverviewProduct = { id: string; name: string; regulation: RegulationName; class: DeviceClassName; subclasses: string[]; notifiedBody: NotifiedBody; routeKey: string };

type Counted = OverviewProduct & { organizationId: string };

/** Products and distinct organisations per key. */
function countBy(products: Counted[], keyOf: (p: Counted) => string): Map<string, { products: number; organizations: Set<string> }> {
  const counts = new Map<string, { products: number; organizations: Set<string> }>();
  for (const p of products) {
    const key = keyOf(p);
    const entry = counts.get(key) ?? { products: 0, organizations: new Set<string>() };
    entry.products += 1;
    entry.organizations.add(p.organizationId);
    counts.set(key, entry);
  }
  return counts;
}

/** The overview of cluster or hub `clusterId` (with its hubs' members): its managers and admins only. */
export async function regulatoryOverview(ctx: Ctx, clusterId: string) {
  await requireClusterManager(ctx, clusterId);
  if (!(await clusterExists(ctx.db, clusterId))) throw notFound('cluster', clusterId);
  const rows = await findMemberProducts(ctx.db, clusterId);
  const organizations = new Map<string, { id: string; name: string; products: OverviewProduct[] }>();
  const products: Counted[] = [];
  for (const r of rows) {
    const org = organizations.get(r.organization_id) ?? { id: r.organization_id, name: r.organization_name, products: [] };
    organizations.set(r.organization_id, org);
    if (r.product_id === null) continue;
    const product: OverviewProduct = {
      id: r.product_id, name: r.product_name!, regulation: r.regulation!, class: r.device_class!, subclasses: r.subclasses ?? [],
      notifiedBody: r.notified_body!, routeKey: r.route_key!,
    };
    org.products.push(product);
    products.push({ ...product, organizationId: r.organization_id });
  }
  const byClass = countBy(products, (p) => `${p.regulation}:${p.class}`);
  const byRoute = countBy(products, (p) => `${p.notifiedBody}:${p.routeKey}`);
  const byRegulation = countBy(products, (p) => p.regulation);
  const byLevel = countBy(products, (p) => p.notifiedBody);
  const withProducts = [...organizations.values()].filter((o) => o.products.length > 0);
  return {
    clusterId,
    totals: { memberOrganizations: organizations.size, organizationsWithProducts: withProducts.length, products: products.length },
    byClass: CLASSES.map(([regulation, cls]) => {
      const entry = byClass.get(`${regulation}:${cls}`);
      return { regulation, class: cls, products: entry?.products ?? 0, organizations: entry?.organizations.size ?? 0 };
    }),
    byNotifiedBody: (['full', 'limited', 'none'] as const).map((level) => ({
      notifiedBody: level,
      products: byLevel.get(level)?.products ?? 0,
      organizations: byLevel.get(level)?.organizations.size ?? 0,
    })),
    byRoute: [...byRoute.entries()]
      .map(([key, entry]) => {
        const [notifiedBody, routeKey] = key.split(/:(.*)/s) as [NotifiedBody, string];
        return { routeKey, notifiedBody, products: entry.products, organizations: entry.organizations.size };
      })
      .sort((a, b) => b.products - a.products || a.routeKey.localeCompare(b.routeKey) || a.notifiedBody.localeCompare(b.notifiedBody)),
    byRegulation: (['MDR', 'IVDR'] as const).map((regulation) => ({
      regulation,
      products: byRegulation.get(regulation)?.products ?? 0,
      organizations: byRegulation.get(regulation)?.organizations.size ?? 0,
    })),
    organizations: withProducts.map((o) => ({
      ...o,
      classes: CLASSES.filter(([regulation, cls]) => o.products.some((p) => p.regulation === regulation && p.class === cls)).map((c) => c.join(' ')),
    })),
  };
}
