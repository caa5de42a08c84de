// The frame every chart sits in: title, optional description and actions, legend, the chart, and
// its data as a table behind a disclosure (no JavaScript needed to open it).
import { seriesColors } from './series-colors';

export interface ChartLegendItem {
  key: string;
  label: string;
  color: string;
}

export interface ChartTable {
  caption: string;
  columns: string[];
  rows: { key: string; header: React.ReactNode; cells: React.ReactNode[] }[];
}

/** Each item's swatch is drawn by the stylesheet from its series' colour (series-colors.ts). */
export function ChartLegend({ items, label }: { items: ChartLegendItem[]; label: string }) {
  return (
    <ul className="chart__legend" aria-label={label} style={seriesColors(items)}>
      {items.map((item, index) => (
        <li key={item.key} data-s={index}>
          {item.label}
        </li>
      ))}
    </ul>
  );
}

export function ChartFrame({
  id,
  title,
  headingLevel = 2,
  description,
  legend,
  legendLabel = 'Legend',
  actions,
  table,
  tableToggleLabel,
  children,
}: {
  id: string;
  title: string;
  headingLevel?: 2 | 3;
  description?: string;
  legend?: ChartLegendItem[];
  legendLabel?: string;
  /** Rendered in the chart header (e.g. a download menu). */
  actions?: React.ReactNode;
  table?: ChartTable;
  tableToggleLabel: string;
  children: React.ReactNode;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="card chart" aria-labelledby={`${id}-title`} data-chart-id={id}>
      <div className="chart__header">
        <Heading id={`${id}-title`} className="chart__title">
          {title}
        </Heading>
        {actions ? <div className="chart__actions">{actions}</div> : null}
      </div>
      {description ? <p className="chart__description">{description}</p> : null}
      {legend && legend.length > 0 ? <ChartLegend items={legend} label={legendLabel} /> : null}
      <div className="chart__body">{children}</div>
      {table ? (
        <details className="chart__data">
          <summary>{tableToggleLabel}</summary>
          <div className="chart__table-wrap">
            <table className="data-table">
              <caption>{table.caption}</caption>
              <thead>
                <tr>
                  {table.columns.map((column, index) => (
                    <th key={index} scope="col">
                      {column}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.rows.map((row) => (
                  <tr key={row.key}>
                    <th scope="row">{row.header}</th>
                    {row.cells.map((cell, index) => (
                      <td key={index}>{cell}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      ) : null}
    </section>
  );
}
