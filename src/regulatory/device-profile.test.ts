// parseDeviceProfile: strict field sets per regulation, defaults, and every kind of bad input the contract names.
import { describe, expect, it } from 'vitest';
import { AppError } from '#src/errors.ts';
import { parseDeviceProfile } from '#src/regulatory/device-profile.ts';

/** The AppError parseDeviceProfile throws for `input` (fails the test when it does not throw one). */
function refusal(input: unknown): AppError & { details: Array<{ field: string; message: string }> } {
  try {
    parseDeviceProfile(input);
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('invalid');
    return err as AppError & { details: Array<{ field: string; message: string }> };
  }
  throw new Error('expected the profile to be refused');
}

describe('parseDeviceProfile: defaults', () => {
  it('reads {"regulation": "MDR"} as a non-invasive, non-active device with every default applied', () => {
    const p = parseDeviceProfile({ regulation: 'MDR' });
    expect(p).toMatchObject({
      regulation: 'MDR', invasive: 'none', duration: 'transient', orificeSite: 'other', active: false, sterile: false,
      implantType: 'none', tissuesOrCells: 'none', substanceBased: 'none', systemicAbsorption: 'none',
    });
    expect(p.regulation === 'MDR' && p.software).toBeUndefined();
  });

  it('takes long-term as the duration of an implantable device that states none, and keeps a stated one', () => {
    const implant = parseDeviceProfile({ regulation: 'MDR', invasive: 'implantable' });
    expect(implant.regulation === 'MDR' && implant.duration).toBe('long-term');
    const stated = parseDeviceProfile({ regulation: 'MDR', invasive: 'body-orifice', duration: 'short-term' });
    expect(stated.regulation === 'MDR' && stated.duration).toBe('short-term');
  });

  it('fills the members of a software or diagnosisOrMonitoring object that states only some of them', () => {
    const p = parseDeviceProfile({ regulation: 'MDR', software: { monitoring: 'physiological' }, diagnosisOrMonitoring: {} });
    expect(p.regulation === 'MDR' && p.software).toEqual({ decisionImpact: 'none', monitoring: 'physiological', drivesOrInfluencesDeviceClass: 'none' });
    expect(p.regulation === 'MDR' && p.diagnosisOrMonitoring?.suppliesEnergy).toBe('none');
  });

  it('reads an IVDR profile with productType assay and usedWithDeviceClass none by default, echoing id and name', () => {
    const p = parseDeviceProfile({ regulation: 'IVDR', id: 'x1', name: 'Magnesium assay', intendedPurpose: 'free text' });
    expect(p).toMatchObject({ regulation: 'IVDR', id: 'x1', name: 'Magnesium assay', productType: 'assay', usedWithDeviceClass: 'none', cancer: false });
  });
});

describe('parseDeviceProfile: bad input names the JSON path and what is allowed', () => {
  it('refuses a missing or unknown regulation, and anything that is not a JSON object', () => {
    expect(refusal({}).message).toContain('$.regulation is required: one of MDR, IVDR');
    expect(refusal({ regulation: 'FDA' }).message).toContain('$.regulation must be one of: MDR, IVDR');
    expect(refusal([{ regulation: 'MDR' }]).message).toContain('$ must be a JSON object');
    expect(refusal(null).details[0]!.field).toBe('$');
  });

  it('refuses an unknown field, says when it belongs to the other regulation, and lists the allowed fields', () => {
    const unknown = refusal({ regulation: 'MDR', colour: 'blue' });
    expect(unknown.message).toContain('$.colour is not a field of an MDR profile');
    expect(unknown.message).toContain('allowed: regulation, id, name, intendedPurpose, invasive, duration');
    expect(refusal({ regulation: 'MDR', cancer: true }).message).toContain('$.cancer is not a field of an MDR profile (it is an IVDR field)');
    expect(refusal({ regulation: 'IVDR', invasive: 'none' }).message).toContain('(it is an MDR field)');
  });

  it('refuses an unknown member of a nested object with its full path', () => {
    const err = refusal({ regulation: 'MDR', software: { decisionImpact: 'other', rule: 11 } });
    expect(err.details).toEqual([expect.objectContaining({ field: '$.software.rule' })]);
    expect(err.message).toContain('allowed: decisionImpact, monitoring, drivesOrInfluencesDeviceClass');
  });

  it('refuses wrong types: a string for a boolean, a number for an id, a string for an object', () => {
    expect(refusal({ regulation: 'MDR', sterile: 'yes' }).message).toContain('$.sterile must be a boolean');
    expect(refusal({ regulation: 'IVDR', id: 7 }).message).toContain('$.id must be a string');
    expect(refusal({ regulation: 'MDR', software: 'app' }).message).toContain('$.software must be an object');
  });

  it('refuses a value outside its enumeration and lists the values, also inside nested objects', () => {
    expect(refusal({ regulation: 'MDR', invasive: 'skin' }).message).toContain('$.invasive must be one of: none, body-orifice, surgical, implantable');
    expect(refusal({ regulation: 'MDR', software: { decisionImpact: 'high' } }).message)
      .toContain('$.software.decisionImpact must be one of: none, other, serious-deterioration-or-surgery, death-or-irreversible');
    expect(refusal({ regulation: 'IVDR', usedWithDeviceClass: 'E', productType: 'calibrator' }).message)
      .toContain('$.usedWithDeviceClass must be one of: none, A, B, C, D');
  });

  it('requires duration for body-orifice and surgically invasive devices', () => {
    for (const invasive of ['body-orifice', 'surgical']) {
      const err = refusal({ regulation: 'MDR', invasive });
      expect(err.message).toContain(`$.duration is required when $.invasive is "${invasive}": one of transient, short-term, long-term`);
    }
  });

  it('refuses what an active device does on a device that is not active, saying it needs active: true', () => {
    const fields = {
      therapeuticEnergy: 'yes', controlsOrMonitors: 'active-implantable', administersOrRemovesSubstances: 'yes',
      integratedDiagnosticFunction: true, diagnosisOrMonitoring: { directDiagnosisOrVitalProcesses: true },
    };
    for (const [field, value] of Object.entries(fields)) {
      const err = refusal({ regulation: 'MDR', [field]: value });
      expect(err.details[0]!.field).toBe(`$.${field}`);
      expect(err.message).toContain('needs "active": true');
    }
    expect(() => parseDeviceProfile({ regulation: 'MDR', software: {}, diagnosisOrMonitoring: { imagesRadiopharmaceuticals: true } })).not.toThrow();
    expect(() => parseDeviceProfile({ regulation: 'MDR', therapeuticEnergy: 'none', diagnosisOrMonitoring: {} })).not.toThrow();
  });

  it('allows usedWithDeviceClass only for calibrators, controls with assigned values and software', () => {
    const err = refusal({ regulation: 'IVDR', productType: 'assay', usedWithDeviceClass: 'C' });
    expect(err.message).toContain('$.usedWithDeviceClass is allowed only when $.productType is one of: calibrator, control-with-assigned-value, software');
    for (const productType of ['calibrator', 'control-with-assigned-value', 'software']) {
      expect(() => parseDeviceProfile({ regulation: 'IVDR', productType, usedWithDeviceClass: 'C' })).not.toThrow();
    }
  });

  it('refuses purpose facts on Rule 5 and Rule 7 products, which are classified by what they are', () => {
    for (const productType of ['general-laboratory', 'instrument', 'specimen-receptacle', 'control-without-assigned-value']) {
      const err = refusal({ regulation: 'IVDR', productType, lifeThreateningHighPropagation: true, bloodGrouping: 'other-markers' });
      expect(err.details.map((d) => d.field)).toEqual(['$.lifeThreateningHighPropagation', '$.bloodGrouping']);
      expect(err.message).toContain(`is not allowed when $.productType is "${productType}"`);
    }
    expect(refusal({ regulation: 'IVDR', productType: 'specimen-receptacle', selfTesting: 'yes' }).details[0]!.field).toBe('$.selfTesting');
    expect(() => parseDeviceProfile({ regulation: 'IVDR', productType: 'measuring-instrument', diseaseStagingLifeThreatening: true })).not.toThrow();
    expect(() => parseDeviceProfile({ regulation: 'IVDR', productType: 'specimen-receptacle', sterile: true })).not.toThrow();
  });

  it('reports every problem in details and counts the others in the one-line message', () => {
    const err = refusal({ regulation: 'MDR', invasive: 'skin', sterile: 1, extra: true });
    expect(err.details.map((d) => d.field).sort()).toEqual(['$.extra', '$.invasive', '$.sterile']);
    expect(err.message).toMatch(/\(and 2 more problems\)$/);
    expect(err.message).not.toContain('\n');
  });
});
