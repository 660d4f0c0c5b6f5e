// Builds the matching index from the corpus as it is read, page by page (~3 s for the full CORDIS registry): each
// text vector is turned into term numbers as soon as it arrives, so the corpus text is never held whole, and an
// organisation's document (its profile and all its projects) is written straight into the final arrays.
import type { CorpusOrganization, CorpusParticipation, CorpusProject, CorpusSink, MatchCorpus } from '#src/matching/match-corpus.ts';
import {
  buildPostings, ORGANIZATION_TYPES, PARTICIPATION_ROLES, parseVector, VISIBILITIES, type DocumentTerms, type MatchIndex,
} from '#src/matching/match-index.ts';
import { withLookups } from '#src/matching/match-snapshot.ts';
import { readableWords } from '#src/matching/match-words.ts';

export type IndexOptions = { titleWeight?: number; keywordWeight?: number };

/** Collects the corpus (projects first, then organisations, then participations); `finish` builds the index. */
export type MatchIndexBuilder = CorpusSink & { finish: () => MatchIndex };

/** A builder for the index; `titleWeight` is how much a title word counts against one in an objective. */
export function createMatchIndexBuilder(options: IndexOptions = {}): MatchIndexBuilder {
  const titleWeight = options.titleWeight ?? 1;
  const keywordWeight = options.keywordWeight ?? 1;
  const terms = new Map<string, number>();
  const termList: string[] = [];
  // A vector as term numbers (numbered in the order first seen: project terms first) and counts.
  const sparse = (vector: string | null): [Int32Array, Float32Array] => {
    const pairs = parseVector(vector, titleWeight, keywordWeight);
    const t = new Int32Array(pairs.length);
    const c = new Float32Array(pairs.length);
    pairs.forEach(([term, count], i) => {
      let id = terms.get(term);
      if (id === undefined) {
        id = termList.length;
        terms.set(term, id);
        termList.push(term);
      }
      t[i] = id;
      c[i] = count;
    });
    return [t, c];
  };

  const projects = { id: [] as string[], acronym: [] as Array<string | null>, title: [] as string[], start: [] as number[], visibility: [] as number[] };
  const projectDocs: Array<[Int32Array, Float32Array]> = [];
  const orgs = {
    id: [] as string[], cordisId: [] as Array<string | null>, name: [] as string[], type: [] as number[], isSme: [] as number[],
    country: [] as Array<string | null>, nutsCode: [] as Array<string | null>, city: [] as Array<string | null>,
    lat: [] as number[], lon: [] as number[], visibility: [] as number[],
  };
  const profiles: Array<[Int32Array, Float32Array]> = [];
  const links: Array<[number, number, number]> = [];
  let numbers: { project: Map<string, number>; org: Map<string, number> } | undefined;

  return {
    projects(rows: CorpusProject[]) {
      for (const p of rows) {
        projects.id.push(p.id);
        projects.acronym.push(p.acronym);
        projects.title.push(p.title);
        projects.start.push(p.start ?? Number.NaN);
        projects.visibility.push(VISIBILITIES.indexOf(p.visibility));
        projectDocs.push(sparse(p.vector));
      }
    },
    organizations(rows: CorpusOrganization[]) {
      for (const o of rows) {
        orgs.id.push(o.id);
        orgs.cordisId.push(o.cordisId);
        orgs.name.push(o.name);
        orgs.type.push(Math.max(0, ORGANIZATION_TYPES.indexOf(o.type)));
        orgs.isSme.push(o.isSme ? 1 : 0);
        orgs.country.push(o.country);
        orgs.nutsCode.push(o.nutsCode);
        orgs.city.push(o.city);
        orgs.lat.push(o.lat ?? Number.NaN);
        orgs.lon.push(o.lon ?? Number.NaN);
        orgs.visibility.push(VISIBILITIES.indexOf(o.visibility));
        profiles.push(sparse(o.vector));
      }
    },
    participations(rows: CorpusParticipation[]) {
      numbers ??= { project: new Map(projects.id.map((id, i) => [id, i])), org: new Map(orgs.id.map((id, i) => [id, i])) };
      for (const pa of rows) {
        const p = numbers.project.get(pa.projectId);
        const o = numbers.org.get(pa.organizationId);
        const role = PARTICIPATION_ROLES.indexOf(pa.role);
        // Rows pointing outside the corpus (a private project, an unknown organisation) are left out.
        if (p !== undefined && o !== undefined) links.push([p, o, role < 0 ? PARTICIPATION_ROLES.length - 1 : role]);
      }
    },
    finish() {
      const start = Float64Array.from(projects.start);
      const graph = collaborationGraph(projects.id.length, orgs.id.length, links, start);
      links.length = 0;
      const projectTerms = concatenate(projectDocs.splice(0));
      const orgTerms = organizationDocuments(profiles.splice(0), projectTerms, graph, termList.length);
      let latestStart = 0;
      for (const s of start) if (s > latestStart) latestStart = s;
      return withLookups({
        organizations: {
          id: orgs.id, cordisId: orgs.cordisId, name: orgs.name, type: Uint8Array.from(orgs.type), isSme: Uint8Array.from(orgs.isSme),
          country: orgs.country, nutsCode: orgs.nutsCode, city: orgs.city, lat: Float64Array.from(orgs.lat), lon: Float64Array.from(orgs.lon),
          visibility: Uint8Array.from(orgs.visibility),
        },
        projects: { id: projects.id, acronym: projects.acronym, title: projects.title, start, visibility: Uint8Array.from(projects.visibility) },
        ...graph,
        termList,
        termWords: readableWords([...projects.title, ...orgs.name], terms),
        projectPostings: buildPostings(projectTerms, termList.length),
        orgPostings: buildPostings(orgTerms, termList.length),
        orgTermStart: orgTerms.start,
        orgTerms: orgTerms.terms,
        orgTermCounts: orgTerms.counts,
        latestStart,
      });
    },
  };
}

/** Builds the index from a corpus held whole (tests, small registries). */
export function buildMatchIndex(corpus: MatchCorpus, options: IndexOptions = {}): MatchIndex {
  const builder = createMatchIndexBuilder(options);
  builder.projects(corpus.projects);
  builder.organizations(corpus.organizations);
  builder.participations(corpus.participations);
  return builder.finish();
}

type Graph = Pick<MatchIndex, 'projectOrgStart' | 'projectOrgs' | 'projectRoles' | 'orgProjectStart' | 'orgProjects'>;

/** The collaboration graph in both directions; an organisation's projects oldest first. */
function collaborationGraph(projectCount: number, orgCount: number, links: Array<[number, number, number]>, start: Float64Array): Graph {
  const projectOrgStart = new Int32Array(projectCount + 1);
  const orgProjectStart = new Int32Array(orgCount + 1);
  for (const [p, o] of links) {
    projectOrgStart[p + 1]! += 1;
    orgProjectStart[o + 1]! += 1;
  }
  for (let p = 0; p < projectCount; p++) projectOrgStart[p + 1]! += projectOrgStart[p]!;
  for (let o = 0; o < orgCount; o++) orgProjectStart[o + 1]! += orgProjectStart[o]!;
  const projectOrgs = new Int32Array(links.length);
  const projectRoles = new Uint8Array(links.length);
  const orgProjects = new Int32Array(links.length);
  const pf = projectOrgStart.slice(0, projectCount);
  const of = orgProjectStart.slice(0, orgCount);
  // Oldest first, so the newest projects of an organisation are at the end of its range.
  links.sort((a, b) => (start[a[0]]! || 0) - (start[b[0]]! || 0) || a[0] - b[0]);
  for (const [p, o, role] of links) {
    projectRoles[pf[p]!] = role;
    projectOrgs[pf[p]!++] = o;
    orgProjects[of[o]!++] = p;
  }
  return { projectOrgStart, projectOrgs, projectRoles, orgProjectStart, orgProjects };
}

/** Documents held one array pair each, in compressed-row form. */
function concatenate(docs: Array<[Int32Array, Float32Array]>): DocumentTerms {
  const start = new Int32Array(docs.length + 1);
  docs.forEach(([t], d) => (start[d + 1] = start[d]! + t.length));
  const terms = new Int32Array(start[docs.length]!);
  const counts = new Float32Array(terms.length);
  docs.forEach(([t, c], d) => {
    terms.set(t, start[d]!);
    counts.set(c, start[d]!);
  });
  return { start, terms, counts };
}

/**
 * Each organisation's document: its own profile and the text of all its projects, terms in the order first seen.
 * Two passes over the same sums, the first only counting, so the result is written once into arrays of its final
 * size (the full registry's are 64 MiB; building them per organisation and then copying held them twice).
 */
function organizationDocuments(profiles: Array<[Int32Array, Float32Array]>, projectTerms: DocumentTerms, graph: Graph, termCount: number): DocumentTerms {
  const acc = new Float32Array(Math.max(termCount, 1));
  const touched: number[] = [];
  const add = (t: number, c: number) => {
    if (acc[t] === 0) touched.push(t);
    acc[t]! += c;
  };
  // Sums organisation o's terms into acc, listing them in `touched`; `clear` makes both empty again.
  const collect = (o: number) => {
    const [ownTerms, ownCounts] = profiles[o]!;
    ownTerms.forEach((t, i) => add(t, ownCounts[i]!));
    for (let k = graph.orgProjectStart[o]!; k < graph.orgProjectStart[o + 1]!; k++) {
      const p = graph.orgProjects[k]!;
      for (let i = projectTerms.start[p]!; i < projectTerms.start[p + 1]!; i++) add(projectTerms.terms[i]!, projectTerms.counts[i]!);
    }
  };
  const clear = () => {
    for (const t of touched) acc[t] = 0;
    touched.length = 0;
  };
  const start = new Int32Array(profiles.length + 1);
  for (let o = 0; o < profiles.length; o++) {
    collect(o);
    start[o + 1] = start[o]! + touched.length;
    clear();
  }
  const terms = new Int32Array(start[profiles.length]!);
  const counts = new Float32Array(terms.length);
  for (let o = 0; o < profiles.length; o++) {
    collect(o);
    touched.forEach((t, i) => {
      terms[start[o]! + i] = t;
      counts[start[o]! + i] = acc[t]!;
    });
    clear();
  }
  return { start, terms, counts };
}
