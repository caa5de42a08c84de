import path from 'node:path';
import pg from 'pg';
import { PROJECT_ROOT, startEmbeddedPostgres } from './lib/ops/embedded-postgres';
import { applyMigrations } from './lib/ops/migrate';
import { generateSyntheticDataset, LARGE_DATASET } from './lib/ops/synthetic-dataset';
const server = await startEmbeddedPostgres({ dataDir: path.join(PROJECT_ROOT, '.data', 'perf-large-pg'), port: 54346, database: 'postgres' });
const c = new pg.Client({ connectionString: server.url }); await c.connect();
const exists = (await c.query(`SELECT 1 FROM pg_database WHERE datname='perf_large'`)).rowCount;
if (!exists) await c.query('CREATE DATABASE perf_large');
await c.end();
const u = new URL(server.url); u.pathname = '/perf_large';
if (!exists) { await applyMigrations(u.toString()); console.log('slug', await generateSyntheticDataset(u.toString(), LARGE_DATASET)); }
console.log('READY', u.toString());
await new Promise(() => {});
