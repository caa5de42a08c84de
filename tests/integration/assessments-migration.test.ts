// Upgrading a database made before assessments existed: every history row is kept, becomes an
// independent assessment dated on the day it was recorded, and the seed then re-dates its own rows
// to their sources' days and attributes them (JOINT, with the source as evidence).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { applyMigrations, MIGRATIONS_DIR } from '@/scripts/lib/ops/migrate';
import { createPrismaClient } from '@/lib/prisma-client';
import { commitments as seedCommitments, sources as seedSources } from '@/prisma/seed/data';
import { seedDatabase } from '@/prisma/seed/seed';
import { createTestDatabase, dropTestDatabase } from '@/tests/support/test-database';

const FIRST_ASSESSMENT_MIGRATION = '20261125130535_assessments';
const created: string[] = [];

afterAll(async () => {
  for (const name of created) await dropTestDatabase(name);
});

/** A copy of the migrations folder as it was before assessments. */
function migrationsBeforeAssessments(): string {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'migrations-before-'));
  for (const entry of fs.readdirSync(MIGRATIONS_DIR)) {
    if (entry >= FIRST_ASSESSMENT_MIGRATION && !entry.endsWith('.toml')) continue;
    fs.cpSync(path.join(MIGRATIONS_DIR, entry), path.join(copy, entry), { recursive: true });
  }
  return copy;
}

describe('the assessments migration', () => {
  it('keeps every history row and the seed dates its own rows to their sources', async () => {
    const database = await createTestDatabase('ct_upgrade');
    created.push(database.name);
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    await client.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
    await applyMigrations(database.url, { dir: migrationsBeforeAssessments() });

    // As the old seed left it: one agreement, one seeded commitment with its "System" row dated on
    // the seeding day, and a second commitment an editor had updated twice.
    const seeded = seedCommitments.find((c) => c.slug === 'english-second-language-2035')!;
    await client.query(`
      INSERT INTO "Agreement" (id, slug, parties, kind, "signedOn") VALUES (1, 'vn-uk-csp', 'VN; UK', 'JOINT_STATEMENT', '2025-10-29');
      INSERT INTO "Commitment" (id, slug, "agreementId", "responsibleParty", kind, status, version)
        VALUES (1, '${seeded.slug}', 1, 'UK', 'QUALITATIVE', '${seeded.status}', 1),
               (2, 'edited-by-someone', 1, 'BOTH', 'QUALITATIVE', 'AT_RISK', 3);
      INSERT INTO "StatusUpdate" ("commitmentId", "toStatus", reason, "authorName", version, "createdAt") VALUES
        (1, '${seeded.status}', 'seeded', 'System', 1, '2026-11-20 09:00:00'),
        (2, 'IN_PROGRESS', 'seeded', 'System', 1, '2026-11-20 09:00:00'),
        (2, 'STALLED', 'slow', 'Editor', 2, '2026-11-21 10:00:00'),
        (2, 'AT_RISK', 'worse', 'Editor', 3, '2026-11-22 23:30:00');
      SELECT setval(pg_get_serial_sequence('"Agreement"', 'id'), 10);
      SELECT setval(pg_get_serial_sequence('"Commitment"', 'id'), 10);`);
    const before = Number((await client.query('SELECT count(*) FROM "StatusUpdate"')).rows[0].count);

    await applyMigrations(database.url);
    const migrated = await client.query(
      `SELECT "commitmentId", "assessedOn"::text AS day, assessor FROM "StatusUpdate" ORDER BY id`,
    );
    expect(migrated.rows).toHaveLength(before);
    expect(migrated.rows.map((row) => [row.day, row.assessor])).toEqual([
      ['2026-11-20', 'INDEPENDENT'],
      ['2026-11-20', 'INDEPENDENT'],
      ['2026-11-21', 'INDEPENDENT'],
      ['2026-11-22', 'INDEPENDENT'],
    ]);
    const headline = await client.query(
      `SELECT "headlineAssessor", "headlineAssessedOn"::text AS day FROM "Commitment" WHERE id = 2`,
    );
    expect(headline.rows[0]).toEqual({ headlineAssessor: 'INDEPENDENT', day: '2026-11-22' });

    const db = createPrismaClient(database.url);
    try {
      await seedDatabase(db);
      const repaired = await db.statusUpdate.findFirstOrThrow({
        where: { commitmentId: 1 },
        select: {
          assessedOn: true,
          assessor: true,
          evidence: { select: { source: { select: { slug: true } } } },
        },
      });
      const source = seedSources.find((candidate) => candidate.slug === seeded.quotes[0]!.source)!;
      expect(repaired.assessedOn.toISOString().slice(0, 10)).toBe(source.reportsOn);
      expect(repaired.assessor).toBe('JOINT');
      expect(repaired.evidence.map((item) => item.source?.slug)).toEqual([source.slug]);
      // An editor's commitment is left exactly as it was.
      const edited = await db.statusUpdate.findMany({
        where: { commitmentId: 2 },
        select: { assessor: true },
      });
      expect(edited.every((row) => row.assessor === 'INDEPENDENT')).toBe(true);
      expect(await db.statusUpdate.count({ where: { commitmentId: { in: [1, 2] } } })).toBe(before);
    } finally {
      await db.$disconnect();
      await client.end();
    }
  });
});
