// A second partner-matching split made the way ../shared/bench/match/README.md makes DEV, one year earlier: the
// projects of a CORDIS export starting in FROM..TO-1 form the registry, the life-science projects starting in TO
// are the queries. With the 2021-2023 zip and TO = 2023 (2021-22 registry, 2023 queries: 3,374 projects, 526
// queries) it is the check decision 007 tunes against beside DEV; with the 2024 zip as queries and TO = 2024 it
// gives DEV exactly (536 queries: the same ids, texts, requesters and answers).
//
//   node bin/run-ts.js bench/match-split.ts XML_DIR FROM TO OUT_DIR [QUERY_XML_DIR]
//
// XML_DIR is a folder of the export's XML files (unzip it first); OUT_DIR receives `registry/` (links to the
// registry's files, for `klynge import cordis OUT_DIR/registry`), `queries.jsonl` and `truth.jsonl`.
import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseCordisProject, type CordisProject } from '#src/importers/cordis-parse.ts';

const [xmlDir, from, to, outDir, queryDir] = process.argv.slice(2);
if (!xmlDir || !from || !to || !outDir) {
  console.error('usage: match-split.ts XML_DIR FROM TO OUT_DIR [QUERY_XML_DIR]');
  process.exit(2);
}
const read = (dir: string) =>
  readdirSync(dir).filter((f) => f.endsWith('.xml')).map((f) => ({ file: resolve(dir, f), project: parseCordisProject(readFileSync(join(dir, f), 'utf8'), f) }));
const year = (p: CordisProject) => Number((p.startDate ?? '0').slice(0, 4));
const all = read(xmlDir);
const registry = all.filter(({ project }) => year(project) >= Number(from) && year(project) < Number(to));
const candidates = (queryDir ? read(queryDir) : all).filter(({ project }) => year(project) === Number(to));

// "In the registry": taking part there as coordinator, participant or associated partner (README: 18,370 for DEV).
const known = new Set(registry.flatMap(({ project }) => project.participants.filter((x) => x.role !== 'thirdParty').map((x) => x.cordisId)));
const LIFE_SCIENCE = ['medical and health sciences', '/biological sciences', 'medical engineering', 'biotechnology'];
const queries: string[] = [];
const truths: string[] = [];
for (const { project: p } of candidates) {
  if (!p.categories.some((c) => LIFE_SCIENCE.some((l) => c.displayPath.includes(l)))) continue;
  const coordinator = p.participants.find((x) => x.role === 'coordinator');
  if (!coordinator || !known.has(coordinator.cordisId)) continue;
  const partners = p.participants.filter((x) => x.role === 'participant' || x.role === 'associatedPartner');
  const truth = [...new Set(partners.filter((x) => known.has(x.cordisId) && x.cordisId !== coordinator.cordisId).map((x) => x.cordisId))];
  if (truth.length < 2) continue;
  const text = `${p.title ?? ''}\n\n${p.objective ?? ''}${p.keywords.length ? `\n\nKeywords: ${p.keywords.join(', ')}` : ''}`;
  queries.push(JSON.stringify({ id: p.cordisId, text, requester: coordinator.cordisId, exclude: [] }));
  const partnersTotal = new Set(partners.map((x) => x.cordisId)).size;
  truths.push(JSON.stringify({ id: p.cordisId, requester: coordinator.cordisId, truth, partners_total: partnersTotal, startDate: p.startDate }));
}
rmSync(join(outDir, 'registry'), { recursive: true, force: true });
mkdirSync(join(outDir, 'registry'), { recursive: true });
for (const { file } of registry) symlinkSync(file, join(outDir, 'registry', file.split('/').pop()!));
writeFileSync(join(outDir, 'queries.jsonl'), `${queries.join('\n')}\n`);
writeFileSync(join(outDir, 'truth.jsonl'), `${truths.join('\n')}\n`);
console.log(`registry: ${registry.length} projects (${known.size} organisations in a scored role); queries: ${queries.length}`);
