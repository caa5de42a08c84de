import type { CSSProperties } from 'react';

// Colours of a chart's series, set once on a container as custom properties (--s0 fill and --t0
// text for the first series, --s1/--t1 …). An element inside marks its series with `data-s={index}`
// and app/globals.css gives it --s and --t from those: a bar segment or legend swatch then carries
// no style of its own, which matters because every element is sent twice (HTML and RSC payload).

/** The stylesheet has a `[data-s]` rule per index up to this many series. */
export const MAX_SERIES = 8;

export function seriesColors(series: { color: string; textColor?: string }[]): CSSProperties {
  if (series.length > MAX_SERIES) throw new Error(`a chart draws at most ${MAX_SERIES} series`);
  const properties: Record<string, string> = {};
  series.forEach((s, index) => {
    properties[`--s${index}`] = s.color;
    if (s.textColor) properties[`--t${index}`] = s.textColor;
  });
  return properties as CSSProperties;
}
