// `npm run bench classify`: MDR/IVDR classification throughput. Bar (issue 5): ≥ 10,000 profiles/s in batch.
// In process (parse + classify, and classify alone) on generated profiles, then end to end through
// `klynge classify --batch` on a 100,000-line file in /tmp. Figures only: the bench never fails the build.
import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load, repoRoot } from './bench-registry.ts';
import { classifyDevice } from '#src/regulatory/classify.ts';
import { parseDeviceProfile } from '#src/regulatory/device-profile.ts';

const PROFILES = 100_000;
const BAR = 10_000;

// A small seeded generator (mulberry32): the same profiles on every run.
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const next = random(2017_745);
const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)]!;
const sometimes = (p = 0.15) => next() < p;

/** A valid MDR profile with a random mix of facts (consistent with the contract's rules). */
function mdrProfile(id: string): Record<string, unknown> {
  const invasive = pick(['none', 'none', 'body-orifice', 'surgical', 'implantable']);
  const active = sometimes(0.4);
  const p: Record<string, unknown> = { regulation: 'MDR', id, name: `device ${id}`, invasive, active };
  if (invasive !== 'none') p.duration = pick(['transient', 'short-term', 'long-term']);
  if (invasive === 'none') p.channelsOrStores = pick(['none', 'none', 'liquids-or-gases', 'blood-or-body-liquids', 'blood-bag']);
  if (invasive === 'body-orifice') p.orificeSite = pick(['other', 'oral-cavity-to-pharynx', 'nasal-cavity']);
  if (sometimes()) p.injuredSkinOrMucosa = pick(['barrier-compression-absorption', 'breached-dermis-secondary-intent', 'other']);
  if (sometimes()) p.modifiesComposition = pick(['filtration', 'other']);
  if (invasive === 'surgical' || invasive === 'implantable') {
    p.directContactHeartCirculationOrCNS = sometimes(0.1);
    p.biologicalEffect = sometimes(0.1);
    p.reusableSurgicalInstrument = sometimes(0.2);
    p.implantType = pick(['none', 'none', 'none', 'joint-replacement', 'spinal-ancillary']);
  }
  if (sometimes()) p.administersMedicinalProducts = pick(['yes', 'potentially-hazardous']);
  if (active) {
    if (sometimes(0.3)) p.therapeuticEnergy = pick(['yes', 'potentially-hazardous']);
    if (sometimes(0.3)) p.diagnosisOrMonitoring = { directDiagnosisOrVitalProcesses: true, vitalParametersImmediateDanger: sometimes(0.3) };
    if (sometimes()) p.controlsOrMonitors = pick(['class-IIb-active-therapeutic', 'active-implantable']);
    if (sometimes(0.1)) p.integratedDiagnosticFunction = true;
  }
  if (sometimes(0.2)) p.software = { decisionImpact: pick(['none', 'other', 'death-or-irreversible']), drivesOrInfluencesDeviceClass: pick(['none', 'IIa']) };
  if (sometimes(0.05)) p.ancillaryMedicinalSubstance = true;
  if (sometimes(0.05)) p.tissuesOrCells = pick(['human', 'animal']);
  if (sometimes(0.05)) p.nanomaterialExposure = pick(['negligible', 'low', 'high']);
  if (sometimes(0.1)) p.substanceBased = pick(['skin', 'stomach-or-lower-gi', 'other']);
  p.sterile = sometimes(0.3);
  p.measuringFunction = sometimes(0.1);
  return p;
}

/** A valid IVDR profile: a random product type, with purpose facts only where the contract allows them. */
function ivdrProfile(id: string): Record<string, unknown> {
  const productType = pick(['assay', 'assay', 'assay', 'measuring-instrument', 'instrument', 'specimen-receptacle', 'calibrator', 'control-without-assigned-value']);
  const p: Record<string, unknown> = { regulation: 'IVDR', id, productType, sterile: sometimes(0.2), nearPatient: sometimes(0.1) };
  if (productType === 'calibrator' && sometimes(0.5)) p.usedWithDeviceClass = pick(['B', 'C', 'D']);
  if (['assay', 'measuring-instrument', 'calibrator'].includes(productType)) {
    if (sometimes(0.1)) p.lifeThreateningHighPropagation = true;
    if (sometimes(0.1)) p.bloodGrouping = pick(['other-markers', 'abo-rh-kell-kidd-duffy']);
    if (sometimes(0.2)) p.cancer = true;
    if (sometimes(0.1)) p.companionDiagnostic = true;
    if (sometimes(0.1)) p.selfTesting = pick(['yes', 'pregnancy']);
  }
  return p;
}

const profiles = Array.from({ length: PROFILES }, (_, i) => (i % 3 === 2 ? ivdrProfile(`p${i}`) : mdrProfile(`p${i}`)));

/** Profiles per second of `body` over every profile, best of three rounds (the first warms the JIT up). */
function rate(body: (i: number) => unknown): number {
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    const started = performance.now();
    for (let i = 0; i < PROFILES; i++) body(i);
    best = Math.min(best, performance.now() - started);
  }
  return PROFILES / (best / 1000);
}

const parsed = profiles.map((p) => parseDeviceProfile(p));
const classes = new Map<string, number>();
for (const p of parsed) {
  const c = classifyDevice(p).class;
  classes.set(c, (classes.get(c) ?? 0) + 1);
}
console.log(`generated ${PROFILES} profiles; classes: ${[...classes].sort().map(([c, n]) => `${c} ${n}`).join(', ')}`);
const fmt = (n: number) => Math.round(n).toLocaleString('en');
console.log(`in process, parse + classify: ${fmt(rate((i) => classifyDevice(parseDeviceProfile(profiles[i]))))} profiles/s (${load()})`);
console.log(`in process, classify alone:   ${fmt(rate((i) => classifyDevice(parsed[i]!)))} profiles/s`);

// End to end: `klynge classify --batch` as a user runs it, stdout to a file.
const work = mkdtempSync(join(tmpdir(), 'klynge-bench-classify-'));
try {
  const input = join(work, 'profiles.jsonl');
  const output = join(work, 'answers.jsonl');
  writeFileSync(input, `${profiles.map((p) => JSON.stringify(p)).join('\n')}\n`);
  const fd = openSync(output, 'w');
  const env = { ...process.env };
  delete env.DATABASE_URL;
  const started = performance.now();
  const child = spawn(process.execPath, ['bin/klynge.js', 'classify', '--batch', input], { cwd: repoRoot, env, stdio: ['ignore', fd, 'inherit'] });
  closeSync(fd);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const seconds = (performance.now() - started) / 1000;
  const answers = readFileSync(output, 'utf8').trimEnd().split('\n');
  const errors = answers.filter((l) => l.includes('"error":')).length;
  const perSecond = PROFILES / seconds;
  const complete = code === 0 && answers.length === PROFILES && errors === 0;
  const verdict = !complete ? 'FAILED RUN' : perSecond >= BAR ? 'met' : 'MISSED';
  console.log(`klynge classify --batch: ${PROFILES} lines in ${seconds.toFixed(2)} s, start-up included = ${fmt(perSecond)} profiles/s `
    + `(exit ${code}, ${answers.length} answers, ${errors} errors; bar ${fmt(BAR)}/s: ${verdict}) (${load()})`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
