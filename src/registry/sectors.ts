// The life-science sectors klynge knows; an organisation's `sectors` column holds these codes.

export const SECTORS = [
  'biotech',
  'medtech',
  'pharma',
  'diagnostics',
  'digital_health',
  'plasma_technology',
  'welfare_technology',
  'bioeconomy',
] as const;

export type Sector = (typeof SECTORS)[number];

/** The competence id under which a sector appears in the taxonomy (scheme 'sector'). */
export const sectorCompetenceId = (sector: Sector) => `sector:${sector}`;

/** The competence id of a euroSciVoc category, from its CORDIS code path such as `/23/51/359`. */
export const euroSciVocCompetenceId = (codePath: string) => `esv:${codePath}`;

/** The competence id of an EMDN code such as `Z12` or `A0101`. */
export const emdnCompetenceId = (code: string) => `emdn:${code}`;
