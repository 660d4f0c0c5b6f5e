// The questionnaire asks only what matters given the answers so far, and pruning always leaves a consistent profile.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '#src/atlas/network-random.ts';
import { AppError } from '#src/errors.ts';
import { classifyDevice } from '#src/regulatory/classify.ts';
import { parseDeviceProfile } from '#src/regulatory/device-profile.ts';
import {
  QUESTIONS, answerOf, pruneProfile, question, questionsFor, withAnswer, type ProfileDraft, type Question, type QuestionId,
} from '#src/regulatory/questionnaire.ts';

const asked = (p: ProfileDraft) => questionsFor(p).map((q) => q.id);
const mdr = (more: ProfileDraft = {}): ProfileDraft => ({ regulation: 'MDR', ...more });

describe('questionsFor', () => {
  it('asks for the regulation first, and only for it until it is answered', () => {
    expect(asked({})).toEqual(['regulation']);
    expect(asked(mdr())[0]).toBe('regulation');
    expect(asked({ regulation: 'IVDR' }).slice(0, 2)).toEqual(['regulation', 'productType']);
  });

  it('never asks an implant about illumination or radiopharmaceutical imaging', () => {
    const implant = mdr({ invasive: 'implantable', active: true, diagnosisOrMonitoring: {} });
    expect(asked(implant)).toContain('diagnosisOrMonitoring.vitalParametersImmediateDanger');
    expect(asked(implant)).not.toContain('diagnosisOrMonitoring.suppliesEnergy');
    expect(asked(implant)).not.toContain('diagnosisOrMonitoring.imagesRadiopharmaceuticals');
    expect(asked({ ...implant, invasive: 'none' })).toContain('diagnosisOrMonitoring.suppliesEnergy');
  });

  it('asks the duration only of body-orifice and surgically invasive devices', () => {
    expect(asked(mdr({ invasive: 'body-orifice' }))).toContain('duration');
    expect(asked(mdr({ invasive: 'surgical' }))).toContain('duration');
    for (const invasive of ['none', 'implantable'] as const) expect(asked(mdr({ invasive }))).not.toContain('duration');
    expect(question('duration').required).toBe(true);
  });

  it('asks Rule 5 sites only for short- and long-term body-orifice devices', () => {
    expect(asked(mdr({ invasive: 'body-orifice', duration: 'transient' }))).not.toContain('orificeSite');
    expect(asked(mdr({ invasive: 'body-orifice', duration: 'short-term' }))).toContain('orificeSite');
    expect(asked(mdr({ invasive: 'body-orifice', duration: 'long-term', orificeSite: 'nasal-cavity' }))).toContain('absorbedByMucousMembrane');
    expect(asked(mdr({ invasive: 'body-orifice', duration: 'short-term', orificeSite: 'nasal-cavity' }))).not.toContain('absorbedByMucousMembrane');
  });

  it('asks implant questions only of implantable or long-term surgically invasive devices', () => {
    expect(asked(mdr({ invasive: 'implantable' }))).toContain('implantType');
    expect(asked(mdr({ invasive: 'surgical', duration: 'long-term' }))).toContain('implantType');
    expect(asked(mdr({ invasive: 'surgical', duration: 'short-term' }))).not.toContain('implantType');
    expect(asked(mdr({ invasive: 'surgical' }))).not.toContain('biologicalEffect');
    expect(asked(mdr({ invasive: 'surgical', duration: 'transient' }))).toContain('reusableSurgicalInstrument');
    expect(asked(mdr({ invasive: 'surgical', duration: 'transient', active: true }))).not.toContain('reusableSurgicalInstrument');
  });

  it('asks active-device questions only of active devices, and software questions only of software', () => {
    const passive = asked(mdr());
    for (const id of ['therapeuticEnergy', 'controlsOrMonitors', 'diagnosisOrMonitoring', 'administersOrRemovesSubstances', 'software.decisionImpact'] as const) {
      expect(passive).not.toContain(id);
    }
    const active = asked(mdr({ active: true }));
    expect(active).toEqual(expect.arrayContaining(['therapeuticEnergy', 'controlsOrMonitors', 'diagnosisOrMonitoring', 'administersOrRemovesSubstances']));
    expect(active).not.toContain('diagnosisOrMonitoring.directDiagnosisOrVitalProcesses');
    expect(asked(mdr({ active: true, therapeuticEnergy: 'yes' }))).toContain('integratedDiagnosticFunction');
    const software = asked(mdr({ software: {} }));
    expect(software).toEqual(expect.arrayContaining(['software.decisionImpact', 'software.monitoring', 'software.drivesOrInfluencesDeviceClass', 'controlsOrMonitors']));
    for (const id of ['active', 'invasive', 'sterile', 'therapeuticEnergy', 'diagnosisOrMonitoring'] as const) expect(software).not.toContain(id);
  });

  it('asks the IVDR purpose questions except of products classified by what they are', () => {
    expect(asked({ regulation: 'IVDR' })).toEqual(expect.arrayContaining(['cancer', 'selfTesting', 'nearPatient']));
    for (const productType of ['general-laboratory', 'instrument', 'specimen-receptacle', 'control-without-assigned-value'] as const) {
      expect(asked({ regulation: 'IVDR', productType })).toEqual(['regulation', 'productType', 'sterile']);
    }
    expect(asked({ regulation: 'IVDR', productType: 'calibrator' })).toContain('usedWithDeviceClass');
    expect(asked({ regulation: 'IVDR', selfTesting: 'yes' })).not.toContain('nearPatient');
    expect(asked({ regulation: 'IVDR' })).not.toContain('invasive');
  });

  it('has one question per field and member of both regulations, with the contract’s values, default first', () => {
    expect(QUESTIONS).toHaveLength(69);
    expect(question('invasive')).toMatchObject({ kind: 'choice', options: ['none', 'body-orifice', 'surgical', 'implantable'] });
    expect(question('software')).toMatchObject({ kind: 'group', options: [] });
    expect(question('diagnosisOrMonitoring.imagesRadiopharmaceuticals')).toMatchObject({ kind: 'boolean' });
    expect(question('productType').options[0]).toBe('assay');
  });
});

describe('pruneProfile and withAnswer', () => {
  it('switching from implantable to non-invasive drops every implant answer', () => {
    let p = mdr({ invasive: 'implantable', implantType: 'breast-implant', biologicalEffect: true, directContactHeartCirculationOrCNS: true });
    p = withAnswer(p, 'invasive', 'none');
    expect(p).toEqual({ regulation: 'MDR', invasive: 'none' });
  });

  it('keeps the informative fields, drops unknown keys and answers of the other regulation', () => {
    const p = pruneProfile({ regulation: 'IVDR', id: 'x', name: 'Kit', cancer: true, invasive: 'surgical', colour: 'red' } as ProfileDraft);
    expect(p).toEqual({ regulation: 'IVDR', id: 'x', name: 'Kit', cancer: true });
  });

  it('answers a group with true/false and its members inside the group object', () => {
    let p = withAnswer(mdr(), 'software', true);
    p = withAnswer(p, 'software.decisionImpact', 'other');
    expect(p).toEqual({ regulation: 'MDR', software: { decisionImpact: 'other' } });
    expect([answerOf(p, 'software'), answerOf(p, 'software.decisionImpact'), answerOf(p, 'software.monitoring')]).toEqual([true, 'other', undefined]);
    expect(withAnswer(p, 'software', false)).toEqual({ regulation: 'MDR' });
    expect(withAnswer(p, 'software.decisionImpact', undefined)).toEqual({ regulation: 'MDR', software: {} });
  });

  it('keeps the class of every public guidance example (the questionnaire can state each of them)', () => {
    const examples = readFileSync(new URL('../../../shared/contracts/device-profile-examples.jsonl', import.meta.url), 'utf8')
      .trim().split('\n').map((line) => JSON.parse(line) as { id: string; profile: ProfileDraft; expect: { class: string } });
    const changed = examples.filter((ex) => classifyDevice(parseDeviceProfile(pruneProfile(ex.profile))).class !== ex.expect.class);
    expect(changed.map((ex) => ex.id)).toEqual([]);
  });

  it('leaves, after any sequence of answers, only answers to questions still asked, consistent with the contract', () => {
    const rand = seededRandom(20261122);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)] as T;
    const answer = (q: Question): unknown => (q.kind === 'choice' ? pick(q.options) : rand() < 0.5);
    const problems: string[] = [];
    for (let run = 0; run < 300; run += 1) {
      let p: ProfileDraft = { regulation: pick(['MDR', 'IVDR'] as const) };
      for (let step = 0; step < 30; step += 1) {
        const q = pick(questionsFor(p));
        p = withAnswer(p, q.id, answer(q));
        const stale = QUESTIONS.filter((x) => answerOf(p, x.id) !== undefined && !x.askWhen(p)).map((x) => x.id);
        if (stale.length > 0) problems.push(`run ${run} step ${step}: ${stale.join(', ')} stated but not asked`);
        if (JSON.stringify(pruneProfile(p)) !== JSON.stringify(p)) problems.push(`run ${run} step ${step}: pruning is not idempotent`);
        problems.push(...contractProblems(p).filter((f) => f !== '$.duration').map((f) => `run ${run} step ${step}: ${f}`));
      }
      p = answerEverything(p, answer);
      problems.push(...contractProblems(p).map((f) => `run ${run} completed: ${f}`));
    }
    expect(problems).toEqual([]);
  });
});

/** The JSON paths the contract's parser objects to (none when the profile is consistent). */
function contractProblems(p: ProfileDraft): string[] {
  if (p.regulation === undefined) return [];
  try {
    classifyDevice(parseDeviceProfile(p));
    return [];
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    return (e.details as Array<{ field: string }>).map((d) => d.field);
  }
}

/** Answers every question that is asked and still open, once each, until none is left. */
function answerEverything(start: ProfileDraft, answer: (q: Question) => unknown): ProfileDraft {
  let p = start;
  const done = new Set<QuestionId>();
  for (;;) {
    const open = questionsFor(p).find((q) => !done.has(q.id) && answerOf(p, q.id) === undefined);
    if (open === undefined) return p;
    done.add(open.id);
    p = withAnswer(p, open.id, answer(open));
  }
}
