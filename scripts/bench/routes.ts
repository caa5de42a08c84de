// The routes the benchmark loads, by what a reader does most.
export interface BenchRoute {
  name: string;
  path: string;
  /** Public HTML page: its client JavaScript is measured too. */
  publicPage: boolean;
}

export function benchRoutes(longHistorySlug: string): BenchRoute[] {
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
    { name: 'json export', path: '/api/export/commitments.json?agreement=agreement-2', publicPage: false },
    { name: 'embed chart', path: '/embed/en/charts/status-by-pillar', publicPage: false },
  ];
}
