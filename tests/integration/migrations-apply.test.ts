import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { applyMigrations, listMigrations, MIGRATIONS_DIR } from '@/scripts/lib/ops/migrate';
import { createTestDatabase, dropTestDatabase } from '@/tests/support/test-database';

const created: string[] = [];

async function emptyDatabase(): Promise<string> {
  const database = await createTestDatabase('ct_empty');
  created.push(database.name);
  // The clone comes from the seeded template; start from nothing instead.
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  await client.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
  await client.end();
  return database.url;
}

afterAll(async () => {
  for (const name of created) await dropTestDatabase(name);
});

describe('applyMigrations', () => {
  it('applies every migration to an empty database and records them as prisma migrate does', async () => {
    const url = await emptyDatabase();
    const result = await applyMigrations(url);
    expect(result.applied).toEqual(listMigrations().map((migration) => migration.name));

    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query<{ migration_name: string; checksum: string }>(
      'SELECT migration_name, checksum FROM "_prisma_migrations" ORDER BY migration_name',
    );
    const tables = await client.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'",
    );
    await client.end();
    for (const row of rows) {
      const sql = fs.readFileSync(path.join(MIGRATIONS_DIR, row.migration_name, 'migration.sql'));
      expect(row.checksum).toBe(crypto.createHash('sha256').update(sql).digest('hex'));
    }
    expect(tables.rows.map((row) => row.table_name)).toEqual(
      expect.arrayContaining([
        'Agreement',
        'Commitment',
        'StatusUpdate',
        'AuditEvent',
        'User',
        'DataVersion',
      ]),
    );

    expect((await applyMigrations(url)).applied).toEqual([]);
  });

  it('refuses to run when an applied migration was edited afterwards', async () => {
    const url = await emptyDatabase();
    await applyMigrations(url);
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'migrations-'));
    fs.cpSync(MIGRATIONS_DIR, copy, { recursive: true });
    const first = listMigrations(copy)[0]!;
    fs.appendFileSync(path.join(copy, first.name, 'migration.sql'), '\n-- edited\n');

    await expect(applyMigrations(url, { dir: copy })).rejects.toThrow(/changed after it was applied/);
  });
});
