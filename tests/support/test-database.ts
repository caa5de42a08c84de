// Test databases: scripts/test.ts prepares one migrated, seeded template database; every
// integration test file clones it (CREATE DATABASE … TEMPLATE, ~100 ms) and drops it afterwards.
import crypto from 'node:crypto';
import pg from 'pg';

export function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set: run integration tests through \`npm test\` (scripts/test.ts)`);
  }
  return value;
}

export function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function withAdmin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: requireEnv('TEST_DATABASE_ADMIN_URL') });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Clones the template into a new database and returns its URL. */
export async function createTestDatabase(prefix = 'ct_test'): Promise<{ name: string; url: string }> {
  const template = requireEnv('TEST_TEMPLATE_DATABASE');
  const name = `${prefix}_${crypto.randomBytes(5).toString('hex')}`;
  await withAdmin(async (client) => {
    for (let attempt = 0; ; attempt += 1) {
      try {
        await client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
        return;
      } catch (error) {
        // Two clones starting at the same instant can collide on the template; retry briefly.
        if (attempt >= 20 || !/being accessed by other users/.test((error as Error).message)) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  });
  return { name, url: databaseUrl(requireEnv('TEST_DATABASE_ADMIN_URL'), name) };
}

export async function dropTestDatabase(name: string): Promise<void> {
  await withAdmin((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}
