// classifyDevice as a whole: the 40 public examples, the highest class winning, output order, qualifiers, citations.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { classifyDevice, contractOutput, type AppliedRule } from '#src/regulatory/classify.ts';
import { classify, rulesOf } from '#src/regulatory/classify-test-profiles.ts';
import { parseDeviceProfile } from '#src/regulatory/device-profile.ts';
import { IVDR } from '#src/regulatory/rule-citations-ivdr.ts';
import { MDR } from '#src/regulatory/rule-citations-mdr.ts';

const shared = (path: string) => readFileSync(fileURLToPath(new URL(`../../../shared/${path}`, import.meta.url)), 'utf8');

type Example = { id: string; profile: unknown; expect: { class: string; rule: string; subclasses: string[] } };
const examples = shared('contracts/device-profile-examples.jsonl').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Example);

describe('the public examples (device-profile-examples.jsonl)', () => {
  it('holds 40 examples', () => expect(examples).toHaveLength(40));

  it.each(examples.map((e) => [e.id, e] as const))('%s: class, deciding rule with that class, subclasses', (_id, e) => {
    const c = classifyDevice(parseDeviceProfile(e.profile));
    expect(c.class).toBe(e.expect.class);
    expect(c.rules).toContainEqual(expect.objectContaining({ rule: e.expect.rule, class: e.expect.class }));
    expect(c.subclasses).toEqual(e.expect.subclasses);
    expect(c.id).toBe(e.id);
  });
});

describe('classifyDevice', () => {
  it('evaluates every rule and takes the highest class, listing each applying rule once, by rule number', () => {
    const c = classify({
      regulation: 'MDR', invasive: 'surgical', duration: 'long-term', active: true, administersMedicinalProducts: 'potentially-hazardous',
      ancillaryMedicinalSubstance: true, nanomaterialExposure: 'low', software: { drivesOrInfluencesDeviceClass: 'IIa' },
    });
    expect(rulesOf(c)).toEqual(['8:III', '11:I', '12:IIb', '14:III', '19:IIb', '3.3:IIa']);
    expect(c.class).toBe('III');
  });

  it('gives the class I qualifiers only in class I, in the order s, m, r', () => {
    const facts = { regulation: 'MDR', invasive: 'surgical', duration: 'transient', reusableSurgicalInstrument: true, measuringFunction: true, sterile: true };
    expect(classify(facts).subclasses).toEqual(['s', 'm', 'r']);
    expect(classify({ ...facts, biologicalEffect: true }).subclasses).toEqual([]);
    expect(classify({ regulation: 'MDR', sterile: true, channelsOrStores: 'blood-or-body-liquids' }).subclasses).toEqual([]);
  });

  it('fills the route from the conformity route: no notified body for plain class I or non-sterile class A only', () => {
    expect(classify({ regulation: 'MDR' }).route.notifiedBody).toBe(false);
    expect(classify({ regulation: 'MDR', sterile: true }).route.notifiedBody).toBe(true);
    expect(classify({ regulation: 'IVDR', productType: 'instrument' }).route.notifiedBody).toBe(false);
    expect(classify({ regulation: 'IVDR', productType: 'specimen-receptacle', sterile: true }).route.notifiedBody).toBe(true);
    expect(classify({ regulation: 'IVDR' }).route.annexes.length).toBeGreaterThan(0);
  });

  it('leaves out id when the profile has none', () => {
    expect('id' in classify({ regulation: 'IVDR' })).toBe(false);
  });
});

describe('contractOutput', () => {
  it('is exactly the cli.md object: id first, rules without citations', () => {
    const c = classify({ regulation: 'MDR', id: 'd1', invasive: 'body-orifice', duration: 'short-term', substanceBased: 'other' });
    const out = contractOutput(c);
    expect(Object.keys(out)).toEqual(['id', 'regulation', 'class', 'subclasses', 'rules', 'route']);
    expect(out.rules).toEqual([
      { rule: '5', class: 'IIa', because: 'short-term body-orifice invasive device' },
      { rule: '21', class: 'IIb', because: expect.stringContaining('substance-based device acting') },
    ]);
    expect(Object.keys(out.route)).toEqual(['notifiedBody', 'annexes', 'notes']);
  });
});

describe('citations', () => {
  // The shared texts carry markdown emphasis (*in vitro*) and line layout; the quotations are plain.
  const plain = (text: string) => text.replace(/\*/g, '').replace(/\s+/g, ' ');
  const mdrText = plain(shared('data/regulatory/mdr-annex-VIII.md'));
  const ivdrText = plain(shared('data/regulatory/ivdr-annex-VIII.md'));

  it.each([
    ...Object.entries(MDR).map(([key, c]) => [key, c, mdrText] as const),
    ...Object.entries(IVDR).map(([key, c]) => [key, c, ivdrText] as const),
  ])('%s quotes the Regulation verbatim', (_key, citation, text) => {
    for (const part of citation.text.split(' … ')) expect(text).toContain(part);
  });

  it('every applying rule carries the sentence of its strictest sub-rule', () => {
    const rules: AppliedRule[] = classify({ regulation: 'MDR', invasive: 'implantable', implantType: 'breast-implant' }).rules;
    expect(rules[0]!.citation).toEqual(MDR.rule8BreastMesh);
  });
});

describe('purity of the engine files', () => {
  const folder = fileURLToPath(new URL('.', import.meta.url));
  const engine = readdirSync(folder).filter((f) =>
    /^(device-profile|device-profile-checks|classify|mdr-rules-[a-z-]+|ivdr-rules|rule-citations-[a-z]+|rule-outcome)\.ts$/.test(f));

  it('covers the engine files', () => expect(engine).toHaveLength(11));

  it.each(engine)('%s imports nothing from node: or the DB and uses relative imports only', (file) => {
    const imports = [...readFileSync(`${folder}/${file}`, 'utf8').matchAll(/\bfrom '([^']+)';$/gm)].map((m) => m[1]!);
    expect(imports.length).toBeGreaterThan(0);
    for (const source of imports) expect(source === 'zod' || source.startsWith('./') || source.startsWith('../')).toBe(true);
    expect(imports.some((s) => s.startsWith('node:') || s.includes('/db/'))).toBe(false);
  });
});
