// The documentation plan of a product as one export document, which plan-markdown.ts and plan-pdf.ts render: the
// device, its class with the applying rules and their sentences, the route options, consultations, obligations, the
// checklist with status and evidence, and the sources cited.
import type { ChecklistPlan } from '#src/regulatory/checklist-merge.ts';
import type { Classification } from '#src/regulatory/classify.ts';
import type { ConformityRoute } from '#src/regulatory/conformity-route.ts';
import type { Citation } from '#src/regulatory/route-types.ts';

export type ExportInput = {
  product: { name: string; organizationName: string; description: string; intendedPurpose: string; emdn: { code: string; term: string } | null };
  classification: Classification;
  route: ConformityRoute;
  checklist: ChecklistPlan;
  generatedAt: Date;
};

export type Cited = { title: string; text: string; citation: Citation; extra?: string[] };

export type PlanDocument = {
  title: string;
  generated: string;
  device: Array<[label: string, value: string]>;
  classLine: string;
  rules: Array<{ heading: string; because: string; citation: Citation }>;
  notifiedBody: string;
  options: Cited[];
  consultations: Cited[];
  obligations: Cited[];
  checklist: ChecklistPlan;
  sources: string[];
  notice: string;
};

const STATUS_LABEL = { open: 'open', 'in-progress': 'in progress', done: 'done', 'not-applicable': 'not applicable' } as const;

/** A checklist status in words. */
export const statusLabel = (status: keyof typeof STATUS_LABEL) => STATUS_LABEL[status];

const NOTIFIED_BODY = {
  full: 'A notified body assesses the device (MDR Art. 52 / IVDR Art. 48).',
  limited: 'A notified body is involved only for the aspects of the class I qualifiers or of sterility (MDR Art. 52(7) / IVDR Art. 48(10)).',
  none: 'No notified body: the manufacturer draws up the EU declaration of conformity after the technical documentation (MDR Art. 52(7) / IVDR Art. 48(10)).',
} as const;

const REGULATIONS = {
  MDR: 'Regulation (EU) 2017/745 on medical devices (MDR), https://eur-lex.europa.eu/eli/reg/2017/745/oj',
  IVDR: 'Regulation (EU) 2017/746 on in vitro diagnostic medical devices (IVDR), https://eur-lex.europa.eu/eli/reg/2017/746/oj',
} as const;

// The MDCG guidance the engine follows for its interpretation (named in the classification and route texts too).
const GUIDANCE: Record<string, string> = {
  'MDCG 2021-24': 'MDCG 2021-24, Guidance on classification of medical devices',
  'MDCG 2020-16': 'MDCG 2020-16, Guidance on classification rules for in vitro diagnostic medical devices',
  'MDCG 2019-11': 'MDCG 2019-11, Guidance on qualification and classification of software (MDR and IVDR)',
  'MDCG 2019-15': 'MDCG 2019-15, Guidance notes for manufacturers of class I medical devices',
};

/** The guidance documents a text names, plus the one that interprets the regulation's classification rules. */
function guidanceSources(regulation: 'MDR' | 'IVDR', texts: string[], software: boolean): string[] {
  const named = new Set<string>([regulation === 'MDR' ? 'MDCG 2021-24' : 'MDCG 2020-16']);
  if (software) named.add('MDCG 2019-11');
  for (const text of texts) for (const m of text.matchAll(/MDCG \d{4}-\d+/g)) if (GUIDANCE[m[0]]) named.add(m[0]);
  return [...named].sort().map((key) => GUIDANCE[key]!);
}

/** Builds the export document of a product's plan. */
export function planDocument(input: ExportInput): PlanDocument {
  const { product, classification: c, route, checklist } = input;
  const qualifiers = c.regulation === 'MDR' ? c.subclasses.map((s) => `I${s}`) : c.subclasses.map(() => 'sterile');
  const classLine = `${c.regulation} class ${c.class}${qualifiers.length > 0 ? ` (${qualifiers.join(', ')})` : ''}`;
  const device: Array<[string, string]> = [
    ['Product', product.name],
    ['Manufacturer', product.organizationName],
    ['Regulation', c.regulation === 'MDR' ? 'MDR (EU) 2017/745' : 'IVDR (EU) 2017/746'],
  ];
  if (product.intendedPurpose) device.push(['Intended purpose', product.intendedPurpose]);
  if (product.description) device.push(['Description', product.description]);
  if (product.emdn) device.push(['EMDN code', `${product.emdn.code} ${product.emdn.term}`]);
  const options: Cited[] = route.options.map((o, i) => ({
    title: `${i === 0 ? 'Default: ' : ''}${o.title}${o.annexes.length > 0 ? ` (Annex ${o.annexes.join(', ')})` : ''}`,
    text: o.procedure,
    citation: o.citation,
    extra: [o.note, ...o.tasks.map((t) => `Notified body: ${t.text}`)],
  }));
  const consultations = route.consultations.map((k) => ({ title: k.title, text: k.text, citation: k.citation }));
  const obligations = route.obligations.map((o) => ({
    title: o.title,
    text: o.text,
    citation: o.citation,
    ...(o.frequency ? { extra: [`At least: ${o.frequency.replace(/-/g, ' ')}`] } : {}),
  }));
  const cited = [...c.rules.map((r) => r.citation), ...[...options, ...consultations, ...obligations].map((x) => x.citation)];
  const texts = [...cited.flatMap((x) => [x.ref, x.text]), ...c.rules.map((r) => r.because), ...c.route.notes];
  return {
    title: `Documentation plan: ${product.name}`,
    generated: input.generatedAt.toISOString().slice(0, 10),
    device,
    classLine,
    rules: c.rules.map((r) => ({ heading: `Rule ${r.rule}: class ${r.class}`, because: r.because, citation: r.citation })),
    notifiedBody: NOTIFIED_BODY[route.notifiedBody],
    options,
    consultations,
    obligations,
    checklist,
    sources: [REGULATIONS[c.regulation], ...guidanceSources(c.regulation, texts, c.rules.some((r) => r.rule === '11'))],
    notice:
      'Quotations of the Regulations: © European Union, https://eur-lex.europa.eu. Only the texts published in the ' +
      'Official Journal of the European Union are authentic. This plan supports, and does not replace, the ' +
      'manufacturer’s own regulatory assessment.',
  };
}
