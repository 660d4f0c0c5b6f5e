// Runs every guidance-derived case in src/regulatory/testdata/*.jsonl (MDCG examples) through the classifier.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { classifyDevice } from '#src/regulatory/classify.ts';
import { parseDeviceProfile } from '#src/regulatory/device-profile.ts';

type GuidanceCase = {
  id: string;
  profile: Record<string, unknown>;
  expect: { class: string; rule: string; subclasses: string[] };
  device: string;
  source: string;
  note?: string;
  file: string;
};

// The case format of /work/shared/contracts/device-profile-examples.jsonl, nothing more.
const CASE_KEYS = new Set(['id', 'profile', 'expect', 'device', 'source', 'note']);
const TESTDATA = fileURLToPath(new URL('./testdata/', import.meta.url));

function loadCases(): GuidanceCase[] {
  const files = readdirSync(TESTDATA)
    .filter((name) => name.endsWith('.jsonl'))
    .sort();
  return files.flatMap((file) =>
    readFileSync(TESTDATA + file, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => ({ ...(JSON.parse(line) as Omit<GuidanceCase, 'file'>), file })),
  );
}

const cases = loadCases();

describe('guidance case fixtures', () => {
  it('include the MDR cases encoded from MDCG 2021-24, 2019-11 and 2019-15', () => {
    const files = new Set(cases.map((c) => c.file));
    for (const file of ['mdcg-2021-24-cases.jsonl', 'mdcg-2019-11-mdr-cases.jsonl', 'mdcg-2019-15-cases.jsonl']) {
      expect(files).toContain(file);
    }
  });

  it('have unique ids that match their profile ids, and only the fields of the case format', () => {
    const ids = cases.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    const malformed = cases.filter(
      (c) =>
        c.profile.id !== c.id ||
        Object.keys(c).some((key) => key !== 'file' && !CASE_KEYS.has(key)) ||
        typeof c.device !== 'string' ||
        typeof c.source !== 'string' ||
        !Array.isArray(c.expect.subclasses),
    );
    expect(malformed.map((c) => c.id)).toEqual([]);
  });

  it('hold only profiles that parse (no unknown fields, values within their enumerations)', () => {
    const failures: string[] = [];
    for (const c of cases) {
      try {
        parseDeviceProfile(c.profile);
      } catch (error) {
        failures.push(`${c.id}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    expect(failures).toEqual([]);
  });
});

describe('classifying the guidance examples gives the class the guidance states', () => {
  for (const c of cases) {
    it(`${c.id} ${c.device} is class ${c.expect.class} by rule ${c.expect.rule}`, () => {
      const result = classifyDevice(parseDeviceProfile(c.profile));
      expect(result.class).toBe(c.expect.class);
      expect(result.rules.map((r) => `${r.rule}:${r.class}`)).toContain(`${c.expect.rule}:${c.expect.class}`);
      expect(result.subclasses).toEqual(c.expect.subclasses);
    });
  }
});
