// Colours of the map: one per organisation type or sector, and the classes of the choropleth.

// Okabe–Ito: eight hues told apart with every common colour-vision deficiency, plus a neutral grey.
const OKABE_ITO = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];
export const NEUTRAL = '#8a96a3';

export const ORG_TYPES = ['company', 'university', 'research_institute', 'hospital', 'public_body', 'association', 'investor', 'other'] as const;
export const SECTORS = ['biotech', 'medtech', 'pharma', 'diagnostics', 'digital_health', 'plasma_technology', 'welfare_technology', 'bioeconomy'] as const;

/** The colour of a type or sector code in the chosen colouring (grey for none or unknown). */
export function colourOf(colourBy: 'type' | 'sector', code: string | null): string {
  const codes: readonly string[] = colourBy === 'type' ? ORG_TYPES : SECTORS;
  const index = code === null ? -1 : codes.indexOf(code);
  return index < 0 ? NEUTRAL : OKABE_ITO[index]!;
}

// A sequential palette (ColorBrewer YlGnBu without its palest step, which the land colour would swallow):
// light = few, dark = many.
const SHADES = ['#c7e9b4', '#7fcdbb', '#41b6c4', '#2c7fb8', '#253494'];
export const NO_DATA = '#eef0ea';

export type ShadeClass = { from: number; to: number; colour: string };

/**
 * Up to five classes for counts `values`: quantile breaks (so a country with a few organisations stays told
 * apart from one with none even when one country has thousands), merged where counts repeat.
 */
export function shadeClasses(values: number[]): ShadeClass[] {
  const sorted = values.filter((v) => v > 0).sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const classes: ShadeClass[] = [];
  const count = Math.min(SHADES.length, sorted.length);
  let from = sorted[0]!;
  for (let i = 1; i <= count; i += 1) {
    const to = sorted[Math.ceil((i * sorted.length) / count) - 1]!;
    if (to < from) continue;
    classes.push({ from, to, colour: '' });
    from = to + 1;
  }
  // Spread the used colours over the whole palette so two classes are still light and dark.
  return classes.map((c, i) => ({
    ...c,
    colour: SHADES[classes.length === 1 ? SHADES.length - 1 : Math.round((i * (SHADES.length - 1)) / (classes.length - 1))]!,
  }));
}

/** The colour of a count in `classes` (the no-data colour for zero). */
export function shadeOf(classes: ShadeClass[], value: number): string {
  if (value <= 0) return NO_DATA;
  return classes.find((c) => value <= c.to)?.colour ?? classes.at(-1)?.colour ?? NO_DATA;
}

/** Whether white or dark text reads better on `background` (WCAG relative luminance). */
export function textOn(background: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(background.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  const luminance = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  return luminance > 0.179 ? '#17202a' : '#ffffff';
}
