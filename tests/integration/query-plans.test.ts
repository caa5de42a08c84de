// No public page scans the status-update table: with a realistically large history (so the
// planner's choices are the ones production gets), every statement the public reads send that
// touches "StatusUpdate" is planned with an index, checked with EXPLAIN.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSyntheticDataset } from '@/scripts/lib/ops/synthetic-dataset';
import { createPrismaClient, type QueryEvent } from '@/lib/prisma-client';

const captured: QueryEvent[] = [];
const url = process.env.DATABASE_URL!;

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  Plans?: PlanNode[];
}

function scannedTables(node: PlanNode): string[] {
  const own = node['Node Type'] === 'Seq Scan' && node['Relation Name'] ? [node['Relation Name']] : [];
  return [...own, ...(node.Plans ?? []).flatMap(scannedTables)];
}

beforeAll(async () => {
  // 2,000 commitments × 100 updates = 200,000 history rows next to the seeded agreements.
  await generateSyntheticDataset(url, { agreements: 5, commitments: 2000, updatesPerCommitment: 100 });
  // The app's queries go through this logging client (lib/db.ts uses the global if present).
  (globalThis as { commitmentTrackerDb?: unknown }).commitmentTrackerDb = createPrismaClient(url, {
    onQuery: (event) => captured.push(event),
  });
}, 120_000);

afterAll(async () => {
  const client = (globalThis as { commitmentTrackerDb?: { $disconnect(): Promise<void> } })
    .commitmentTrackerDb;
  await client?.$disconnect();
});

describe('public reads at scale', () => {
  it('never plan a sequential scan of StatusUpdate', async () => {
    const commitments = await import('@/lib/queries/commitments');
    const { listAssessmentHistory, listCurrentVerdicts } = await import('@/lib/queries/assessments');
    const dashboard = await import('@/lib/queries/dashboard');
    const agreements = await import('@/lib/queries/agreements');
    const sources = await import('@/lib/queries/sources');
    const exports = await import('@/lib/queries/exports');
    const { parseCommitmentFilters } = await import('@/lib/validation/commitment-filters');

    const detail = await commitments.getCommitmentBySlug('commitment-1');
    expect(detail).not.toBeNull();
    await Promise.all([
      commitments.listCommitments(parseCommitmentFilters({}).filters),
      commitments.listCommitments(
        parseCommitmentFilters({ status: 'in-progress', agreement: 'agreement-3', page: '3' }).filters,
      ),
      listAssessmentHistory({ id: detail!.id, headlineAssessor: 'INDEPENDENT' }, 1),
      listAssessmentHistory({ id: detail!.id, headlineAssessor: 'INDEPENDENT' }, 2),
      listCurrentVerdicts(detail!.id),
      commitments.countCommitmentsByStatus(),
      commitments.listFilterOptions(),
      dashboard.getDataAsOf(),
      dashboard.countStatusByPillar(),
      dashboard.countStatusByAgreement(),
      dashboard.listOpenDeadlines(),
      dashboard.listVagueDeadlines(),
      dashboard.listLatestUpdates(),
      dashboard.listLatestUpdates({ agreement: 'agreement-2' }),
      dashboard.listLatestUpdates({ agreement: 'agreement-2', pillar: 'pillar-1' }),
      agreements.getAgreementBySlug('agreement-2'),
      sources.getSourceBySlug('source-agreement-2'),
      sources.listSources(),
      // The read API: one commitment with its assessments, and each assessor's latest (read apart
      // when the history is longer than one answer holds); the list and export, filtered.
      exports.getCommitmentForApi('commitment-1'),
      exports.listLatestAssessmentPerAssessor(detail!.id),
      exports.countAssessments(detail!.id),
      exports.listCommitmentsForApi(parseCommitmentFilters({ contested: '1' }).filters, 25),
      exports.listCommitmentsForExport(parseCommitmentFilters({ agreement: 'agreement-2' }).filters),
    ]);

    const touchingHistory = captured.filter((event) => event.query.includes('"StatusUpdate"'));
    expect(touchingHistory.length).toBeGreaterThan(0);

    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const offenders: string[] = [];
      for (const event of touchingHistory) {
        const params = JSON.parse(event.params) as unknown[];
        const { rows } = await client.query<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(
          `EXPLAIN (FORMAT JSON) ${event.query}`,
          params,
        );
        if (scannedTables(rows[0]!['QUERY PLAN'][0].Plan).includes('StatusUpdate'))
          offenders.push(event.query);
      }
      expect(offenders).toEqual([]);
    } finally {
      await client.end();
    }
  }, 120_000);
});
