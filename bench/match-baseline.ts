// The hybrid baseline of ../shared/bench/match/README.md, computed for any split that bench/match-split.ts makes, so
// that klynge's ratio to it can be measured on splits other than DEV (whose baselines the README gives). The README
// does not give its stopword list; with the English list below it gives DEV recall@20 0.1607 (README: 0.1612).
//
//   node bin/run-ts.js bench/match-baseline.ts SPLIT_DIR [PRIOR]
//
// SPLIT_DIR holds `registry/` (the registry's XML files), `queries.jsonl` and `truth.jsonl`; PRIOR is the popularity
// prior (the README's, chosen on DEV: 0.5).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCordisProject } from '#src/importers/cordis-parse.ts';
import { readJsonl, readTruth } from './match-score.ts';

const STOPWORDS = new Set(
  ('i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her hers herself it its itself they them ' +
    'their theirs themselves what which who whom this that these those am is are was were be been being have has had having do does did doing ' +
    'a an the and but if or because as until while of at by for with about against between into through during before after above below to ' +
    'from up down in out on off over under again further then once here there when where why how all any both each few more most other some ' +
    'such no nor not only own same so than too very s t can will just don should now').split(' '),
);
const K1 = 1.2;
const B = 0.75;
const tokens = (text: string) => (text.toLowerCase().match(/[a-z0-9]+/g) ?? []).filter((w) => w.length >= 2 && !STOPWORDS.has(w));

const [dir, priorArg] = process.argv.slice(2);
if (!dir) {
  console.error('usage: match-baseline.ts SPLIT_DIR [PRIOR]');
  process.exit(2);
}
const prior = Number(priorArg ?? 0.5);

// One document per organisation: the titles, objectives and keywords of all its registry projects.
const documents = new Map<string, Map<string, number>>();
const projects = new Map<string, number>();
const partners = new Map<string, Set<string>>();
for (const file of readdirSync(join(dir, 'registry'))) {
  const p = parseCordisProject(readFileSync(join(dir, 'registry', file), 'utf8'), file);
  const words = tokens(`${p.title ?? ''} ${p.objective ?? ''} ${p.keywords.join(' ')}`);
  const orgs = [...new Set(p.participants.filter((x) => x.role !== 'thirdParty').map((x) => x.cordisId))];
  for (const o of orgs) {
    if (!documents.has(o)) documents.set(o, new Map());
    const doc = documents.get(o)!;
    for (const w of words) doc.set(w, (doc.get(w) ?? 0) + 1);
    projects.set(o, (projects.get(o) ?? 0) + 1);
    if (!partners.has(o)) partners.set(o, new Set());
    for (const x of orgs) if (x !== o) partners.get(o)!.add(x);
  }
}
const orgs = [...documents.keys()];
const lengths = orgs.map((o) => [...documents.get(o)!.values()].reduce((a, b) => a + b, 0));
const meanLength = lengths.reduce((a, b) => a + b, 0) / orgs.length;
const postings = new Map<string, Array<[number, number]>>();
orgs.forEach((o, i) => {
  for (const [w, tf] of documents.get(o)!) {
    if (!postings.has(w)) postings.set(w, []);
    postings.get(w)!.push([i, tf]);
  }
});
const maxProjects = Math.max(...projects.values());

const truth = new Map(readTruth(join(dir, 'truth.jsonl')).map((t) => [t.id, new Set(t.truth)]));
const queries = readJsonl(join(dir, 'queries.jsonl')) as Array<{ id: unknown; text: string; requester: unknown }>;
let recall = 0;
for (const q of queries) {
  // BM25 over every query token (qtf), as the README's hybrid.
  const bm25 = new Float64Array(orgs.length);
  for (const w of tokens(q.text)) {
    const list = postings.get(w);
    if (!list) continue;
    const idf = Math.log(1 + (orgs.length - list.length + 0.5) / (list.length + 0.5));
    for (const [i, tf] of list) bm25[i]! += (idf * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * lengths[i]!) / meanLength));
  }
  const best = Math.max(...bm25);
  const requester = String(q.requester);
  const joint = partners.get(requester) ?? new Set<string>();
  const top = orgs
    .map((o, i) => ({ o, score: (best > 0 ? bm25[i]! / best : 0) + 0.5 * (joint.has(o) ? 1 : 0) + (prior * Math.log1p(projects.get(o)!)) / Math.log1p(maxProjects) }))
    .filter((x) => x.o !== requester)
    .sort((a, b) => b.score - a.score)
    .slice(0, 20);
  const answers = truth.get(String(q.id))!;
  recall += top.filter((x) => answers.has(x.o)).length / answers.size;
}
console.log(`${dir}: hybrid baseline (prior ${prior}) recall@20 ${(recall / queries.length).toFixed(4)} over ${queries.length} queries`);
