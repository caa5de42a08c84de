// The feeds read the assessment history through an index, whatever the scope: with a realistically
// large history (so the planner's choices are production's), EXPLAIN shows no sequential scan of
// "StatusUpdate" for the feed's statements, and none of "Commitment" for the calendar.
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
  // 2,000 commitments × 100 assessments = 200,000 history rows next to the seeded agreements.
  await generateSyntheticDataset(url, { agreements: 5, commitments: 2000, updatesPerCommitment: 100 });
  (globalThis as { commitmentTrackerDb?: unknown }).commitmentTrackerDb = createPrismaClient(url, {
    onQuery: (event) => captured.push(event),
  });
}, 120_000);

afterAll(async () => {
  const client = (globalThis as { commitmentTrackerDb?: { $disconnect(): Promise<void> } })
    .commitmentTrackerDb;
  await client?.$disconnect();
});

describe('feed reads at scale', () => {
  it('never plan a sequential scan of the history', async () => {
    const feeds = await import('@/lib/queries/feeds');
    const agreement = await feeds.findFeedAgreement('agreement-2');
    const commitment = await feeds.findFeedCommitment('commitment-42');
    const results = await Promise.all([
      feeds.listFeedEntries({}),
      feeds.listFeedEntries({ agreementId: agreement!.id }),
      feeds.listFeedEntries({ commitmentId: commitment!.id }),
      feeds.listFeedEntries({ assessor: 'JOINT' }),
      feeds.listFeedEntries({ agreementId: agreement!.id, assessor: 'UK' }),
    ]);
    expect(results[0]).toHaveLength(50);
    expect(results[2]!.every((row) => row.commitment.slug === 'commitment-42')).toBe(true);

    const touchingHistory = captured.filter((event) => /"StatusUpdate"/.test(event.query));
    expect(touchingHistory.length).toBeGreaterThanOrEqual(5);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const offenders: string[] = [];
      for (const event of touchingHistory) {
        const { rows } = await client.query<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(
          `EXPLAIN (FORMAT JSON) ${event.query}`,
          JSON.parse(event.params) as unknown[],
        );
        if (scannedTables(rows[0]!['QUERY PLAN'][0].Plan).includes('StatusUpdate'))
          offenders.push(event.query);
      }
      expect(offenders).toEqual([]);
    } finally {
      await client.end();
    }
  }, 60_000);
});
