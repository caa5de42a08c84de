// `npm run bench`: how fast the tracker is, and how its cost grows with data. For each dataset
// (100 × 100 and 10,000 × 1,000,000) it generates the data in its own database and starts the
// production build on it; the two run side by side and each route is loaded on one then the other
// (benchAllRoutes says why) with autocannon on loopback, asking for gzip as
// browsers do, next to a bare node:http server sending the very same bytes (the ceiling). It also measures database time per
// request (pg_stat_statements), client JS per public page, and how soon an update is visible.
// Prints a table and writes bench-results/<time>.json. Not a test: it asserts nothing.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import autocannon from 'autocannon';
import pg from 'pg';
import { NEXT_BIN } from './lib/ops/paths';
import { PROJECT_ROOT, startEmbeddedPostgres } from './lib/ops/embedded-postgres';
import { applyMigrations } from './lib/ops/migrate';
import {
  generateSyntheticDataset,
  LARGE_DATASET,
  SMALL_DATASET,
  type DatasetShape,
} from './lib/ops/synthetic-dataset';
import { buildIsCurrent, recordBuild } from './lib/build-stamp';
import { runMain, say } from './lib/cli';
import { benchRoutes, type BenchRoute } from './bench/routes';
import {
  conditionalRequests,
  firstLoadJs,
  fullExport,
  percentile,
  pngAfterEdit,
  rasterisers,
} from './bench/extras';
import { findNginx, startNginx } from './lib/nginx';

const APP_PORT = Number(process.env.BENCH_APP_PORT ?? 3300);
const CEILING_PORT = APP_PORT + 1;
const PG_PORT = Number(process.env.BENCH_PG_PORT ?? 54361);
// Seconds each route is loaded on each dataset, in ROUNDS interleaved windows (benchAllRoutes).
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 16);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 4);
// Seconds of every other load: the ceiling, 304s, nginx.
const SINGLE_LOAD_S = 8;
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const NGINX_PORT = Number(process.env.BENCH_NGINX_PORT ?? APP_PORT + 3);
const BENCH_TOKEN = 'bench-token-' + crypto.randomBytes(12).toString('hex');
// BENCH_DATASETS=small runs the small dataset only (a quick check); the default runs both.
const DATASETS = (process.env.BENCH_DATASETS ?? 'small,large').split(',').map((name) => name.trim());

interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  non2xx: number;
  errors: number;
}

interface RouteResult {
  route: string;
  path: string;
  app: LoadResult;
  ceiling: LoadResult;
  ratioToCeiling: number;
  dbMsPerRequest: number | null;
  /** The body as a browser sees it. */
  bytes: number;
  /** What travelled: gzip-compressed for text, as for every browser. */
  wireBytes: number;
  clientJsGzip: number | null;
}

interface LoadWindow {
  /** Each response's latency, in ms. */
  times: number[];
  requests: number;
  seconds: number;
  non2xx: number;
  errors: number;
}

async function loadWindow(
  url: string,
  seconds: number,
  headers: Record<string, string> = {},
): Promise<LoadWindow> {
  const times: number[] = [];
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    headers: { ...BROWSER_HEADERS, ...headers },
    setupClient: (client) => {
      client.on('response', (_status: number, _bytes: number, responseTime: number) =>
        times.push(responseTime),
      );
    },
  });
  return {
    times,
    requests: result.requests.total,
    seconds,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

/** Percentiles over every response of the windows together. */
function summarize(windows: LoadWindow[]): LoadResult {
  const times = windows.flatMap((window) => window.times).sort((a, b) => a - b);
  const sum = (pick: (window: LoadWindow) => number) =>
    windows.reduce((total, window) => total + pick(window), 0);
  return {
    requestsPerSecond: sum((window) => window.requests) / sum((window) => window.seconds),
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    non2xx: sum((window) => window.non2xx),
    errors: sum((window) => window.errors),
  };
}

async function load(url: string, headers: Record<string, string> = {}): Promise<LoadResult> {
  return summarize([await loadWindow(url, SINGLE_LOAD_S, headers)]);
}

/** What every browser sends: the routes are loaded asking for gzip, as readers do. */
const BROWSER_HEADERS = { 'accept-encoding': 'gzip, deflate, br' };

interface Sample {
  status: number;
  contentType: string;
  contentEncoding: string | undefined;
  /** The bytes on the wire (compressed when the app compressed them). */
  wire: Buffer;
  /** The body as the reader's browser sees it. */
  body: Buffer;
}

/** One request as a browser makes it, keeping the bytes as sent (fetch would decompress them). */
function sample(url: string): Promise<Sample> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: BROWSER_HEADERS }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          const wire = Buffer.concat(chunks);
          const contentEncoding = response.headers['content-encoding'];
          resolve({
            status: response.statusCode ?? 0,
            contentType: response.headers['content-type'] ?? 'text/html',
            contentEncoding,
            wire,
            body: contentEncoding === 'gzip' ? zlib.gunzipSync(wire) : wire,
          });
        });
      })
      .on('error', reject);
  });
}

/** Serves fixed bytes as fast as Node can: the ceiling for any framework on this machine. */
function startCeiling(sent: Sample): Promise<http.Server> {
  const headers: http.OutgoingHttpHeaders = {
    'Content-Type': sent.contentType,
    'Content-Length': sent.wire.length,
  };
  if (sent.contentEncoding) headers['Content-Encoding'] = sent.contentEncoding;
  const server = http.createServer((_req, res) => {
    res.writeHead(200, headers);
    res.end(sent.wire);
  });
  return new Promise((resolve) => server.listen(CEILING_PORT, '127.0.0.1', () => resolve(server)));
}

async function clientJsGzip(html: string, base: string): Promise<number> {
  // Scripts an evergreen browser loads (the noModule polyfill is only for old browsers).
  const sources = [...html.matchAll(/<script\b([^>]*)\bsrc="([^"]+)"([^>]*)>/g)]
    .filter((match) => !/noModule/i.test(match[1]! + match[3]!))
    .map((match) => match[2]!);
  let total = 0;
  for (const src of new Set(sources)) {
    const response = await fetch(new URL(src, base));
    total += zlib.gzipSync(Buffer.from(await response.arrayBuffer()), { level: 9 }).length;
  }
  return total;
}

async function recreateDatabase(adminUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await client.query(`CREATE DATABASE "${name}"`);
  await client.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** An editor with an API token, for the one-update-per-second writer. */
async function createBenchEditor(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const user = await client.query<{ id: number }>(
    `INSERT INTO "User" (email, name, role, "passwordHash") VALUES ('bench@example.org', 'Bench Editor', 'EDITOR', 'x') RETURNING id`,
  );
  await client.query(`INSERT INTO "ApiToken" ("userId", "tokenHash", name) VALUES ($1, $2, 'bench')`, [
    user.rows[0]!.id,
    crypto.createHash('sha256').update(BENCH_TOKEN).digest('hex'),
  ]);
  await client.end();
}

async function waitForServer(url: string): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`the app did not start at ${url}`);
}

/** The route being loaded now: the writer notes it beside each measure. */
let loadedRoute = 'none';

/** PATCHes one commitment once a second and measures how soon the public page shows it. */
function startWriter(base: string, slug: string) {
  const visibility: number[] = [];
  let slowest = { ms: -1, during: 'none' };
  let failures = 0;
  let running = true;
  const statuses = ['IN_PROGRESS', 'AT_RISK', 'STALLED', 'ACHIEVED'];
  // Paused while the other dataset's app is being loaded: each app sees edits only while it is.
  let active = false;
  const loop = async () => {
    let round = 0;
    while (running) {
      if (!active) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        continue;
      }
      const started = Date.now();
      round += 1;
      try {
        const current = (await (await fetch(`${base}/api/commitments/${slug}`)).json()) as {
          version: number;
        };
        const reason = `bench round ${round} ${crypto.randomBytes(4).toString('hex')}`;
        const response = await fetch(`${base}/api/commitments/${slug}/status`, {
          method: 'PATCH',
          headers: { Authorization: `Bearer ${BENCH_TOKEN}`, 'Content-Type': 'application/json' },
          body: JSON.stringify({
            status: statuses[round % statuses.length],
            reason,
            version: current.version,
          }),
        });
        if (!response.ok) failures += 1;
        else {
          const saved = Date.now();
          for (let poll = 0; poll < 50; poll += 1) {
            const page = await (await fetch(`${base}/en/commitments/${slug}`)).text();
            if (page.includes(reason)) {
              const ms = Date.now() - saved;
              visibility.push(ms);
              if (ms > slowest.ms) slowest = { ms, during: loadedRoute };
              break;
            }
            await new Promise((resolve) => setTimeout(resolve, 20));
          }
        }
      } catch {
        failures += 1;
      }
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, 1000 - (Date.now() - started))));
    }
  };
  const done = loop();
  return {
    resume() {
      active = true;
    },
    pause() {
      active = false;
    },
    async stop() {
      running = false;
      await done;
      visibility.sort((a, b) => a - b);
      return {
        updates: visibility.length,
        failures,
        visibleP50Ms: percentile(visibility, 50),
        visibleMaxMs: visibility.at(-1) ?? NaN,
        /** Which route was under load when the slowest one was measured. */
        slowestDuring: slowest.during,
      };
    },
  };
}

/**
 * Leaves a freshly bulk-loaded database as a long-running one would be: vacuumed (visibility map
 * and hint bits set) and checkpointed. Otherwise autovacuum of the million new rows and the
 * checkpoint flushing them run during the first minutes of loading, on the same two cores, and
 * the large dataset's figures measure that maintenance rather than the app.
 */
async function settleDatabase(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('VACUUM (ANALYZE)');
    await client.query('CHECKPOINT');
  } finally {
    await client.end();
  }
}

interface PreparedDataset {
  label: string;
  shape: DatasetShape;
  url: string;
  generationSeconds: number;
  longHistorySlug: string;
}

async function prepareDataset(
  adminUrl: string,
  label: string,
  shape: DatasetShape,
): Promise<PreparedDataset> {
  const url = await recreateDatabase(adminUrl, `bench_${label}`);
  await applyMigrations(url);
  say(`[${label}] generating ${shape.commitments} commitments × ${shape.updatesPerCommitment} updates…`);
  const started = Date.now();
  const longHistorySlug = await generateSyntheticDataset(url, shape);
  const generationSeconds = (Date.now() - started) / 1000;
  await settleDatabase(url);
  await createBenchEditor(url);
  return { label, shape, url, generationSeconds, longHistorySlug };
}

/** One dataset's production server, its statistics connection and its (paused) writer. */
async function startApp(dataset: PreparedDataset, port: number) {
  const app: ChildProcess = spawn(NEXT_BIN, ['start', '-p', String(port)], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      DATABASE_URL: dataset.url,
      NEXTAUTH_URL: `http://localhost:${port}`,
      NEXTAUTH_SECRET: 'bench-secret-0123456789abcdef',
      NEXT_TELEMETRY_DISABLED: '1',
      NODE_ENV: 'production',
      PORT: String(port),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  const base = `http://localhost:${port}`;
  const stats = new pg.Client({ connectionString: dataset.url });
  const stop = async () => {
    await stats.end().catch(() => {});
    if (app.pid) process.kill(-app.pid, 'SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 1000));
  };
  try {
    await waitForServer(`${base}/en`);
    await stats.connect();
    await stats.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    ...dataset,
    port,
    base,
    pid: app.pid!,
    stats,
    writer: startWriter(base, dataset.longHistorySlug),
    stop,
  };
}

type RunningDataset = Awaited<ReturnType<typeof startApp>>;

/**
 * Loads every route on every dataset in alternation: ROUNDS windows of DURATION_S / ROUNDS seconds
 * each, in the order small, large, large, small, small, large… and reports percentiles over all of a
 * dataset's windows. This machine is a shared VM whose speed was seen to drift by up to 2× between
 * runs minutes apart, and to dip for a few seconds at a time; measured minutes apart in one window
 * each, "large ÷ small" compared the machine with itself. Interleaved, the drift and the dips fall
 * on both datasets alike. Only the loaded dataset's writer runs, so each app does its edits' work
 * while it is measured.
 */
async function benchAllRoutes(datasets: RunningDataset[]) {
  const results = new Map<string, RouteResult[]>(datasets.map((dataset) => [dataset.label, []]));
  const windowSeconds = DURATION_S / ROUNDS;
  for (const { name } of benchRoutes(datasets[0]!.longHistorySlug)) {
    const runs = [];
    for (const dataset of datasets) {
      const route = benchRoutes(dataset.longHistorySlug).find((candidate) => candidate.name === name)!;
      runs.push({
        dataset,
        route,
        ...(await warmRoute(route, dataset)),
        windows: [] as LoadWindow[],
        dbMs: 0,
      });
    }
    loadedRoute = name;
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const run of round % 2 === 0 ? runs : [...runs].reverse()) {
        run.dataset.writer.resume();
        try {
          await run.dataset.stats.query('SELECT pg_stat_statements_reset()');
          run.windows.push(await loadWindow(run.target, windowSeconds));
          run.dbMs += await databaseMs(run.dataset.stats);
        } finally {
          run.dataset.writer.pause();
        }
      }
    }
    for (const run of runs) results.get(run.dataset.label)!.push(await finishRoute(run));
  }
  loadedRoute = 'none';
  return results;
}

/** Time Postgres spent on this dataset's statements since the last reset. */
async function databaseMs(stats: pg.Client): Promise<number> {
  const db = await stats.query<{ ms: number }>(
    `SELECT COALESCE(sum(total_exec_time), 0) AS ms FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) AND query NOT ILIKE '%pg_stat_statements%'`,
  );
  return Number(db.rows[0]!.ms);
}

/** The route's bytes as a browser gets them, then caches and the JIT warmed alike on both servers. */
async function warmRoute(route: BenchRoute, { base }: RunningDataset) {
  const target = `${base}${route.path}`;
  const first = await sample(target);
  if (first.status !== 200) say(`  warning: ${route.path} answered ${first.status}`);
  await autocannon({ url: target, connections: 4, amount: 200, headers: BROWSER_HEADERS });
  return { target, first };
}

/** The windows summed up, beside the ceiling: a bare node:http server sending the same bytes. */
async function finishRoute(run: {
  dataset: RunningDataset;
  route: BenchRoute;
  first: Sample;
  windows: LoadWindow[];
  dbMs: number;
}): Promise<RouteResult> {
  const { dataset, route, first } = run;
  const appLoad = summarize(run.windows);
  const totalRequests = run.windows.reduce((total, window) => total + window.requests, 0);
  const ceiling = await startCeiling(first);
  const ceilingLoad = await load(`http://127.0.0.1:${CEILING_PORT}/`);
  await new Promise((resolve) => ceiling.close(resolve));
  const result: RouteResult = {
    route: route.name,
    path: route.path,
    app: appLoad,
    ceiling: ceilingLoad,
    ratioToCeiling: appLoad.requestsPerSecond / ceilingLoad.requestsPerSecond,
    dbMsPerRequest: totalRequests > 0 ? run.dbMs / totalRequests : null,
    bytes: first.body.length,
    wireBytes: first.wire.length,
    clientJsGzip: route.publicPage ? await clientJsGzip(first.body.toString('utf8'), dataset.base) : null,
  };
  say(
    `  [${dataset.label}] ${route.name.padEnd(22)} ${appLoad.requestsPerSecond.toFixed(0).padStart(6)} req/s  p50 ${appLoad.p50} ms  p95 ${appLoad.p95} ms  ` +
      `p99 ${appLoad.p99} ms  ${(result.ratioToCeiling * 100).toFixed(2)} % of ceiling  db ${result.dbMsPerRequest?.toFixed(2)} ms/req` +
      (appLoad.non2xx ? `  (${appLoad.non2xx} non-2xx)` : ''),
  );
  return result;
}

/** What the table of routes does not show: 304s, PNG after an edit, rasterisers, streams, nginx. */
async function benchExtras(
  { base, longHistorySlug: slug, pid: appPid, port }: RunningDataset,
  routes: RouteResult[],
) {
  say('  conditional requests (If-None-Match) on the overview…');
  const notModified = await conditionalRequests(`${base}/en`, SINGLE_LOAD_S);
  say('  chart PNG right after an edit…');
  const pngEdit = await pngAfterEdit(base, slug, BENCH_TOKEN);
  say('  rasterisers on the same chart…');
  const raster = await rasterisers(base);
  say('  the full export, streamed…');
  const csv = await fullExport(base, appPid, 'csv');
  const json = await fullExport(base, appPid, 'json');
  let nginx: { requestsPerSecond: number; p95: number; ratioToCeiling: number } | string =
    'nginx not installed';
  const binary = findNginx();
  if (binary) {
    say('  the overview through nginx…');
    const proxy = startNginx(binary, [port, port], NGINX_PORT);
    try {
      await waitForServer(`http://127.0.0.1:${NGINX_PORT}/en`);
      const through = await load(`http://127.0.0.1:${NGINX_PORT}/en`);
      const ceiling = routes.find((route) => route.route === 'overview')!.ceiling.requestsPerSecond;
      nginx = {
        requestsPerSecond: Math.round(through.requestsPerSecond),
        p95: through.p95,
        ratioToCeiling: through.requestsPerSecond / ceiling,
      };
    } finally {
      proxy.stop();
    }
  }
  return { notModified, pngAfterEdit: pngEdit, rasterisers: raster, fullCsv: csv, fullJson: json, nginx };
}

interface DatasetResult {
  label: string;
  shape: DatasetShape;
  generationSeconds: number;
  writes: Awaited<ReturnType<ReturnType<typeof startWriter>['stop']>>;
  routes: RouteResult[];
  extras: Awaited<ReturnType<typeof benchExtras>>;
}

/** Every target of issue 14 beside its measured value (on the large dataset unless it says so). */
function printTargets(
  large: DatasetResult,
  growth: { route: string; p95Ratio: number }[],
  clientJs: ReturnType<typeof firstLoadJs>,
) {
  const route = (name: string) => large.routes.find((entry) => entry.route === name)!;
  const ok = (pass: boolean) => (pass ? 'met' : 'NOT met');
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  const { extras } = large;
  const rows: [string, string, string][] = [];
  // Every HTML route: the public pages and the embed.
  const htmlRoutes = large.routes.filter((entry) => /^\/(?:en|embed)(?:\/|\?|$)/.test(entry.path));
  for (const { route: name } of htmlRoutes) {
    const r = route(name);
    const g = growth.find((entry) => entry.route === name)!;
    rows.push([`${name}: p95 < 50 ms`, ms(r.app.p95), ok(r.app.p95 < 50)]);
    rows.push([`${name}: p95 ≤ 1.25× small`, `${g.p95Ratio.toFixed(2)}×`, ok(g.p95Ratio <= 1.25)]);
  }
  const overview = route('overview');
  rows.push([
    'overview ≤ 150 KB of HTML',
    `${(overview.bytes / 1024).toFixed(0)} KB`,
    ok(overview.bytes <= 150 * 1024),
  ]);
  const png = route('chart png');
  rows.push(['chart PNG p95 < 100 ms (under edits)', ms(png.app.p95), ok(png.app.p95 < 100)]);
  rows.push([
    'chart PNG right after an edit p95 < 100 ms',
    `${extras.pngAfterEdit.p95} ms (slowest: round ${extras.pngAfterEdit.slowest.round + 1}, ${extras.pngAfterEdit.slowest.cache})`,
    ok(extras.pngAfterEdit.p95 < 100),
  ]);
  const { sharp, resvg } = extras.rasterisers;
  const kib = (bytes: number) => `${Math.round(bytes / 1024)} KB`;
  rows.push([
    'rasteriser: sharp (palette) vs resvg, p50 and size',
    `${sharp.p50} ms, ${kib(sharp.bytes)} vs ${resvg ? `${resvg.p50} ms, ${kib(resvg.bytes)}` : '—'}`,
    'sharp kept',
  ]);
  for (const name of ['csv export', 'json export']) {
    const r = route(name);
    rows.push([`${name} (one agreement) p95 < 100 ms`, ms(r.app.p95), ok(r.app.p95 < 100)]);
  }
  rows.push([
    'full CSV streamed, constant memory',
    `${extras.fullCsv.rows} rows in ${extras.fullCsv.seconds} s; RSS ${extras.fullCsv.rssBeforeMiB} → peak ${extras.fullCsv.rssPeakMiB} MiB`,
    '—',
  ]);
  rows.push([
    'full JSON streamed, constant memory',
    `${(extras.fullJson.bytes / 2 ** 20).toFixed(1)} MiB in ${extras.fullJson.seconds} s; RSS ${extras.fullJson.rssBeforeMiB} → peak ${extras.fullJson.rssPeakMiB} MiB`,
    '—',
  ]);
  rows.push([
    'edit visible on public page ≤ 1 s (max)',
    `${large.writes.visibleMaxMs} ms (p50 ${large.writes.visibleP50Ms}; max while loading ${large.writes.slowestDuring})`,
    ok(large.writes.visibleMaxMs <= 1000),
  ]);
  const conditional = extras.notModified;
  rows.push([
    'If-None-Match → 304 in < 5 ms (p95)',
    conditional
      ? `${conditional.p95} ms (p50 ${conditional.p50}, ${conditional.requestsPerSecond} req/s)`
      : 'no ETag',
    ok(Boolean(conditional && conditional.p95 < 5)),
  ]);
  const nginx = extras.nginx;
  rows.push([
    'through nginx ≥ 50 % of bare node:http (overview)',
    typeof nginx === 'string'
      ? nginx
      : `${nginx.requestsPerSecond} req/s = ${(nginx.ratioToCeiling * 100).toFixed(0)} %, p95 ${ms(nginx.p95)}`,
    typeof nginx === 'string' ? 'skipped' : ok(nginx.ratioToCeiling >= 0.5),
  ]);
  for (const entry of clientJs) {
    rows.push([
      `first-load JS ${entry.route}`,
      `${(entry.gzipBytes / 1024).toFixed(1)} KB gzip (${entry.appChunks} app chunks)`,
      '—',
    ]);
  }
  say(`\ntarget (${large.label} dataset)${' '.repeat(30)}measured`);
  for (const [target, measured, verdict] of rows)
    say(`${target.padEnd(52)} ${measured.padEnd(48)} ${verdict}`);
}

runMain(async () => {
  if (!buildIsCurrent()) {
    say('building the app…');
    if (spawnSync(NEXT_BIN, ['build'], { cwd: PROJECT_ROOT, stdio: 'inherit' }).status !== 0) {
      throw new Error('the build failed');
    }
    recordBuild();
  }
  say('starting the benchmark database…');
  const server = await startEmbeddedPostgres({
    dataDir: path.join(PROJECT_ROOT, '.data', 'bench-postgres'),
    port: PG_PORT,
    database: 'postgres',
    postgresFlags: ['-c', 'shared_preload_libraries=pg_stat_statements', '-c', 'shared_buffers=512MB'],
  });
  const running: RunningDataset[] = [];
  try {
    const prepared = [await prepareDataset(server.url, 'small', SMALL_DATASET)];
    if (DATASETS.includes('large')) prepared.push(await prepareDataset(server.url, 'large', LARGE_DATASET));
    // Both apps run side by side (APP_PORT, APP_PORT + 2) so routes can be loaded in alternation.
    for (const [index, dataset] of prepared.entries())
      running.push(await startApp(dataset, APP_PORT + 2 * index));
    const routeResults = await benchAllRoutes(running);
    const results: DatasetResult[] = [];
    for (const dataset of running) {
      const writes = await dataset.writer.stop();
      const routes = routeResults.get(dataset.label)!;
      say(`[${dataset.label}] beyond the routes…`);
      const extras = await benchExtras(dataset, routes);
      const { label, shape, generationSeconds } = dataset;
      results.push({ label, shape, generationSeconds, writes, routes, extras });
    }
    const small = results[0]!;
    const large = results.at(-1)!;
    const growth = large.routes.map((route) => {
      const before = small.routes.find((candidate) => candidate.route === route.route)!;
      return { route: route.route, p95Ratio: route.app.p95 / before.app.p95 };
    });
    const clientJs = firstLoadJs();
    const report = {
      at: new Date().toISOString(),
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model,
        memoryGiB: Math.round(os.totalmem() / 2 ** 30),
        node: process.version,
      },
      settings: { durationSeconds: DURATION_S, rounds: ROUNDS, connections: CONNECTIONS },
      datasets: large === small ? [small] : [small, large],
      p95GrowthLargeOverSmall: growth,
      firstLoadJs: clientJs,
    };
    say(
      '\nroute                    large req/s   % ceiling   p95 large   p95 large/small   db ms/req   client JS gz',
    );
    for (const route of large.routes) {
      const g = growth.find((entry) => entry.route === route.route)!;
      say(
        `${route.route.padEnd(24)} ${route.app.requestsPerSecond.toFixed(0).padStart(11)} ${(route.ratioToCeiling * 100).toFixed(2).padStart(10)} % ` +
          `${String(route.app.p95).padStart(8)} ms ${g.p95Ratio.toFixed(2).padStart(16)} ${route.dbMsPerRequest?.toFixed(2).padStart(11)} ` +
          `${route.clientJsGzip === null ? '—' : (route.clientJsGzip / 1024).toFixed(1) + ' KB'}`,
      );
    }
    say(
      `updates while reading: ${large.writes.updates} saved, ${large.writes.failures} failed; visible after p50 ${large.writes.visibleP50Ms} ms, max ${large.writes.visibleMaxMs} ms`,
    );
    printTargets(large, growth, clientJs);
    const dir = path.join(PROJECT_ROOT, 'bench-results');
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `bench-${report.at.replace(/[:.]/g, '-')}.json`);
    fs.writeFileSync(file, JSON.stringify(report, null, 2));
    say(`written ${path.relative(PROJECT_ROOT, file)}`);
  } finally {
    for (const dataset of running) await dataset.stop();
    await server.stop();
  }
});
