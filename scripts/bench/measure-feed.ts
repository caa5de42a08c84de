// `tsx --import ./scripts/lib/server-only-shim.mjs scripts/bench/measure-feed.ts`: times the feed's
// read of the history on the large dataset (10,000 commitments × 1,000,000 assessments), uncached,
// for each kind of feed, and prints its plan. Uses the test database server (EMBEDDED_TEST_PG_PORT).
import path from 'node:path';
import pg from 'pg';
import { createPrismaClient } from '../../lib/prisma-client';
import { feedEntriesSql } from '../../lib/queries/feeds';
import { runMain, say } from '../lib/cli';
import { PROJECT_ROOT, startEmbeddedPostgres } from '../lib/ops/embedded-postgres';
import { applyMigrations } from '../lib/ops/migrate';
import { generateSyntheticDataset, LARGE_DATASET } from '../lib/ops/synthetic-dataset';

const NAME = 'ct_feed_measure';

runMain(async () => {
  const port = Number(process.env.EMBEDDED_TEST_PG_PORT ?? 54339);
  const server = await startEmbeddedPostgres({
    dataDir: path.join(PROJECT_ROOT, '.data', `test-postgres-${port}`),
    port,
    database: 'postgres',
  });
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  const url = new URL(server.url);
  url.pathname = `/${NAME}`;
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${NAME}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${NAME}"`);
    await applyMigrations(url.toString());
    let started = Date.now();
    await generateSyntheticDataset(url.toString(), LARGE_DATASET);
    say(`generated the large dataset in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const statements: { query: string; params: string; duration: number }[] = [];
    const db = createPrismaClient(url.toString(), {
      queryTimeoutMs: 60_000,
      onQuery: (event) => statements.push(event),
    });
    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    await client.query('ANALYZE');
    const agreement = await db.agreement.findFirstOrThrow({ where: { slug: 'agreement-2' } });
    const commitment = await db.commitment.findFirstOrThrow({ where: { slug: 'commitment-4242' } });
    const scopes = {
      all: {},
      agreement: { agreementId: agreement.id },
      commitment: { commitmentId: commitment.id },
      'assessor JOINT': { assessor: 'JOINT' as const },
      'agreement + assessor UK': { agreementId: agreement.id, assessor: 'UK' as const },
    };
    for (const [name, scope] of Object.entries(scopes)) {
      const times: number[] = [];
      for (let run = 0; run < 40; run += 1) {
        started = performance.now();
        const rows = await db.$queryRaw<unknown[]>(feedEntriesSql(scope));
        times.push(performance.now() - started);
        if (run === 0 && rows.length === 0) say(`  (${name}: no rows)`);
      }
      times.sort((a, b) => a - b);
      // The history statement of the last read, with its plan and its own time.
      statements.length = 0;
      await db.$queryRaw<unknown[]>(feedEntriesSql(scope));
      const history = statements.find((event) => event.query.includes('FROM "StatusUpdate"'))!;
      const { rows } = await client.query<{ 'QUERY PLAN': string }>(
        `EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON) ${history.query}`,
        JSON.parse(history.params) as unknown[],
      );
      if (process.env.SHOW_PLANS) say(rows.map((row) => `    ${row['QUERY PLAN']}`).join('\n'));
      const execution = rows.find((row) => row['QUERY PLAN'].startsWith('Execution Time'))?.['QUERY PLAN'];
      say(`  history statement: ${execution}; ${statements.length} statements in all`);
      const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!.toFixed(1);
      say(`${name.padEnd(26)} p50 ${at(0.5)} ms  p95 ${at(0.95)} ms  (40 reads, 50 entries with evidence)`);
    }
    await client.end();
    await db.$disconnect();
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${NAME}" WITH (FORCE)`).catch(() => {});
    await admin.end();
    await server.stop();
  }
});
