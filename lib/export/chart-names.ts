// The exportable charts and file formats (pure: shared by routes, menus and the OpenAPI file).
export const CHARTS = [
  'status-by-pillar',
  'status-by-agreement',
  'deadlines',
  'progress',
  'status-over-time',
] as const;
export type ChartName = (typeof CHARTS)[number];
export const CHART_FORMATS = ['svg', 'png', 'csv'] as const;
export type ChartFormat = (typeof CHART_FORMATS)[number];

export function isChartName(value: string): value is ChartName {
  return (CHARTS as readonly string[]).includes(value);
}
