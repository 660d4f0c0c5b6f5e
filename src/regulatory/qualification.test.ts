// Qualification outcomes for the examples of MDCG 2019-11 and MDR/IVDR Articles 1-2, with steps, reasons and citations.
import { describe, expect, it } from 'vitest';
import { AppError } from '#src/errors.ts';
import { CONCEPT_IDS } from '#src/regulatory/concepts.ts';
import {
  parseQualificationAnswers, QUALIFICATION_QUESTIONS, qualificationQuestions, qualify, type QualificationAnswers,
} from '#src/regulatory/qualification.ts';

const independentSoftware: QualificationAnswers = { software: true, softwareRole: 'independent' };
const mdsw: QualificationAnswers = { ...independentSoftware, actionOnData: true, individualPatients: true, medicalPurpose: 'medical' };
const ids = (a: QualificationAnswers) => qualificationQuestions(a).map((q) => q.id);

describe('qualification of software (MDCG 2019-11)', () => {
  it('software that only stores and communicates data is not a device (step 3)', () => {
    const q = qualify({ ...independentSoftware, actionOnData: false });
    expect([q.outcome, q.regulation, q.profile]).toEqual(['not-a-device', null, null]);
    expect(q.steps.map((s) => s.question)).toEqual(['software', 'softwareRole', 'actionOnData']);
    expect(q.steps[2]?.citation.ref).toBe('MDCG 2019-11 rev.1 §3.3, Figure 1, decision step 3');
    expect(q.steps[2]?.reason).toMatch(/only stores, archives, communicates/);
  });

  it('a PACS or image management system only viewing, archiving and transmitting images is not a device', () => {
    expect(qualify({ ...independentSoftware, actionOnData: false }).outcome).toBe('not-a-device');
  });

  it('an image management system with post-processing for diagnosis is medical device software under the MDR', () => {
    const q = qualify({ ...mdsw, ivdInformation: false });
    expect([q.outcome, q.regulation]).toEqual(['medical-device', 'MDR']);
    expect(q.profile).toEqual({ regulation: 'MDR', software: {} });
  });

  it('an app that aggregates population data, or a laboratory metrics dashboard, is not for individual patients', () => {
    const q = qualify({ ...independentSoftware, actionOnData: true, individualPatients: false });
    expect(q.outcome).toBe('not-a-device');
    expect(q.steps.at(-1)?.citation.text).toMatch(/aggregate population data/);
  });

  it('clinical decision support combining medical knowledge with patient data is a medical device', () => {
    const q = qualify({ ...mdsw, ivdInformation: false }, 'de');
    expect(q.outcome).toBe('medical-device');
    expect(q.steps.map((s) => s.question)).toEqual([
      'software', 'softwareRole', 'actionOnData', 'individualPatients', 'medicalPurpose', 'ivdInformation',
    ]);
    expect(q.steps.every((s) => s.reason.length > 0 && s.citation.ref.length > 0 && s.citation.text.length > 0)).toBe(true);
    expect(q.steps.at(-1)?.reason).toMatch(/Medizinproduktesoftware nach der MDR/);
  });

  it('software interpreting ELISA readings or NGS raw data only is IVD software', () => {
    const q = qualify({ ...mdsw, ivdInformation: true, onlyIvdData: true });
    expect([q.outcome, q.regulation]).toEqual(['ivd', 'IVDR']);
    expect(q.profile).toEqual({ regulation: 'IVDR', productType: 'software' });
    expect(q.steps.at(-1)?.citation.ref).toBe('MDCG 2019-11 rev.1 §3.4, Figure 2, decision step 2');
  });

  it('weighs mixed data sources: a trisomy risk from IVD markers is IVDR, an ICU risk score from vital signs is MDR', () => {
    expect(qualify({ ...mdsw, ivdInformation: true, onlyIvdData: false, mainlyIvdData: true }).outcome).toBe('ivd');
    expect(qualify({ ...mdsw, ivdInformation: true, onlyIvdData: false, mainlyIvdData: false }).outcome).toBe('medical-device');
  });

  it('software without a medical purpose is not a device, software for contraception is', () => {
    expect(qualify({ ...independentSoftware, actionOnData: true, individualPatients: true, medicalPurpose: 'none' }).outcome).toBe('not-a-device');
    expect(qualify({ ...mdsw, medicalPurpose: 'conception', ivdInformation: false }).outcome).toBe('medical-device');
  });

  it('software driving an analyser follows the analyser, a software accessory is an accessory (step 2)', () => {
    const drives = qualify({ software: true, softwareRole: 'drives-or-influences', servedRegulation: 'IVDR' });
    expect([drives.outcome, drives.profile]).toEqual(['ivd', { regulation: 'IVDR', productType: 'software' }]);
    expect(drives.steps.at(-1)?.citation.ref).toMatch(/§3.4/);
    expect(qualify({ software: true, softwareRole: 'drives-or-influences', servedRegulation: 'MDR' }).outcome).toBe('medical-device');
    const accessory = qualify({ software: true, softwareRole: 'accessory', servedRegulation: 'MDR' });
    expect([accessory.outcome, accessory.regulation]).toEqual(['accessory-mdr', 'MDR']);
    expect(qualify({ software: true, softwareRole: 'accessory', servedRegulation: 'IVDR' }).outcome).toBe('accessory-ivdr');
    expect(qualify({ software: true, softwareRole: 'annex-xvi' }).outcome).toBe('annex-xvi');
  });
});

describe('qualification of other products (MDR/IVDR Articles 1 and 2)', () => {
  it('a product with a medical purpose acting physically is a medical device', () => {
    const q = qualify({ software: false, medicalPurpose: 'medical', inVitroExamination: false, pharmacologicalAction: false, mdrExclusion: 'none' });
    expect([q.outcome, q.regulation, q.profile]).toEqual(['medical-device', 'MDR', { regulation: 'MDR' }]);
    expect(q.steps.at(-1)?.citation.ref).toBe('MDR Article 1(6)');
  });

  it('a product acting pharmacologically is a medicinal product, excluded by Article 1(6)(b)', () => {
    const q = qualify({ software: false, medicalPurpose: 'medical', inVitroExamination: false, pharmacologicalAction: true });
    expect([q.outcome, q.regulation, q.exclusion?.ref]).toEqual(['excluded', null, 'MDR Article 1(6)(b)']);
  });

  it('names the exclusion of a cosmetic product or of viable tissue', () => {
    const base: QualificationAnswers = { software: false, medicalPurpose: 'medical', inVitroExamination: false, pharmacologicalAction: false };
    expect(qualify({ ...base, mdrExclusion: 'cosmetic' }).exclusion?.ref).toBe('MDR Article 1(6)(e)');
    expect(qualify({ ...base, mdrExclusion: 'viable-animal-tissue' }).exclusion?.text).toMatch(/non-viable/);
  });

  it('a reagent for in vitro examination is an IVD; general laboratory products are excluded; lancets are MDR devices', () => {
    const ivd: QualificationAnswers = { software: false, medicalPurpose: 'medical', inVitroExamination: true };
    expect(qualify({ ...ivd, ivdrExclusion: 'none' }).outcome).toBe('ivd');
    const lab = qualify({ ...ivd, ivdrExclusion: 'general-laboratory-or-research' });
    expect([lab.outcome, lab.exclusion?.ref]).toEqual(['excluded', 'IVDR Article 1(3)(a)']);
    const lancet = qualify({ ...ivd, ivdrExclusion: 'invasive-sampling' });
    expect([lancet.outcome, lancet.exclusion, lancet.regulation]).toEqual(['medical-device', null, 'MDR']);
  });

  it('a disinfectant for devices is deemed a medical device without asking about pharmacological action', () => {
    const answers: QualificationAnswers = { software: false, medicalPurpose: 'device-reprocessing', mdrExclusion: 'none' };
    expect(ids(answers)).toEqual(['software', 'medicalPurpose', 'mdrExclusion']);
    expect(qualify(answers).outcome).toBe('medical-device');
  });

  it('an accessory of a medical device or of an IVD is an accessory under that regulation', () => {
    expect(qualify({ software: false, medicalPurpose: 'none', accessoryFor: 'medical-device' }).outcome).toBe('accessory-mdr');
    const q = qualify({ software: false, medicalPurpose: 'none', accessoryFor: 'ivd' });
    expect([q.outcome, q.profile]).toEqual(['accessory-ivdr', { regulation: 'IVDR' }]);
    expect(q.steps.at(-1)?.citation.ref).toBe('IVDR Article 2(4)');
  });

  it('a product without medical purpose is an Annex XVI product or not a device', () => {
    expect(qualify({ software: false, medicalPurpose: 'none', accessoryFor: 'none', annexXvi: true }).outcome).toBe('annex-xvi');
    expect(qualify({ software: false, medicalPurpose: 'none', accessoryFor: 'none', annexXvi: false }).outcome).toBe('not-a-device');
  });
});

describe('qualification questions', () => {
  it('asks one question at a time along the path, the next unanswered one last', () => {
    expect(ids({})).toEqual(['software']);
    expect(ids({ software: true })).toEqual(['software', 'softwareRole']);
    expect(ids({ ...independentSoftware, actionOnData: true })).toEqual(['software', 'softwareRole', 'actionOnData', 'individualPatients']);
    const pending = qualify({ software: true });
    expect([pending.outcome, pending.next, pending.steps.length]).toEqual([null, 'softwareRole', 1]);
  });

  it('ignores answers off the path, so changing an earlier answer never leaves stale steps', () => {
    const answers: QualificationAnswers = { ...mdsw, ivdInformation: true, onlyIvdData: true, software: false, medicalPurpose: 'none', accessoryFor: 'none', annexXvi: false };
    expect(ids(answers)).toEqual(['software', 'medicalPurpose', 'accessoryFor', 'annexXvi']);
    expect(qualify(answers).outcome).toBe('not-a-device');
  });

  it('describes boolean and choice questions with the schema values', () => {
    const [software, role] = qualificationQuestions({ software: true });
    expect(software).toEqual({ id: 'software', kind: 'boolean', options: [], concepts: ['software', 'mdsw'] });
    expect(role?.options).toEqual(['independent', 'annex-xvi', 'accessory', 'drives-or-influences']);
  });

  it('names for every question the concepts behind it, each one explained in concepts.ts', () => {
    for (const q of QUALIFICATION_QUESTIONS) {
      expect(q.concepts.length, q.id).toBeGreaterThan(0);
      for (const concept of q.concepts) expect(CONCEPT_IDS, `${q.id}: ${concept}`).toContain(concept);
    }
    expect(QUALIFICATION_QUESTIONS.find((q) => q.id === 'accessoryFor')?.concepts).toEqual(['accessory', 'ivd-accessory']);
  });

  it('rejects unknown questions and values outside a question’s options', () => {
    expect(() => parseQualificationAnswers({ software: 'yes' })).toThrow(AppError);
    expect(() => parseQualificationAnswers({ softwareRole: 'plugin' })).toThrow(/invalid qualification answers/);
    try {
      parseQualificationAnswers({ colour: 'red' });
      expect.unreachable();
    } catch (e) {
      expect((e as AppError).code).toBe('invalid');
    }
    expect(parseQualificationAnswers({ software: false, medicalPurpose: 'medical' })).toEqual({ software: false, medicalPurpose: 'medical' });
  });
});
