// GET /api/charts: the exportable charts, their URLs and parameters.
import { CHART_FORMATS, CHARTS } from '@/lib/export/charts';
import { createTranslator } from '@/lib/i18n/messages';
import { localeFromParam } from '@/lib/i18n/config';
import type { NextRequest } from 'next/server';

const FILTER_PARAMETERS = [
  'agreement',
  'pillar',
  'status',
  'party',
  'from',
  'to',
  'q',
  'lang',
  'asOf',
  'snapshot',
];
const TREND_PARAMETERS = ['agreement', 'pillar', 'lang', 'asOf', 'snapshot'];

export function GET(request: NextRequest) {
  const t = createTranslator(localeFromParam(request.nextUrl.searchParams.get('lang')));
  return Response.json(
    {
      charts: CHARTS.map((chart) => ({
        id: chart,
        title: t(`export.charts.${chart}`, { title: '…' }),
        formats: Object.fromEntries(
          CHART_FORMATS.map((format) => [
            format,
            `/api/charts/${chart}.${format}${chart === 'progress' ? '?commitment={slug}' : ''}`,
          ]),
        ),
        parameters:
          chart === 'progress'
            ? ['commitment', 'lang', 'asOf', 'snapshot']
            : chart === 'status-over-time'
              ? TREND_PARAMETERS
              : FILTER_PARAMETERS,
        required: chart === 'progress' ? ['commitment'] : [],
      })),
      notes:
        'Filters take the same values as the /commitments page (status and party may repeat). ' +
        'asOf=YYYY-MM-DD or snapshot=<slug> shows a past point. Add download=1 for Content-Disposition: attachment. Responses carry an ETag that changes with the data version.',
    },
    { headers: { 'Cache-Control': 'public, max-age=300' } },
  );
}
