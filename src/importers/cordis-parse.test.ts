// The CORDIS document parser, on real files from the 2024 export and on small edge cases.
import { beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '#src/errors.ts';
import { CORDIS_2024_ZIP, readCordisEntries } from '#src/importers/cordis-fixtures.ts';
import { parseCordisProject } from '#src/importers/cordis-parse.ts';

let fellowship: string; // xml/238733.xml: one coordinator, one euroSciVoc category
let trinity: string; // xml/250869.xml: an organisation name with escaped ampersands
let withResult: string; // xml/255345.xml: a deliverable naming an organisation inside its result

beforeAll(async () => {
  [fellowship, trinity, withResult] = await readCordisEntries(CORDIS_2024_ZIP, [
    'xml/238733.xml',
    'xml/250869.xml',
    'xml/255345.xml',
  ]) as [string, string, string];
});

function parseError(xml: string, file: string): AppError {
  try {
    parseCordisProject(xml, file);
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected the document to be rejected');
}

describe('parseCordisProject', () => {
  it('reads the project fields of a real CORDIS document', () => {
    const p = parseCordisProject(fellowship, '238733.xml');
    expect(p).toMatchObject({
      cordisId: '101058830',
      rcn: '238733',
      acronym: 'NIEB-PHAB',
      title: 'Nonlocal integrable equations: blow-up phenomena and beyond',
      startDate: '2024-09-01',
      endDate: '2026-08-31',
      status: 'SIGNED',
      frameworkProgramme: 'HORIZON',
      programme: 'HORIZON.1.2',
      callId: 'HORIZON-MSCA-2021-PF-01',
      topicCode: 'HORIZON-MSCA-2021-PF-01-01',
      topicTitle: 'MSCA Postdoctoral Fellowships 2021',
      fundingScheme: 'HORIZON-TMA-MSCA-PF-EF',
      totalCost: 0,
      ecContribution: 226751.04,
      lastUpdate: '2025-09-19 14:48:46',
    });
    expect(p.objective).toMatch(/^I will carry out this fellowship .* top academic positions\.$/s);
    expect(p.keywords).toEqual([
      'Nonlinear integrable PDEs',
      'blow-up phenomena',
      'well-posedness theory',
      'inverse scattering transform method',
    ]);
    expect(p.categories).toEqual([
      {
        codePath: '/23/51/359/1067/1637/1817',
        displayPath: '/natural sciences/mathematics/pure mathematics/mathematical analysis/differential equations/partial differential equations',
        title: 'partial differential equations',
      },
    ]);
  });

  it('reads a participant with its role, contribution, address, coordinates, activity type and leaf NUTS code', () => {
    const [uio] = parseCordisProject(fellowship, '238733.xml').participants;
    expect(uio).toEqual({
      cordisId: '999975814',
      role: 'coordinator',
      ecContribution: 226751.04,
      order: 1,
      legalName: 'UNIVERSITETET I OSLO',
      shortName: 'UNIVERSITY OF OSLO',
      vatNumber: 'NO971035854MVA',
      street: 'PROBLEMVEIEN 5-7',
      city: 'Oslo',
      postalCode: '0313',
      country: 'NO',
      url: 'http://www.uio.no',
      lat: 60.0518829,
      lon: 10.6799603,
      activityType: '/HES',
      type: 'university',
      isSme: false,
      nutsCode: 'NO081',
    });
  });

  it('decodes entity-escaped text', () => {
    const names = parseCordisProject(trinity, '250869.xml').participants.map((o) => o.legalName);
    expect(names).toContain(
      'THE PROVOST, FELLOWS, FOUNDATION SCHOLARS & THE OTHER MEMBERS OF BOARD, OF THE COLLEGE OF THE HOLY & UNDIVIDED TRINITY OF QUEEN ELIZABETH NEAR DUBLIN',
    );
    const p = parseCordisProject('<project><id>1</id><title>R&amp;D &lt;in&gt; &#233;tudes &#x2014; &quot;x&quot;</title></project>', 'a.xml');
    expect(p.title).toBe('R&D <in> études — "x"');
  });

  it('leaves absent fields empty', () => {
    const p = parseCordisProject('<?xml version="1.0"?>\n<project>\n  <id>42</id>\n</project>\n', 'min.xml');
    expect(p).toEqual({
      cordisId: '42', rcn: null, acronym: null, title: null, objective: null, keywords: [], startDate: null,
      endDate: null, status: null, frameworkProgramme: null, programme: null, callId: null, topicCode: null,
      topicTitle: null, fundingScheme: null, totalCost: null, ecContribution: null, lastUpdate: null,
      categories: [], participants: [],
    });
  });

  it('keeps a participant whose optional elements are missing, and drops impossible values', () => {
    const p = parseCordisProject(
      `<project><id>7</id><startDate>2024-02-30</startDate><relations><associations>
        <organization type="participant"><id>123</id><address><country>Germany</country><geolocation>north</geolocation></address></organization>
        <organization type="participant"><legalName>no id, cannot be keyed</legalName></organization>
      </associations></relations></project>`,
      'sparse.xml',
    );
    expect(p.startDate).toBeNull();
    expect(p.participants).toHaveLength(1);
    expect(p.participants[0]).toMatchObject({ cordisId: '123', legalName: null, country: null, lat: null, lon: null, type: 'other', order: null });
  });

  it('does not count organisations nested in results as participants', () => {
    // The deliverable's organisation, made to look like a participant, must still be ignored.
    const disguised = withResult
      .replace('type="isRegisteredBy"', 'type="participant"')
      .replace(/(<result[\s\S]*?<organization[^>]*>[\s\S]*?<id>)999993274(<\/id>)/, '$1111111111$2');
    expect(disguised).toContain('<id>111111111</id>');
    const p = parseCordisProject(disguised, '255345.xml');
    expect(p.participants.map((o) => [o.cordisId, o.role])).toEqual([['999993274', 'coordinator']]);
  });

  it('names the file and line of a malformed document', () => {
    const broken = fellowship.replace('</acronym>', '</acronymX>');
    const line = fellowship.slice(0, fellowship.indexOf('</acronym>')).split('\n').length;
    const err = parseError(broken, 'horizon.zip:xml/238733.xml');
    expect(err.code).toBe('invalid');
    expect(err.message).toBe(`horizon.zip:xml/238733.xml line ${line}: unexpected close tag.`);
  });

  it('rejects a truncated document, a document that is not a project, and a project without an id', () => {
    expect(parseError(fellowship.slice(0, 500), 't.xml').message).toMatch(/^t\.xml line \d+: /);
    expect(parseError('<?xml version="1.0"?>\n<result><id>1</id></result>', 'r.xml').message).toBe(
      'r.xml line 2: expected a <project> document, found <result>',
    );
    expect(parseError('<project><acronym>X</acronym></project>', 'n.xml').message).toBe('n.xml line 1: the project has no <id> (grant id)');
  });
});
