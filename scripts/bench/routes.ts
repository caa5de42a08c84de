// The routes the benchmark loads, by what a reader does most.
export interface BenchRoute {
  name: string;
  path: string;
  /** Public HTML page: its client JavaScript is measured too. */
  publicPage: boolean;
}

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

export function benchRoutes(longHistorySlug: string): BenchRoute[] {
  const quarterAgo = daysAgo(91);
  return [
    { name: 'overview', path: '/en', publicPage: true },
    {
      name: 'commitments filtered',
      path: '/en/commitments?status=in-progress&agreement=agreement-2',
      publicPage: true,
    },
    { name: 'commitment (long hist.)', path: `/en/commitments/${longHistorySlug}`, publicPage: true },
    { name: 'chart png', path: '/api/charts/status-by-pillar.png', publicPage: false },
    // A report writer exports one agreement's commitments (the full 10,000-row file is cached too,
    // but rebuilding it after every one-per-second update would measure the writer, not readers).
    // Full-text search over every commitment, quote and assessment reason (GIN indexes).
    { name: 'search api', path: '/api/search?q=cooperation%20area%2042', publicPage: false },
    { name: 'csv export', path: '/api/export/commitments.csv?agreement=agreement-2', publicPage: false },
    // Feed readers poll: the latest 50 assessments (recomputed after each one-per-second update).
    { name: 'atom feed', path: '/feed.atom', publicPage: false },
    { name: 'atom feed (agreement)', path: '/feed.atom?agreement=agreement-2', publicPage: false },
    // The tracker at a past date: every commitment's verdicts then, in one set-based query.
    { name: 'overview asOf', path: `/en?asOf=${quarterAgo}`, publicPage: true },
    {
      name: 'changes (a quarter)',
      path: `/en/changes?from=${quarterAgo}&to=${daysAgo(0)}`,
      publicPage: true,
    },
    // Status counts at each month end since the agreements' dates, in one query.
    { name: 'status over time svg', path: '/api/charts/status-over-time.svg', publicPage: false },
    { name: 'json export', path: '/api/export/commitments.json?agreement=agreement-2', publicPage: false },
    { name: 'embed chart', path: '/embed/en/charts/status-by-pillar', publicPage: false },
  ];
}
