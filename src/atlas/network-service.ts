// The collaboration network of a region, cluster or competence, computed once per scope and data version.
import { cachedNetwork, currentDataVersion } from '#src/atlas/network-cache.ts';
import { computeNetwork, organizationIdsOf } from '#src/atlas/network-graph.ts';
import {
  clusterExists,
  findJointProjects,
  findNetworkOrganizations,
  findScopeOrganizationIds,
  readCommitSnapshot,
  readNetworkDataVersion,
  scopeCondition,
  type NetworkScope,
} from '#src/atlas/network-repo.ts';
import { presentNetwork, type NetworkOut, type NetworkQuery } from '#src/atlas/network-schema.ts';
import type { Ctx } from '#src/context.ts';
import { invalid } from '#src/errors.ts';
import { findCompetence } from '#src/registry/competence-repo.ts';
import { viewerOf, type Viewer } from '#src/registry/visibility.ts';

/** Turns the query's cluster and competence references into a scope; unknown ones are invalid input. */
async function resolveScope(ctx: Ctx, query: NetworkQuery): Promise<NetworkScope> {
  if (query.cluster !== undefined && !(await clusterExists(ctx.db, query.cluster))) {
    throw invalid(`unknown cluster ${query.cluster}`, [{ field: 'cluster', message: 'no cluster or hub has this id or slug' }]);
  }
  if (query.competence !== undefined && !(await findCompetence(ctx.db, query.competence))) {
    throw invalid(`unknown competence ${query.competence}`, [{ field: 'competence', message: 'no competence has this id' }]);
  }
  return {
    regions: query.region && [...new Set(query.region)].sort(),
    cluster: query.cluster,
    competence: query.competence,
    types: query.type && [...new Set(query.type)].sort(),
    sectors: query.sector && [...new Set(query.sector)].sort(),
  };
}

/** What the viewer may see, as part of a cache key: everyone with the same rights shares the same networks. */
const viewerKey = (viewer: Viewer) => (viewer.all ? 'all' : `${viewer.levels.join(',')};${[...viewer.organizationIds].sort().join(',')}`);

/**
 * The collaboration network of the scope as the acting user may see it: only visible organisations and
 * projects. Served from the cache while the registry is unchanged (see currentDataVersion).
 */
export async function getNetwork(ctx: Ctx, query: NetworkQuery): Promise<NetworkOut> {
  const [viewer, scope] = await Promise.all([viewerOf(ctx), resolveScope(ctx, query)]);
  const version = await currentDataVersion(ctx.db, () => readCommitSnapshot(ctx.db), () => readNetworkDataVersion(ctx.db));
  const options = { partners: query.partners, minWeight: query.minWeight, limit: query.limit };
  const key = JSON.stringify({ scope, options, viewer: viewerKey(viewer) });
  return cachedNetwork(ctx.db, key, version, async () => {
    const started = Date.now();
    const where = await scopeCondition(ctx.db, viewer, scope);
    const scopeIds = await findScopeOrganizationIds(ctx.db, where);
    const pairs = await findJointProjects(ctx.db, where, viewer, options.minWeight);
    const queried = Date.now();
    const network = computeNetwork(new Set(scopeIds), pairs, options);
    const organizations = await findNetworkOrganizations(ctx.db, organizationIdsOf(network));
    ctx.log.info(
      `network of ${key}: ${network.nodes.length} nodes, ${network.edges.length} links from ${pairs.length} pairs ` +
        `(queries ${queried - started} ms, graph ${Date.now() - queried} ms)`,
    );
    return presentNetwork(network, new Map(organizations.map((o) => [o.id, o])));
  });
}
