// Decides which Postgres the scripts use: DATABASE_URL when set (never starting the embedded one),
// otherwise the embedded server in .data/postgres.
import pg from 'pg';
import { missingEmbeddedBinaries } from './embedded-binaries';
import { defaultEmbeddedOptions, startEmbeddedPostgres, type RunningPostgres } from './embedded-postgres';

export class ConfigurationError extends Error {}

function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
  } catch {
    return 'DATABASE_URL';
  }
}

/** Connects once, turning driver errors into one plain sentence. */
export async function checkReachable(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    const reason = (error as Error).message || String(error);
    throw new ConfigurationError(`cannot reach the database at ${describeUrl(url)}: ${reason}`);
  } finally {
    await client.end().catch(() => {});
  }
}

export async function openDatabase(log: (line: string) => void): Promise<RunningPostgres> {
  const external = process.env.DATABASE_URL;
  if (external) {
    if (!/^postgres(ql)?:\/\//.test(external)) {
      throw new ConfigurationError('DATABASE_URL must start with postgres:// or postgresql://');
    }
    log(`using the database at ${describeUrl(external)}…`);
    await checkReachable(external);
    return { url: external, startedHere: false, stop: async () => {} };
  }
  const missing = missingEmbeddedBinaries();
  if (missing) throw new ConfigurationError(missing);
  log('starting the embedded database…');
  try {
    return await startEmbeddedPostgres({ ...defaultEmbeddedOptions(), log });
  } catch (error) {
    throw new ConfigurationError(`the embedded database did not start: ${(error as Error).message}`);
  }
}
