// Streaming parser for one CORDIS `<project>` XML document: the fields klynge keeps, as a plain object.
import { SaxesParser } from 'saxes';
import type { OrganizationType, ParticipationRole } from '#src/db/types.ts';
import { invalid } from '#src/errors.ts';

export type CordisParticipant = {
  cordisId: string;
  role: ParticipationRole;
  ecContribution: number | null;
  order: number | null;
  legalName: string | null;
  shortName: string | null;
  vatNumber: string | null;
  street: string | null;
  city: string | null;
  postalCode: string | null;
  country: string | null;
  url: string | null;
  lat: number | null;
  lon: number | null;
  /** The CORDIS activity type code such as `/PRC`, and what klynge makes of it. */
  activityType: string | null;
  type: OrganizationType;
  isSme: boolean;
  /** The most specific NUTS code CORDIS gives for the organisation. */
  nutsCode: string | null;
};

export type EuroSciVocCategory = { codePath: string; displayPath: string; title: string | null };

export type CordisProject = {
  cordisId: string;
  rcn: string | null;
  acronym: string | null;
  title: string | null;
  objective: string | null;
  keywords: string[];
  startDate: string | null;
  endDate: string | null;
  status: string | null;
  frameworkProgramme: string | null;
  programme: string | null;
  callId: string | null;
  topicCode: string | null;
  topicTitle: string | null;
  fundingScheme: string | null;
  totalCost: number | null;
  ecContribution: number | null;
  lastUpdate: string | null;
  categories: EuroSciVocCategory[];
  participants: CordisParticipant[];
};

// Lookups return our own constants, never the document's strings (see `text`).
const ROLES = new Map<string, ParticipationRole>(
  (['coordinator', 'participant', 'associatedPartner', 'thirdParty'] as const).map((r) => [r, r]),
);
const ACTIVITY_TYPES = new Map<string, OrganizationType>([
  ['/PRC', 'company'],
  ['/HES', 'university'],
  ['/REC', 'research_institute'],
  ['/PUB', 'public_body'],
  ['/OTH', 'other'],
]);

// Element paths below the root, as the parser's stack joins them.
const ASSOC = 'project/relations/associations';
const ORG = `${ASSOC}/organization`;
const ORG_ADDRESS = `${ORG}/address`;
const ORG_CATEGORY = `${ORG}/relations/categories/category`;
const ORG_REGION = `${ORG}/relations/regions/region`;
const PROGRAMME = `${ASSOC}/programme`;
const CALL = `${ASSOC}/call`;
const PROJECT_CATEGORY = 'project/relations/categories/category';

type Attrs = Record<string, string>;
type Fields = Record<string, string>;
type Section = { attrs: Attrs; fields: Fields };

/**
 * Trimmed text or null. The result is copied on purpose: V8 keeps substrings as views into the whole
 * document, so a kept organisation name would otherwise hold on to its entire XML file.
 */
const text = (value: string | undefined) => {
  const trimmed = value?.trim();
  return trimmed ? ` ${trimmed}`.slice(1) : null;
};

const number = (value: string | undefined) => {
  const t = text(value);
  if (t === null) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
};

const integer = (value: string | undefined) => {
  const n = number(value);
  return n !== null && Number.isInteger(n) ? n : null;
};

/** A calendar date `YYYY-MM-DD` that exists, else null (the database would reject the whole import). */
const date = (value: string | undefined) => {
  const t = text(value);
  if (t === null || !/^\d{4}-\d{2}-\d{2}$/.test(t)) return null;
  const d = new Date(`${t}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(t) ? t : null;
};

const coordinates = (value: string | undefined): [number | null, number | null] => {
  const parts = text(value)?.split(',') ?? [];
  const lat = number(parts[0]);
  const lon = number(parts[1]);
  if (parts.length !== 2 || lat === null || lon === null || Math.abs(lat) > 90 || Math.abs(lon) > 180) return [null, null];
  return [lat, lon];
};

const country = (value: string | undefined) => {
  const t = text(value)?.toUpperCase();
  return t && /^[A-Z]{2}$/.test(t) ? t : null;
};

function toParticipant(org: Section, activityType: string | null, nutsCode: string | null): CordisParticipant | null {
  const cordisId = text(org.fields.id);
  const role = ROLES.get(org.attrs.type ?? '');
  if (cordisId === null || role === undefined) return null;
  const [lat, lon] = coordinates(org.fields.geolocation);
  return {
    cordisId,
    role,
    ecContribution: number(org.attrs.ecContribution),
    order: integer(org.attrs.order),
    legalName: text(org.fields.legalName),
    shortName: text(org.fields.shortName),
    vatNumber: text(org.fields.vatNumber),
    street: text(org.fields.street),
    city: text(org.fields.city),
    postalCode: text(org.fields.postalCode),
    country: country(org.fields.country),
    url: text(org.fields.url),
    lat,
    lon,
    activityType,
    type: (activityType && ACTIVITY_TYPES.get(activityType)) || 'other',
    isSme: org.attrs.sme === 'true',
    nutsCode,
  };
}

const lineAt = (xml: string, index: number) => {
  let line = 1;
  for (let i = xml.indexOf('\n'); i !== -1 && i < index; i = xml.indexOf('\n', i + 1)) line++;
  return line;
};

/** The error of a document that is not well-formed XML, with the line a position-tracking parser stops at. */
function malformed(xml: string, file: string) {
  const parser = new SaxesParser({ position: true });
  try {
    parser.write(xml).close();
  } catch (err) {
    const message = err instanceof Error ? err.message.replace(/^\d+:\d+: /, '') : String(err);
    return invalid(`${file} line ${parser.line}: ${message}`);
  }
  return invalid(`${file}: not a well-formed XML document`);
}

/**
 * Parses one CORDIS project document; `file` names it in errors, which say the line and what is wrong.
 * Only organisations directly under the project's associations are participants.
 */
export function parseCordisProject(xml: string, file: string): CordisProject {
  const parser = new SaxesParser({ position: false, xmlns: false }); // positions cost time; an error re-parses to find its line
  const paths: string[] = ['']; // paths[d]: the element path at depth d, e.g. 'project/relations'
  let buffer = '';
  let root: string | undefined;
  const project: Fields = {};
  const programmes: Section[] = [];
  const calls: Section[] = [];
  const categories: EuroSciVocCategory[] = [];
  const participants: CordisParticipant[] = [];
  let section: Section | undefined; // the programme, call or category being read
  let org: Section | undefined;
  let orgActivity: string | null = null;
  let orgNuts: string | null = null;
  let orgSub: Section | undefined; // an organisation's category or region
  let fundingScheme: string | null = null;

  parser.on('opentag', (tag) => {
    const parent = paths[paths.length - 1]!;
    const path = parent === '' ? tag.name : `${parent}/${tag.name}`;
    paths.push(path);
    buffer = '';
    root ??= tag.name;
    if (path === ORG) {
      org = { attrs: tag.attributes, fields: {} };
      orgActivity = null;
      orgNuts = null;
    } else if (path === PROGRAMME || path === CALL || path === PROJECT_CATEGORY) {
      section = { attrs: tag.attributes, fields: {} };
    } else if (path === ORG_CATEGORY || path === ORG_REGION) {
      orgSub = { attrs: tag.attributes, fields: {} };
    }
  });
  parser.on('text', (t) => {
    buffer += t;
  });
  parser.on('cdata', (t) => {
    buffer += t;
  });
  parser.on('closetag', (tag) => {
    const path = paths.pop()!;
    const parent = paths[paths.length - 1]!;
    if (parent === 'project') project[tag.name] = buffer;
    else if (parent === ORG || parent === ORG_ADDRESS) org!.fields[tag.name] ??= buffer;
    else if (parent === PROGRAMME || parent === CALL || parent === PROJECT_CATEGORY) section!.fields[tag.name] ??= buffer;
    else if (parent === ORG_CATEGORY || parent === ORG_REGION) orgSub!.fields[tag.name] ??= buffer;
    else if (path === ORG) {
      const participant = toParticipant(org!, orgActivity, orgNuts);
      if (participant) participants.push(participant);
    } else if (path === ORG_CATEGORY) {
      if (orgSub!.attrs.classification === 'organizationActivityType') orgActivity ??= text(orgSub!.fields.code);
    } else if (path === ORG_REGION) {
      if (orgSub!.attrs.type === 'relatedNutsCode') orgNuts ??= text(orgSub!.fields.nutsCode);
    } else if (path === PROGRAMME) {
      programmes.push(section!);
    } else if (path === CALL) {
      calls.push(section!);
    } else if (path === PROJECT_CATEGORY) {
      const { attrs, fields } = section!;
      if (attrs.classification === 'euroSciVoc') {
        const codePath = text(fields.code);
        const displayPath = text(fields.displayCode);
        if (codePath && displayPath) categories.push({ codePath, displayPath, title: text(fields.title) });
      } else if (attrs.classification === 'projectFundingSchemeCategory') {
        fundingScheme ??= text(fields.code)?.replace(/^\//, '') ?? null;
      }
    }
    buffer = '';
  });

  try {
    parser.write(xml).close();
  } catch {
    throw malformed(xml, file);
  }
  const start = xml.indexOf(`<${root}`);
  if (root !== 'project') throw invalid(`${file} line ${lineAt(xml, start)}: expected a <project> document, found <${root}>`);
  const cordisId = text(project.id);
  if (cordisId === null) throw invalid(`${file} line ${lineAt(xml, start)}: the project has no <id> (grant id)`);

  const topic = programmes.find((p) => p.attrs.type === 'relatedTopic');
  const legalBases = programmes.filter((p) => p.attrs.type === 'relatedLegalBasis');
  const legalBasis = legalBases.find((p) => p.attrs.uniqueProgrammePart === 'true') ?? legalBases[0];
  const call = calls.find((c) => c.attrs.type === 'relatedSubCall') ?? calls.find((c) => c.attrs.type === 'relatedMasterCall');
  return {
    cordisId,
    rcn: text(project.rcn),
    acronym: text(project.acronym),
    title: text(project.title),
    objective: text(project.objective),
    keywords: (text(project.keywords)?.split(',') ?? []).map((k) => k.trim()).filter((k) => k !== ''),
    startDate: date(project.startDate),
    endDate: date(project.endDate),
    status: text(project.status),
    frameworkProgramme: text(topic?.fields.frameworkProgramme ?? legalBasis?.fields.frameworkProgramme),
    programme: text(legalBasis?.fields.code),
    callId: text(call?.fields.identifier),
    topicCode: text(topic?.fields.code),
    topicTitle: text(topic?.fields.title),
    fundingScheme,
    totalCost: number(project.totalCost),
    ecContribution: number(project.ecMaxContribution),
    lastUpdate: text(project.lastUpdateDate),
    categories,
    participants,
  };
}
