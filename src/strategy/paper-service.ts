// Strategy papers: a cluster's managers generate a draft from a closed round, edit it and mark it final; members read
// the final ones; both export them as Markdown or PDF.
import { requireClusterMember } from '#src/auth/cluster-access.ts';
import { requireClusterManager } from '#src/auth/policy.ts';
import type { Ctx } from '#src/context.ts';
import type { Db } from '#src/db/connect.ts';
import { forbidden, notFound } from '#src/errors.ts';
import { findComments, findIdeas } from '#src/strategy/idea-repo.ts';
import { paperMarkdown, pick, type PaperFacts, type PaperLanguage } from '#src/strategy/paper-markdown.ts';
import { paperPdf } from '#src/strategy/paper-pdf.ts';
import { deletePaperRow, findPaper, findPapers, insertPaper, updatePaperRow } from '#src/strategy/paper-repo.ts';
import { presentPaper, type PaperRow, type RoundRow } from '#src/strategy/round-schema.ts';
import { memberRound } from '#src/strategy/round-service.ts';
import { actingUserId, memberCluster } from '#src/strategy/strategy-access.ts';
import { findGoals, findThemes } from '#src/strategy/strategy-repo.ts';
import { resultsOf } from '#src/strategy/vote-service.ts';

const DEFAULT_TITLE = { en: 'Strategy paper: {round}', de: 'Strategiepapier: {round}', da: 'Strategipapir: {round}' } as const;

/** The facts of a closed round that its paper cites (409 while the round is open at `now`). */
export async function paperFacts(db: Db, round: RoundRow, language: PaperLanguage, title: string | undefined, now: Date): Promise<PaperFacts> {
  const results = await resultsOf(db, round, now);
  const cluster = await db.selectFrom('clusters').select('name').where('id', '=', round.cluster_id).executeTakeFirstOrThrow();
  const themes = (await findThemes(db, round.cluster_id)).filter((t) => round.theme_id === null || t.id === round.theme_id);
  const goals = await findGoals(db, themes.map((t) => t.id));
  const ideas = new Map((await findIdeas(db, { clusterId: round.cluster_id, hiddenFor: 'all' })).map((i) => [i.id, i]));
  const comments = await findComments(db, results.items.map((r) => r.ideaId));
  return {
    language,
    title: title ?? DEFAULT_TITLE[language].replace('{round}', pick(round.title, language)),
    clusterName: cluster.name,
    round: { title: round.title, budget: round.vote_budget, closedOn: results.closedAt.slice(0, 10), voters: results.voters, votesCast: results.votesCast },
    themes: themes.map((t) => ({ id: t.id, kind: t.kind, title: t.title, description: t.description, goals: goals.filter((g) => g.theme_id === t.id).map((g) => g.title) })),
    ideas: results.items.map((r) => ({
      id: r.ideaId, themeId: r.themeId, title: r.title, body: ideas.get(r.ideaId)?.body ?? '', organizationName: r.organizationName, status: r.status,
      votes: r.votes, voters: r.voters, rank: r.rank,
      comments: comments.filter((c) => c.idea_id === r.ideaId).map((c) => ({ body: c.body, authorName: c.author_name ?? '', organizationName: c.organization_name })),
    })),
  };
}

/** Generates a draft paper from a closed round (the cluster's managers). */
export async function generatePaper(ctx: Ctx, roundId: string, input: { language: PaperLanguage; title?: string | undefined }) {
  const userId = actingUserId(ctx);
  const { round } = await memberRound(ctx, roundId);
  await requireClusterManager(ctx, round.cluster_id);
  const facts = await paperFacts(ctx.db, round, input.language, input.title, ctx.clock());
  const id = await ctx.db.transaction().execute((trx) =>
    insertPaper(trx, { cluster_id: round.cluster_id, round_id: round.id, title: facts.title, body: paperMarkdown(facts), created_by: userId }));
  return presentPaper((await findPaper(ctx.db, id))!);
}

/** A paper for the members of its cluster: drafts only for its managers. */
async function readablePaper(ctx: Ctx, id: string): Promise<{ paper: PaperRow; access: 'manager' | 'member' }> {
  actingUserId(ctx);
  const paper = await findPaper(ctx.db, id);
  if (!paper) throw notFound('paper', id);
  const access = await requireClusterMember(ctx, paper.cluster_id);
  if (paper.status === 'draft' && access !== 'manager') throw forbidden('drafts are seen by the cluster’s managers only');
  return { paper, access };
}

async function managedPaper(ctx: Ctx, id: string): Promise<PaperRow> {
  const { paper, access } = await readablePaper(ctx, id);
  if (access !== 'manager') throw forbidden('only the cluster’s managers may change a paper');
  return paper;
}

/** The papers of a cluster: all for its managers, the final ones for its members. */
export async function listPapers(ctx: Ctx, ref: string) {
  const { cluster, access } = await memberCluster(ctx, ref);
  return { items: (await findPapers(ctx.db, cluster.id, access !== 'manager')).map(presentPaper) };
}

export async function getPaper(ctx: Ctx, id: string) {
  return presentPaper((await readablePaper(ctx, id)).paper);
}

/** Changes a paper's title, body or status (the cluster's managers). */
export async function updatePaper(ctx: Ctx, id: string, input: { title?: string | undefined; body?: string | undefined; status?: 'draft' | 'final' | undefined }) {
  await managedPaper(ctx, id);
  await ctx.db.transaction().execute((trx) =>
    updatePaperRow(trx, id, {
      ...(input.title === undefined ? {} : { title: input.title }),
      ...(input.body === undefined ? {} : { body: input.body }),
      ...(input.status === undefined ? {} : { status: input.status }),
    }, ctx.clock()));
  return getPaper(ctx, id);
}

export async function deletePaper(ctx: Ctx, id: string): Promise<void> {
  await managedPaper(ctx, id);
  await ctx.db.transaction().execute((trx) => deletePaperRow(trx, id));
}

/** A paper as a file: its Markdown as written, or that Markdown laid out as PDF. */
export async function exportPaper(ctx: Ctx, id: string, format: 'md' | 'pdf'): Promise<{ filename: string; body: string | Buffer }> {
  const { paper } = await readablePaper(ctx, id);
  const base = paper.title.normalize('NFKD').replace(/[^\w\s-]/g, '').trim().replace(/\s+/g, '-').toLowerCase().slice(0, 80) || 'strategy-paper';
  const markdown = paper.body.trimStart().startsWith('# ') ? paper.body : `# ${paper.title}\n\n${paper.body}`;
  if (format === 'md') return { filename: `${base}.md`, body: markdown };
  return { filename: `${base}.pdf`, body: await paperPdf(paper.title, markdown) };
}
