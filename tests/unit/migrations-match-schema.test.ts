// Guards against editing prisma/schema.prisma without adding a migration: the SQL needed to go
// from "every migration applied to an empty database" to the schema must be empty.
// Fix a failure with `tsx scripts/new-migration.ts <name>`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffMigrationsAgainstSchema } from '@/scripts/lib/migrations/schema-diff';

const root = path.resolve(import.meta.dirname, '..', '..');
const migrationsDir = path.join(root, 'prisma', 'migrations');
const schemaPath = path.join(root, 'prisma', 'schema.prisma');

// Each diff boots an in-memory Postgres (PGlite) and the wasm engine: ~4–6 s.
const TIMEOUT = 60_000;

describe('prisma/migrations vs prisma/schema.prisma', () => {
  it('has a migration for every schema change', { timeout: TIMEOUT }, async () => {
    const sql = await diffMigrationsAgainstSchema({ migrationsDir, schemaPath });
    expect(sql, 'schema.prisma changed without a migration: run `tsx scripts/new-migration.ts <name>`').toBe(
      '',
    );
  });

  it('reports a column added to the schema but not to the migrations', { timeout: TIMEOUT }, async () => {
    // Proves the check above can fail: the same migrations against an edited copy of the schema.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'schema-diff-'));
    try {
      const edited = fs
        .readFileSync(schemaPath, 'utf8')
        .replace(/model DataVersion \{\n/, 'model DataVersion {\n  note String?\n');
      expect(edited).toContain('note String?');
      const copy = path.join(dir, 'schema.prisma');
      fs.writeFileSync(copy, edited);

      const sql = await diffMigrationsAgainstSchema({ migrationsDir, schemaPath: copy });
      expect(sql).toMatch(/ALTER TABLE "DataVersion" ADD COLUMN\s+"note" TEXT/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
