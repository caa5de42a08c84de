import Link from 'next/link';
import { seriesColors } from './series-colors';

// Horizontal stacked bars drawn as plain HTML on the server: no client JavaScript. Each bar spans
// the full width and its segments are shares of that row's total; the count is printed in each
// segment wide enough to hold it, and the whole row is described (tooltip and accessible name).
//
// Every element here is sent twice (as HTML and in the page's RSC payload), and a page can draw a
// hundred segments: so the series' colours are set once on the list (series-colors.ts), a segment
// carries only its series' index (also its key) and its width, and a row — label, total, bar — is
// styled by position, not by class.
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

/** A share as a short CSS width: a tenth of a percent is under half a pixel on any screen. */
function width(share: number): string {
  return `${Math.round(share * 10) / 10}%`;
}

export function StackedBarChart({
  rows,
  series,
  totalLabel,
  ownColors = true,
}: {
  rows: StackedBarRow[];
  series: StackedBarSeries[];
  totalLabel: string;
  /** False when a container of several charts already sets the series' colours (series-colors.ts). */
  ownColors?: boolean;
}) {
  return (
    <ul className="stacked-bars" {...(ownColors ? { style: seriesColors(series) } : {})}>
      {rows.map((row) => {
        const total = series.reduce((sum, s) => sum + (row.values[s.key] ?? 0), 0);
        const description = `${row.label}: ${series
          .filter((s) => (row.values[s.key] ?? 0) > 0)
          .map((s) => `${s.label} ${row.values[s.key]}`)
          .join(', ')}; ${totalLabel} ${total}`;
        // Only a real language tag: an absent one would still be sent as "$undefined".
        const lang = row.lang ? { lang: row.lang } : {};
        return (
          <li key={row.key}>
            {row.href ? (
              <Link href={row.href} {...lang}>
                {row.label}
              </Link>
            ) : (
              <span {...lang}>{row.label}</span>
            )}
            {row.note ? <small className="fallback-marker"> {row.note}</small> : null}
            <strong>{total}</strong>
            {/* The title is the bar's accessible name and, on hover, the whole row's counts. */}
            <div role="img" title={description}>
              {series.map((s, index) => {
                const value = row.values[s.key] ?? 0;
                if (value <= 0 || total === 0) return null;
                const share = (value / total) * 100;
                return (
                  <span key={index} data-s={index} style={{ width: width(share) }}>
                    {share >= 7 ? value : null}
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
