// Turns the demo data into table rows: ids made here, slugs and keys resolved, every reference checked.
import { randomUUID } from 'node:crypto';
import type { Insertable } from 'kysely';
import type { RoleGrant } from '#src/auth/actor.ts';
import { topicCompetenceId } from '#src/demo/demo-competences.ts';
import type { DemoData, DemoRecord } from '#src/demo/demo-types.ts';
import type {
  ClusterRecordsTable,
  ClustersTable,
  FacilitiesTable,
  MembershipsTable,
  OffersTable,
  OrganizationCompetencesTable,
  OrganizationsTable,
  ParticipationsTable,
  PeopleTable,
  ProjectsTable,
  ProjectTopicsTable,
} from '#src/db/types.ts';
import { sectorCompetenceId } from '#src/registry/sectors.ts';

export type DemoAccountRow = { email: string; name: string; password: string; isAdmin: boolean; roles: RoleGrant[] };

export type DemoRows = {
  clusters: Array<Insertable<ClustersTable>>;
  organizations: Array<Insertable<OrganizationsTable>>;
  organizationCompetences: Array<Insertable<OrganizationCompetencesTable>>;
  memberships: Array<Insertable<MembershipsTable>>;
  people: Array<Insertable<PeopleTable>>;
  facilities: Array<Insertable<FacilitiesTable>>;
  offers: Array<Insertable<OffersTable>>;
  projects: Array<Insertable<ProjectsTable>>;
  projectTopics: Array<Insertable<ProjectTopicsTable>>;
  participations: Array<Insertable<ParticipationsTable>>;
  records: Array<Insertable<ClusterRecordsTable>>;
  accounts: DemoAccountRow[];
};

const DAY_MS = 86_400_000;

/** A lookup that names the missing reference, so a typo in the data fails loudly instead of loading half a demo. */
function resolver(ids: Map<string, string>, what: string): (key: string) => string {
  return (key) => {
    const id = ids.get(key);
    if (id === undefined) throw new Error(`demo data: unknown ${what} "${key}"`);
    return id;
  };
}

function uniqueIds(keys: string[], what: string): Map<string, string> {
  const ids = new Map<string, string>();
  for (const key of keys) {
    if (ids.has(key)) throw new Error(`demo data: duplicate ${what} "${key}"`);
    ids.set(key, randomUUID());
  }
  return ids;
}

/** Every row the demo writes, with fresh ids; offers expire relative to `today`. */
export function buildDemoRows(data: DemoData, today: Date): DemoRows {
  const clusterIds = uniqueIds(data.clusters.map((c) => c.slug), 'cluster');
  const organizationIds = uniqueIds(data.organizations.map((o) => o.key), 'organisation');
  const cluster = resolver(clusterIds, 'cluster');
  const organization = resolver(organizationIds, 'organisation');

  // Clusters before their hubs, so each insert finds its parent.
  const clusters = [...data.clusters]
    .sort((a, b) => Number(a.parent !== undefined) - Number(b.parent !== undefined))
    .map((c) => ({
      id: cluster(c.slug),
      slug: c.slug,
      parent_id: c.parent === undefined ? null : cluster(c.parent),
      name: c.name,
      short_name: c.shortName,
      description: JSON.stringify(c.description),
      country: c.country,
      city: c.city,
      nuts_code: c.nutsCode,
      website: c.website,
    }));

  const organizations = data.organizations.map((o) => ({
    id: organization(o.key),
    name: o.name,
    short_name: o.shortName,
    type: o.type,
    is_sme: o.isSme,
    sectors: o.sectors,
    keywords: o.keywords,
    description: JSON.stringify(o.description),
    street: null,
    postal_code: o.postalCode,
    city: o.city,
    country: o.country,
    lat: o.lat,
    lon: o.lon,
    nuts_code: o.nutsCode,
    website: o.website,
    vat_number: null,
    cordis_id: o.cordisId ?? null,
  }));

  const organizationCompetences = data.organizations.flatMap((o) =>
    [...o.sectors.map(sectorCompetenceId), ...o.topics.map(topicCompetenceId)].map((competenceId) => ({
      organization_id: organization(o.key),
      competence_id: competenceId,
      source: 'declared' as const,
    })),
  );

  const memberships = data.organizations.flatMap((o) =>
    o.memberships.map((m) => ({ organization_id: organization(o.key), cluster_id: cluster(m.cluster), type: m.type, status: 'active' as const })),
  );

  const people = data.contacts.map((p) => ({
    organization_id: organization(p.organization),
    given_name: p.givenName,
    family_name: p.familyName,
    job_title: p.jobTitle,
    email: p.email,
    phone: null,
    consent_listed: p.consentListed,
    visibility: p.visibility,
  }));

  const facilities = data.facilities.map((f) => ({
    organization_id: organization(f.organization),
    kind: f.kind,
    name: f.name,
    description: JSON.stringify(f.description),
    competence_ids: f.topics.map(topicCompetenceId),
    access: f.access,
  }));

  const offers = data.offers.map((o) => ({
    organization_id: organization(o.organization),
    direction: o.direction,
    kind: o.kind,
    title: o.title,
    description: o.description,
    competence_ids: o.topics.map(topicCompetenceId),
    expires_at: o.expiresInDays === null ? null : new Date(today.getTime() + o.expiresInDays * DAY_MS).toISOString().slice(0, 10),
  }));

  const projectIds = uniqueIds(data.projects.map((p) => p.key), 'project');
  const projects = data.projects.map((p) => ({
    id: projectIds.get(p.key)!,
    cordis_id: null,
    rcn: null,
    acronym: p.acronym,
    title: p.title,
    objective: p.objective,
    keywords: ['demo'],
    start_date: p.startDate,
    end_date: p.endDate,
    status: null,
    framework_programme: null,
    programme: p.programme,
    call_id: null,
    topic_code: null,
    topic_title: null,
    funding_scheme: null,
    total_cost: p.totalCost,
    ec_contribution: null,
    source_updated_at: null,
  }));
  const projectTopics = data.projects.flatMap((p) => p.topics.map((topic) => ({ project_id: projectIds.get(p.key)!, competence_id: topicCompetenceId(topic) })));
  const participations = data.projects.flatMap((p) =>
    p.participants.map((member, position) => ({
      project_id: projectIds.get(p.key)!,
      organization_id: organization(member.organization),
      role: member.role,
      ec_contribution: null,
      position: position + 1,
    })),
  );

  // Parents come before their children in this list, so each insert finds its parent.
  const records: Array<Insertable<ClusterRecordsTable>> = [];
  const addRecords = (clusterId: string, list: DemoRecord[], parentId: string | null) => {
    list.forEach((r, position) => {
      const id = randomUUID();
      records.push({
        id,
        cluster_id: clusterId,
        kind: r.kind,
        parent_id: parentId,
        title: JSON.stringify(r.title),
        description: JSON.stringify(r.description),
        horizon: r.horizon ?? null,
        position,
      });
      addRecords(clusterId, r.children ?? [], id);
    });
  };
  for (const set of data.records) addRecords(cluster(set.cluster), set.records, null);

  const accounts = data.accounts.map((a) => ({
    email: a.email,
    name: a.name,
    password: a.password,
    isAdmin: a.isAdmin,
    roles: !a.manages
      ? []
      : 'cluster' in a.manages
        ? [{ role: 'cluster_manager' as const, scopeId: cluster(a.manages.cluster) }]
        : [{ role: 'organization_editor' as const, scopeId: organization(a.manages.organization) }],
  }));

  return { clusters, organizations, organizationCompetences, memberships, people, facilities, offers, projects, projectTopics, participations, records, accounts };
}
