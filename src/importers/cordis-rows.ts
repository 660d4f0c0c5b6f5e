// Turns parsed CORDIS documents into the rows the import writes (pure functions, no I/O).
import type { CordisParticipant, CordisProject, EuroSciVocCategory } from '#src/importers/cordis-parse.ts';
import type { CompetenceRow, OrganizationRow, ProjectRow } from '#src/importers/cordis-repo.ts';
import { euroSciVocCompetenceId } from '#src/registry/sectors.ts';

/** The projects row of a parsed document; a project without a title is named by its acronym or grant id. */
export function toProjectRow(p: CordisProject): ProjectRow {
  return {
    cordis_id: p.cordisId,
    rcn: p.rcn,
    acronym: p.acronym,
    title: p.title ?? p.acronym ?? p.cordisId,
    objective: p.objective,
    keywords: p.keywords,
    start_date: p.startDate,
    end_date: p.endDate,
    status: p.status,
    framework_programme: p.frameworkProgramme,
    programme: p.programme,
    call_id: p.callId,
    topic_code: p.topicCode,
    topic_title: p.topicTitle,
    funding_scheme: p.fundingScheme,
    total_cost: p.totalCost,
    ec_contribution: p.ecContribution,
    source_updated_at: p.lastUpdate,
  };
}

/** The organizations row of a participant; an organisation without a name is named by its CORDIS id. */
export function toOrganizationRow(o: CordisParticipant): OrganizationRow {
  return {
    cordis_id: o.cordisId,
    name: o.legalName ?? o.shortName ?? `CORDIS organisation ${o.cordisId}`,
    short_name: o.shortName,
    type: o.type,
    is_sme: o.isSme,
    street: o.street,
    postal_code: o.postalCode,
    city: o.city,
    country: o.country,
    lat: o.lat,
    lon: o.lon,
    nuts_code: o.nutsCode,
    website: o.url,
    vat_number: o.vatNumber,
  };
}

const segments = (path: string) => path.split('/').filter((s) => s !== '');

/**
 * Every node on the path of a euroSciVoc category, root first: `/23/51/359` gives `/23`, `/23/51`, `/23/51/359`,
 * each labelled with its part of the display path.
 */
export function euroSciVocNodes(category: EuroSciVocCategory): CompetenceRow[] {
  const codes = segments(category.codePath);
  const names = segments(category.displayPath);
  const aligned = names.length === codes.length; // otherwise only the leaf's title is known
  return codes.map((_, i) => {
    const code = `/${codes.slice(0, i + 1).join('/')}`;
    const leaf = i === codes.length - 1;
    return {
      id: euroSciVocCompetenceId(code),
      code,
      parent_id: i === 0 ? null : euroSciVocCompetenceId(`/${codes.slice(0, i).join('/')}`),
      path: aligned ? `/${names.slice(0, i + 1).join('/')}` : code,
      depth: i + 1,
      title: (leaf ? category.title : null) ?? (aligned ? (names[i] ?? null) : null),
    };
  });
}

/** The competence ids a project is classified under (its categories' leaves, once each). */
export function projectTopicIds(p: CordisProject): string[] {
  return [...new Set(p.categories.map((c) => euroSciVocCompetenceId(`/${segments(c.codePath).join('/')}`)))];
}
