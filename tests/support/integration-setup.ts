// Runs before each integration test file: points DATABASE_URL (and so lib/db) at a fresh clone
// of the seeded template, and drops it when the file's tests are done.
import { afterAll } from 'vitest';
import { createTestDatabase, dropTestDatabase } from './test-database';

const database = await createTestDatabase();
process.env.DATABASE_URL = database.url;

afterAll(async () => {
  const globalDb = (globalThis as { commitmentTrackerDb?: { $disconnect(): Promise<void> } })
    .commitmentTrackerDb;
  await globalDb?.$disconnect();
  await dropTestDatabase(database.name);
});
