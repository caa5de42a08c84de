import Link from 'next/link';

// Horizontal stacked bars drawn as plain HTML on the server: no client JavaScript. Each bar spans
// the full width and its segments are shares of that row's total; the count is printed in each
// segment wide enough to hold it, and the whole row is described for screen readers.
export interface StackedBarSeries {
  key: string;
  label: string;
  color: string;
  /** Text colour on the segment (dark on light fills, light on dark ones). */
  textColor?: string;
}

export interface StackedBarRow {
  key: string;
  label: string;
  href?: string;
  lang?: string;
  /** Small text after the label, in the page's language (e.g. "not yet translated"). */
  note?: string;
  values: Record<string, number>;
}

export function StackedBarChart({
  rows,
  series,
  totalLabel,
}: {
  rows: StackedBarRow[];
  series: StackedBarSeries[];
  totalLabel: string;
}) {
  return (
    <ul className="stacked-bars">
      {rows.map((row) => {
        const total = series.reduce((sum, s) => sum + (row.values[s.key] ?? 0), 0);
        const description = `${row.label}: ${series
          .filter((s) => (row.values[s.key] ?? 0) > 0)
          .map((s) => `${s.label} ${row.values[s.key]}`)
          .join(', ')}; ${totalLabel} ${total}`;
        return (
          <li key={row.key} className="stacked-bars__row">
            <div className="stacked-bars__label">
              {row.href ? (
                <Link href={row.href} lang={row.lang}>
                  {row.label}
                </Link>
              ) : (
                <span lang={row.lang}>{row.label}</span>
              )}
              {row.note ? <small className="fallback-marker"> {row.note}</small> : null}
              <span className="stacked-bars__total">{total}</span>
            </div>
            <div className="stacked-bars__bar" role="img" aria-label={description}>
              {series.map((s) => {
                const value = row.values[s.key] ?? 0;
                if (value <= 0 || total === 0) return null;
                const share = (value / total) * 100;
                return (
                  <span
                    key={s.key}
                    className="stacked-bars__segment"
                    style={{ width: `${share}%`, background: s.color, color: s.textColor ?? '#000' }}
                    title={`${s.label}: ${value}`}
                  >
                    {share >= 7 ? value : ''}
                  </span>
                );
              })}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
