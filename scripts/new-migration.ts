// `tsx scripts/new-migration.ts <name>`: writes prisma/migrations/<YYYYMMDDHHMMSS>_<name>/migration.sql
// with whatever schema.prisma has that the existing migrations do not (the layout `prisma migrate
// dev --create-only` produces, so the real CLI can take over on a machine with Prisma's engine).
import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_MIGRATION_LOCK, diffMigrationsAgainstSchema } from './lib/migrations/schema-diff';
import { runMain, say } from './lib/cli';

const root = path.resolve(import.meta.dirname, '..');
const migrationsDir = path.join(root, 'prisma', 'migrations');
const schemaPath = path.join(root, 'prisma', 'schema.prisma');

function timestamp(date: Date): string {
  // Prisma names migrations by UTC time, YYYYMMDDHHMMSS.
  return date.toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

runMain(async () => {
  const name = process.argv[2];
  if (!name || !/^[a-z0-9_]+$/.test(name)) {
    throw new Error('usage: tsx scripts/new-migration.ts <name>   (lowercase letters, digits, _)');
  }
  fs.mkdirSync(migrationsDir, { recursive: true });
  const lockPath = path.join(migrationsDir, 'migration_lock.toml');
  if (!fs.existsSync(lockPath)) fs.writeFileSync(lockPath, DEFAULT_MIGRATION_LOCK);

  const sql = await diffMigrationsAgainstSchema({ migrationsDir, schemaPath });
  if (sql === '') {
    say('no changes');
    return;
  }
  const dir = path.join(migrationsDir, `${timestamp(new Date())}_${name}`);
  fs.mkdirSync(dir);
  fs.writeFileSync(path.join(dir, 'migration.sql'), sql);
  say(`wrote ${path.relative(root, path.join(dir, 'migration.sql'))}`);
});
