// The frame of every overview chart: a titled figure whose chart can be swapped for a data table, and its width.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../i18n.ts';
import { OVERVIEW } from './overview.messages.ts';

/** The pixel width of the element behind the returned ref, following resizes (charts draw at their real size). */
export function useWidth<T extends HTMLElement>(fallback = 600) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    // A hidden chart (shown as a table) measures 0: keep the last width until it shows again.
    const observer = new ResizeObserver(([entry]) => entry && entry.contentRect.width > 0 && setWidth(Math.floor(entry.contentRect.width)));
    observer.observe(element);
    setWidth(Math.floor(element.clientWidth) || fallback);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}

export type Column<Row> = { header: string; cell: (row: Row) => string; numeric?: boolean };

type Props<Row> = {
  id: string;
  title: string;
  /** The chart, drawn for `width` pixels. */
  chart: (width: number) => ComponentChildren;
  /** The same data as a table: its rows and columns. */
  rows: Row[];
  columns: Array<Column<Row>>;
  legend?: ComponentChildren;
  note?: string | null;
};

/**
 * A chart with its title, legend and notes, and a button that shows its data as a table instead (the table is
 * the non-visual alternative: the chart itself is one labelled image to assistive technology).
 */
export function ChartFigure<Row>({ id, title, chart, rows, columns, legend, note }: Props<Row>) {
  const { t } = useT(OVERVIEW);
  const [asTable, setAsTable] = useState(false);
  const { ref, width } = useWidth<HTMLDivElement>();
  return (
    <section class="overview-card" aria-labelledby={`${id}-title`} data-chart={id}>
      <div class="overview-card-head">
        <h2 id={`${id}-title`}>{title}</h2>
        {rows.length > 0 && (
          <button type="button" class="overview-toggle" aria-expanded={asTable} aria-controls={`${id}-table`} onClick={() => setAsTable(!asTable)}>
            {asTable ? t('showChart') : t('showTable')}
          </button>
        )}
      </div>
      {legend && rows.length > 0 && !asTable && <div class="overview-legend">{legend}</div>}
      <div ref={ref} class="overview-chart" hidden={asTable}>
        {rows.length === 0 ? <p class="muted">{t('noData')}</p> : chart(width)}
      </div>
      {rows.length > 0 && (
        <div id={`${id}-table`} class="overview-table-wrap" hidden={!asTable}>
          <table class="overview-table">
            <caption class="visually-hidden">{title}</caption>
            <thead>
              <tr>
                {columns.map((c) => (
                  <th key={c.header} scope="col" class={c.numeric ? 'numeric' : undefined}>{c.header}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row, i) => (
                <tr key={i}>
                  {columns.map((c, j) =>
                    j === 0 ? (
                      <th key={c.header} scope="row">{c.cell(row)}</th>
                    ) : (
                      <td key={c.header} class={c.numeric ? 'numeric' : undefined}>{c.cell(row)}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {note && <p class="overview-note">{note}</p>}
    </section>
  );
}
