// Who in the cluster fits a call: its active member organisations ranked by the partner-matching engine on the
// call's text (with the engine's reasons), and its pipeline projects ranked by how much of the call's wording they share.
import { clusterFamily, requireClusterMember } from '#src/auth/cluster-access.ts';
import type { Ctx } from '#src/context.ts';
import type { LocalizedText } from '#src/db/types.ts';
import { notFound } from '#src/errors.ts';
import { activeMembers, findCall } from '#src/funding/funding-repo.ts';
import { detectLanguage } from '#src/matching/match-language.ts';
import { ownWordsOfStems, wordsForStems } from '#src/matching/match-query-words.ts';
import { findPartners } from '#src/matching/match-service.ts';
import { MAX_MATCH_K, MAX_MATCH_TEXT } from '#src/matching/match-types.ts';
import { cosine, tfidfVectors } from '#src/matching/offer-match-similarity.ts';
import { stemmedTerms } from '#src/matching/offer-match-text.ts';
import { boardScope, canReadProject, standingOf, viewerSees } from '#src/pipeline/pipeline-access.ts';
import { findProjectsInClusters } from '#src/pipeline/pipeline-repo.ts';
import { findCluster } from '#src/registry/cluster-service.ts';

/** Projects sharing less than this with the call (cosine of tf-idf vectors) are not shown. */
const MIN_PROJECT_SCORE = 0.02;

/** One language of a text (English first): mixing the languages of a name would read German words as English ones. */
const textOf = (t: LocalizedText | null | undefined) => (t ? t.en ?? t.de ?? t.da ?? '' : '');

/** Matches call `id` against cluster `ref`: its members (organisations) and its pipeline projects the actor may read. */
export async function matchCall(ctx: Ctx, id: string, ref: string, k: number) {
  const cluster = await findCluster(ctx, ref);
  await requireClusterMember(ctx, cluster.id);
  const family = await clusterFamily(ctx.db, cluster.id);
  const call = await findCall(ctx.db, id);
  if (!call || (call.cluster_id !== null && !family.includes(call.cluster_id))) throw notFound('funding call', id);
  // The call's own words and its instrument's name; the instrument's description is generic and would drown them.
  const text = [call.title, call.description, textOf(call.instrument_name as LocalizedText | null)].filter(Boolean).join('\n').slice(0, MAX_MATCH_TEXT);

  // Organisations: the engine ranks within the family's members; only active memberships count as members here.
  const members = await activeMembers(ctx.db, family);
  const found = await findPartners(ctx, { text, k: MAX_MATCH_K, filters: { clusterIds: [family[0]!] } });
  const organizations = found.results.filter((r) => members.has(r.orgId)).slice(0, k);

  // Projects: tf-idf cosine of the call against each project's title and summary, idf over the call and the projects.
  const s = await standingOf(ctx);
  const { clusters } = await boardScope(ctx, cluster);
  const rows = (await findProjectsInClusters(ctx.db, clusters)).filter((r) => canReadProject(s, r));
  const docs = [text, ...rows.map((r) => `${r.title}\n${r.summary}`)];
  const vectors = tfidfVectors(await stemmedTerms(ctx.db, docs));
  const shown = rows
    .map((r, i) => {
      const { score, terms } = cosine(vectors[0]!, vectors[i + 1]!);
      return { row: r, score: Math.round(score * 1000) / 1000, terms };
    })
    .filter((m) => m.score >= MIN_PROJECT_SCORE)
    .sort((a, b) => b.score - a.score || a.row.title.localeCompare(b.row.title))
    .slice(0, k);
  // The shared words as the call and the project write them (a German or Danish text's as typed), the call's first.
  const texts = [text, ...shown.map(({ row }) => `${row.title}\n${row.summary}`)];
  const owns = await ownWordsOfStems(ctx.db, texts, texts.map(detectLanguage), { ownLanguage: true });
  const projects = shown.map(({ row, score, terms }, i) => ({
    id: row.id, title: row.title, stage: row.stage, trl: row.trl, score,
    leadOrganization: row.lead_organization_id !== null && viewerSees(s.viewer, row.lead_visibility, row.lead_organization_id) ? row.lead_name : null,
    terms: wordsForStems(terms.slice(0, 6), [owns[0]!, owns[i + 1]!]),
  }));
  return { callId: id, language: found.language, organizations, projects };
}
