// Every English text the regulatory engine can produce: profiles varied over every field value, every class, plan option.
import { readdirSync, readFileSync } from 'node:fs';
import type { DeviceClass } from '#src/regulatory/classify.ts';
import { classifyDevice } from '#src/regulatory/classify.ts';
import { conformityRoute } from '#src/regulatory/conformity-route.ts';
import { ivdrProfileSchema, mdrProfileSchema, parseDeviceProfile, type DeviceProfile } from '#src/regulatory/device-profile.ts';
import { documentationPlan } from '#src/regulatory/documentation-plan.ts';
import type { PlanOptions } from '#src/regulatory/plan-types.ts';
import type { Subclass } from '#src/regulatory/route-types.ts';

type Input = Record<string, unknown>;
type Shape = Record<string, { def?: unknown; _zod: { def: { type: string; innerType?: unknown; entries?: Record<string, string>; shape?: Shape } } }>;

/** The values a schema field may take: every enumeration value, both booleans, or (for a nested object) each of its fields' values. */
function fieldValues(field: Shape[string]): unknown[] {
  let def = field._zod.def as { type: string; innerType?: Shape[string]; entries?: Record<string, string>; shape?: Shape };
  while (def.innerType !== undefined) def = def.innerType._zod.def as typeof def;
  if (def.type === 'enum') return Object.values(def.entries ?? {});
  if (def.type === 'boolean') return [false, true];
  if (def.type === 'object') return Object.entries(def.shape ?? {}).flatMap(([k, f]) => fieldValues(f).map((v) => ({ [k]: v })));
  return [];
}

/** Each field name with its possible values, for one regulation's schema (informative strings left out). */
function variations(shape: Shape): Array<[string, unknown[]]> {
  return Object.entries(shape).filter(([k]) => k !== 'regulation').map(([k, f]) => [k, fieldValues(f)] as [string, unknown[]]).filter(([, v]) => v.length > 0);
}

const MDR_BASES: Input[] = [
  {},
  ...['transient', 'short-term', 'long-term'].flatMap((duration) => [
    { invasive: 'body-orifice', duration }, { invasive: 'surgical', duration }, { invasive: 'surgical', duration, reusableSurgicalInstrument: true },
  ]),
  { invasive: 'implantable' },
  { invasive: 'implantable', implantType: 'joint-replacement' },
  { active: true },
  { active: true, therapeuticEnergy: 'yes' },
  { active: true, diagnosisOrMonitoring: {} },
  { software: {} },
  { software: { decisionImpact: 'other' } },
  { activeImplantable: 'device' },
  { sterile: true, measuringFunction: true },
];
const IVDR_BASES: Input[] = [
  {}, { productType: 'instrument' }, { productType: 'software' }, { selfTesting: 'yes' }, { nearPatient: true },
  { companionDiagnostic: true }, { bloodGrouping: 'abo-rh-kell-kidd-duffy' }, { sterile: true, productType: 'specimen-receptacle' },
];

function merge(base: Input, key: string, value: unknown): Input {
  const inner = base[key];
  const merged = typeof value === 'object' && typeof inner === 'object' ? { ...inner, ...value } : value;
  return { ...base, [key]: merged };
}

function tryParse(input: Input): DeviceProfile | undefined {
  try {
    return parseDeviceProfile(input);
  } catch {
    return undefined;
  }
}

/** Valid profiles: each base with every single field value, and every pair of field values on the empty base. */
export function variedProfiles(): DeviceProfile[] {
  const out: DeviceProfile[] = [];
  for (const [regulation, shape, bases] of [['MDR', mdrProfileSchema.shape, MDR_BASES], ['IVDR', ivdrProfileSchema.shape, IVDR_BASES]] as const) {
    const fields = variations(shape as unknown as Shape);
    const singles = fields.flatMap(([k, values]) => values.map((v) => [k, v] as const));
    for (const base of bases) {
      for (const [k, v] of singles) {
        const p = tryParse({ regulation, ...merge(base, k, v) });
        if (p) out.push(p);
      }
    }
    for (let i = 0; i < singles.length; i++) {
      for (let j = i + 1; j < singles.length; j++) {
        const [k1, v1] = singles[i]!;
        const [k2, v2] = singles[j]!;
        const p = tryParse({ regulation, ...merge(merge({}, k1, v1), k2, v2) });
        if (p) out.push(p);
      }
    }
  }
  return out;
}

const CLASSES: Record<'MDR' | 'IVDR', DeviceClass[]> = { MDR: ['I', 'IIa', 'IIb', 'III'], IVDR: ['A', 'B', 'C', 'D'] };
const SUBCLASS_SETS: Subclass[][] = [[], ['s'], ['m'], ['r'], ['s', 'm'], ['s', 'r'], ['m', 'r'], ['s', 'm', 'r']];
const PLAN_OPTIONS: PlanOptions[] = [false, true, undefined].flatMap((layUse) =>
  [false, true, undefined].map((incorporatesSoftware) => ({ layUse, incorporatesSoftware })));

/**
 * The engine's texts: rule reasons (`because`), everything else (route, consultations, obligations, plan titles and
 * `why`), and the references (rule and route citations, plan items).
 */
export function engineTexts(): { reasons: Set<string>; texts: Set<string>; refs: Set<string>; profiles: number } {
  const reasons = new Set<string>();
  const texts = new Set<string>();
  const refs = new Set<string>();
  const profiles = variedProfiles();
  for (const profile of profiles) {
    const c = classifyDevice(profile);
    for (const r of c.rules) {
      reasons.add(r.because);
      refs.add(r.citation.ref);
    }
    // Every class, with and without class I qualifiers, whatever the profile's own class is.
    for (const cls of CLASSES[profile.regulation]) {
      for (const subclasses of cls === 'I' || cls === 'A' ? SUBCLASS_SETS : [[]]) {
        const route = conformityRoute(profile, { ...c, class: cls, subclasses });
        for (const o of route.options) for (const t of [o.title, o.procedure, ...o.tasks.map((task) => task.text)]) texts.add(t);
        for (const o of [...route.consultations, ...route.obligations]) for (const t of [o.title, o.text]) texts.add(t);
        for (const o of [...route.options, ...route.consultations, ...route.obligations]) refs.add(o.citation.ref);
      }
      for (const options of PLAN_OPTIONS) {
        for (const s of documentationPlan(profile, { class: cls }, options).sections) {
          texts.add(s.title);
          refs.add(s.ref);
          for (const item of s.items) {
            refs.add(item.ref);
            for (const t of [item.title, item.why]) if (t !== '') texts.add(t);
          }
        }
      }
    }
  }
  return { reasons, texts, refs, profiles: profiles.length };
}

// Engine files whose object literals carry the texts shown to users (not the persistence, web or text catalogues).
const ENGINE_FILE = /^(mdr-rules-|ivdr-rules|conformity-|consultations|obligations|documentation-plan|plan-facts-|gspr-catalogue-|technical-documentation-outline)/;

/** Every fixed English sentence written as `yes`, `no`, `because`, `title` or `procedure` in the engine's source files. */
export function engineLiterals(): string[] {
  const out: string[] = [];
  for (const f of readdirSync('src/regulatory').filter((name) => ENGINE_FILE.test(name) && !name.endsWith('.test.ts'))) {
    const source = readFileSync(`src/regulatory/${f}`, 'utf8');
    for (const m of source.matchAll(/\b(?:yes|no|because|title|procedure):\s*'((?:[^'\\]|\\.)+)'/g)) out.push(m[1]!.replace(/\\'/g, '\''));
  }
  return out;
}
