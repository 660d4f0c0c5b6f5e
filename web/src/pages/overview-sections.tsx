// The overview's charts: organisations by type and sector, projects and funding per year, top competences,
// countries and regions, membership growth; each with a table alternative.
import { currentLanguage, formatEuros, formatNumber, localized, useT } from '../i18n.ts';
import { HorizontalBars, type Bar } from './overview-bars.tsx';
import { ChartFigure, type Column } from './overview-chart.tsx';
import type { Overview, RankedCompetence } from './overview-data.ts';
import { YearChart } from './overview-years.tsx';
import { OVERVIEW } from './overview.messages.ts';

/** A ranked bar chart with its two-column table (name, organisations). */
function BarsFigure({ id, title, header, bars, note }: { id: string; title: string; header: string; bars: Bar[]; note?: string | null }) {
  const { t } = useT(OVERVIEW);
  const columns: Array<Column<Bar>> = [
    { header, cell: (b) => b.label },
    { header: t('axisOrganizations'), cell: (b) => formatNumber(b.value), numeric: true },
  ];
  return (
    <ChartFigure
      id={id}
      title={title}
      rows={bars}
      columns={columns}
      note={note}
      chart={(width) => <HorizontalBars bars={bars} width={width} title={title} axisLabel={t('axisOrganizations')} />}
    />
  );
}

/** A ranked list of competences, each with a bar in proportion to its count (the list is its own text alternative). */
function CompetenceList({ id, title, items }: { id: string; title: string; items: RankedCompetence[] }) {
  const { t } = useT(OVERVIEW);
  const most = Math.max(1, ...items.map((c) => c.organizations));
  return (
    <div class="overview-ranked">
      <h3 id={id}>{title}</h3>
      {items.length === 0 ? (
        <p class="muted">{t('noCompetences')}</p>
      ) : (
        <ol aria-labelledby={id}>
          {items.map((c) => (
            <li key={c.id}>
              <span class="overview-ranked-name">{localized(c.label) || c.id}</span>
              <span class="overview-ranked-count">{t('organizationsCount', { count: c.organizations, n: formatNumber(c.organizations) })}</span>
              <span class="overview-ranked-bar" style={{ width: `${(c.organizations / most) * 100}%` }} aria-hidden="true" />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

/** Legend entries: a bar swatch and a line swatch. */
function Legend({ bar, line }: { bar: string; line: string }) {
  return (
    <ul class="overview-legend-list">
      <li><span class="overview-swatch overview-swatch-bar" aria-hidden="true" />{bar}</li>
      <li><span class="overview-swatch overview-swatch-line" aria-hidden="true" />{line}</li>
    </ul>
  );
}

function ProjectsFigure({ overview }: { overview: Overview }) {
  const { t } = useT(OVERVIEW);
  const rows = overview.projectsByYear;
  const undated = overview.projectsWithoutStart;
  const title = t('projectsPerYear');
  return (
    <ChartFigure
      id="overview-projects"
      title={title}
      rows={rows}
      columns={[
        { header: t('yearColumn'), cell: (r) => String(r.year) },
        { header: t('axisProjects'), cell: (r) => formatNumber(r.projects), numeric: true },
        { header: t('axisFunding'), cell: (r) => formatEuros(r.ecContribution), numeric: true },
      ]}
      legend={<Legend bar={t('projectsLegend')} line={t('fundingLegend')} />}
      note={undated.projects > 0 ? t('projectsWithoutStart', { count: undated.projects, n: formatNumber(undated.projects), funding: formatEuros(undated.ecContribution) }) : null}
      chart={(width) => (
        <YearChart
          years={rows.map((r) => r.year)}
          bars={{ values: rows.map((r) => r.projects), format: (v) => formatNumber(v), name: t('axisProjects') }}
          line={{ values: rows.map((r) => r.ecContribution), format: formatEuros, name: t('axisFunding'), ownAxis: true }}
          axisTitles={{ left: t('axisProjects'), right: t('axisFunding') }}
          width={width}
          title={title}
          yearLabel={t('axisYear')}
        />
      )}
    />
  );
}

function GrowthFigure({ growth }: { growth: NonNullable<Overview['membershipGrowth']> }) {
  const { t } = useT(OVERVIEW);
  const title = t('growth');
  const rows = growth.years;
  return (
    <ChartFigure
      id="overview-growth"
      title={title}
      rows={rows}
      columns={[
        { header: t('yearColumn'), cell: (r) => String(r.year) },
        { header: t('joinedColumn'), cell: (r) => formatNumber(r.joined), numeric: true },
        { header: t('leftColumn'), cell: (r) => formatNumber(r.left), numeric: true },
        { header: t('axisMembers'), cell: (r) => formatNumber(r.members), numeric: true },
      ]}
      legend={<Legend bar={t('joinedLegend')} line={t('membersLegend')} />}
      note={growth.withoutStart > 0 ? t('withoutStart', { count: growth.withoutStart, n: formatNumber(growth.withoutStart) }) : null}
      chart={(width) => (
        <YearChart
          years={rows.map((r) => r.year)}
          bars={{ values: rows.map((r) => r.joined), format: (v) => formatNumber(v), name: t('joinedColumn') }}
          line={{ values: rows.map((r) => r.members), format: (v) => formatNumber(v), name: t('axisMembers'), ownAxis: false }}
          axisTitles={{ left: t('axisMembers') }}
          width={width}
          title={title}
          yearLabel={t('axisYear')}
        />
      )}
    />
  );
}

/** Every chart of the overview, in reading order. */
export function OverviewCharts({ overview }: { overview: Overview }) {
  const { t } = useT(OVERVIEW);
  const frame = useT();
  const countryName = new Intl.DisplayNames([currentLanguage()], { type: 'region', fallback: 'code' });
  const country = (code: string) => {
    try {
      return countryName.of(code) ?? code;
    } catch {
      return code; // not a region code Intl knows
    }
  };
  return (
    <div class="overview-grid">
      <BarsFigure
        id="overview-types"
        title={t('byType')}
        header={t('typeColumn')}
        bars={overview.organizationsByType.map((r) => ({ key: r.type, label: frame.t(`orgTypes.${r.type}`), value: r.organizations }))}
      />
      <BarsFigure
        id="overview-sectors"
        title={t('bySector')}
        header={t('sectorColumn')}
        bars={overview.organizationsBySector.map((r) => ({ key: r.sector, label: frame.t(`sectors.${r.sector}`), value: r.organizations }))}
        note={overview.withoutSector > 0 ? t('withoutSector', { count: overview.withoutSector, n: formatNumber(overview.withoutSector) }) : null}
      />
      <ProjectsFigure overview={overview} />
      {overview.membershipGrowth ? (
        <GrowthFigure growth={overview.membershipGrowth} />
      ) : (
        <section class="overview-card" aria-labelledby="overview-growth-title" data-chart="overview-growth">
          <h2 id="overview-growth-title">{t('growth')}</h2>
          <p class="muted">{t('growthHint')}</p>
        </section>
      )}
      <section class="overview-card overview-wide" aria-labelledby="overview-competences-title" data-chart="overview-competences">
        <h2 id="overview-competences-title">{t('competences')}</h2>
        <div class="overview-ranked-pair">
          <CompetenceList id="overview-esv" title={t('euroSciVoc')} items={overview.topCompetences.euroSciVoc} />
          <CompetenceList id="overview-declared" title={t('declared')} items={overview.topCompetences.declared} />
        </div>
      </section>
      <BarsFigure
        id="overview-countries"
        title={t('countries')}
        header={t('countryColumn')}
        bars={overview.topCountries.map((r) => ({ key: r.code, label: country(r.code), value: r.organizations }))}
      />
      <BarsFigure
        id="overview-regions"
        title={t('regionsTitle')}
        header={t('regionColumn')}
        bars={overview.topRegions.map((r) => ({ key: r.code, label: r.code, value: r.organizations }))}
      />
    </div>
  );
}
