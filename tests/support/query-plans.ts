// Shared by the query-plan tests: a realistically large history (so the planner's choices are the
// ones production gets) read through a logging client, and EXPLAIN of what the app sent.
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { generateSyntheticDataset } from '@/scripts/lib/ops/synthetic-dataset';
import { createPrismaClient, type QueryEvent } from '@/lib/prisma-client';

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  Plans?: PlanNode[];
}

function scannedTables(node: PlanNode): string[] {
  const own = node['Node Type'] === 'Seq Scan' && node['Relation Name'] ? [node['Relation Name']] : [];
  return [...own, ...(node.Plans ?? []).flatMap(scannedTables)];
}

/**
 * Registers hooks that add 2,000 commitments × 100 assessments (200,000 history rows) next to the
 * seeded agreements and route the app's queries through a client that records every statement.
 */
export function withLargeHistory(): { captured: QueryEvent[] } {
  const captured: QueryEvent[] = [];
  beforeAll(async () => {
    await generateSyntheticDataset(process.env.DATABASE_URL!, {
      agreements: 5,
      commitments: 2000,
      updatesPerCommitment: 100,
    });
    // lib/db.ts uses this global when present.
    (globalThis as { commitmentTrackerDb?: unknown }).commitmentTrackerDb = createPrismaClient(
      process.env.DATABASE_URL!,
      { onQuery: (event) => captured.push(event) },
    );
  }, 120_000);
  afterAll(async () => {
    const client = (globalThis as { commitmentTrackerDb?: { $disconnect(): Promise<void> } })
      .commitmentTrackerDb;
    await client?.$disconnect();
  });
  return { captured };
}

/** The recorded statements whose plan (EXPLAIN, same parameters) scans `table` sequentially. */
export async function statementsScanning(events: QueryEvent[], table: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL! });
  await client.connect();
  try {
    const offenders: string[] = [];
    for (const event of events) {
      const { rows } = await client.query<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(
        `EXPLAIN (FORMAT JSON) ${event.query}`,
        JSON.parse(event.params) as unknown[],
      );
      if (scannedTables(rows[0]!['QUERY PLAN'][0].Plan).includes(table)) offenders.push(event.query);
    }
    return offenders;
  } finally {
    await client.end();
  }
}

interface AnalyzedNode extends PlanNode {
  'Actual Loops'?: number;
  Plans?: AnalyzedNode[];
}

function loopsOn(node: AnalyzedNode, table: string): number {
  const own = node['Relation Name'] === table ? (node['Actual Loops'] ?? 0) : 0;
  return own + (node.Plans ?? []).reduce((sum, child) => sum + loopsOn(child, table), 0);
}

/**
 * How many times the statements, run under EXPLAIN ANALYZE with the same parameters, scanned
 * `table` (an index probe per outer row counts once each): how much history a read really touches.
 */
export async function scansRun(events: QueryEvent[], table: string): Promise<number> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL! });
  await client.connect();
  try {
    let total = 0;
    for (const event of events) {
      const { rows } = await client.query<{ 'QUERY PLAN': [{ Plan: AnalyzedNode }] }>(
        `EXPLAIN (ANALYZE, FORMAT JSON) ${event.query}`,
        JSON.parse(event.params) as unknown[],
      );
      total += loopsOn(rows[0]!['QUERY PLAN'][0].Plan, table);
    }
    return total;
  } finally {
    await client.end();
  }
}
