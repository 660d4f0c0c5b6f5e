// The funder report of a cluster (managers): pick a period, see every key figure with its definition beside it,
// charts of the time series, the per-theme table, and download the same report as CSV or PDF. The period lives in the URL.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { ApiError, type FieldError } from '../api.ts';
import { ClusterPage, type ClusterInfo } from '../components/cluster-nav.tsx';
import { formatDate, useT } from '../i18n.ts';
import { useSession } from '../session.ts';
import { loadReport, requestFromQuery, urlOfRequest, type Report, type ReportRequest } from './report-api.ts';
import { PeriodPicker } from './report-period-picker.tsx';
import { Downloads, FigureCards, SeriesTable, ThemeTable } from './report-sections.tsx';
import { REPORT } from './report.messages.ts';
import './report.css';

function ReportBody({ cluster }: { cluster: ClusterInfo }) {
  const { t } = useT(REPORT);
  const user = useSession();
  const { url, query, route } = useLocation();
  const today = useMemo(() => new Date(), []);
  const request = useMemo(() => requestFromQuery(query, today), [url]);
  const key = urlOfRequest(cluster.slug, request);
  const [loaded, setLoaded] = useState<{ key: string; report: Report } | null>(null);
  const [failure, setFailure] = useState<{ message: string; details: FieldError[] } | null>(null);
  const manager = cluster.access === 'manager';

  useEffect(() => {
    if (!manager) return;
    let current = true;
    setFailure(null);
    loadReport(cluster.slug, request).then(
      (report) => current && setLoaded({ key, report }),
      (err: Error) => current && setFailure({ message: err.message, details: err instanceof ApiError ? err.details : [] }),
    );
    return () => {
      current = false;
    };
  }, [key, manager]);

  if (!manager) {
    return (
      <p class="notice">
        {user ? t('managersOnly') : <><a href={`/sign-in?next=/clusters/${cluster.slug}/report`}>{t('signInLink')}</a>: {t('signIn')}</>}
      </p>
    );
  }
  const report = loaded?.key === key ? loaded.report : null;
  const change = (next: ReportRequest) => route(urlOfRequest(cluster.slug, next));
  return (
    <div class="report" data-ready={report ? 'true' : 'false'}>
      <p class="report-intro">{t('intro')}</p>
      <PeriodPicker request={request} today={today} errors={failure?.details ?? []} onChange={change} />
      {failure && <p class="notice report-error" role="alert">{t('failed', { message: failure.message })}</p>}
      {!report && !failure && <p role="status">{t('loading')}</p>}
      {report && (
        <>
          <p class="report-summary" role="status">
            <strong>{t('summary', { from: formatDate(report.period.from), to: formatDate(report.period.to), interval: t(`intervalWord.${report.interval}`) })}</strong>
            <br />
            {t('counted', { names: [report.cluster.name, ...report.cluster.hubs.map((h) => h.name)].join(', ') })}
          </p>
          <Downloads slug={cluster.slug} request={request} />
          <FigureCards report={report} />
          <SeriesTable report={report} />
          <ThemeTable report={report} />
        </>
      )}
    </div>
  );
}

export function ReportPage({ slug }: { slug: string }) {
  return <ClusterPage slug={slug} section="report">{(cluster) => <ReportBody cluster={cluster} />}</ClusterPage>;
}
