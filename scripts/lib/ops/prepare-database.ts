// Opens the database (embedded or DATABASE_URL), migrates it and seeds it: what every script
// that needs a ready database runs first.
import { createPrismaClient } from '../../../lib/prisma-client';
import { seedDatabase } from '../../../prisma/seed/seed';
import { openDatabase } from './database';
import type { RunningPostgres } from './embedded-postgres';
import { applyMigrations } from './migrate';

export async function prepareDatabase(
  log: (line: string) => void,
  options: { seed?: boolean } = {},
): Promise<RunningPostgres> {
  const database = await openDatabase(log);
  try {
    const migrations = await applyMigrations(database.url, { log });
    if (migrations.applied.length === 0)
      log(`database schema is up to date (${migrations.total} migrations)`);
    if (options.seed !== false) {
      const db = createPrismaClient(database.url);
      try {
        const result = await seedDatabase(db);
        log(
          result.created > 0
            ? `seeded ${result.created} commitments`
            : `${result.total} commitments already in the database`,
        );
      } finally {
        await db.$disconnect();
      }
    }
    return database;
  } catch (error) {
    await database.stop().catch(() => {});
    throw error;
  }
}
