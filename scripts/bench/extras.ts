// The bench's measurements beyond req/s per route: conditional requests (304), the chart PNG right
// after an edit, both rasterisers on the same chart, the full streamed export with the server's
// peak memory, the overview through nginx, and first-load client JS per public route read from the
// build manifest. Each returns plain numbers; scripts/bench.ts prints them beside the targets.
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import zlib from 'node:zlib';
import autocannon from 'autocannon';
import { PROJECT_ROOT } from '../lib/ops/paths';

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function timed(run: () => Promise<unknown>, times: number): Promise<{ p50: number; p95: number }> {
  const samples: number[] = [];
  for (let index = 0; index < times; index += 1) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return { p50: round(percentile(samples, 50)), p95: round(percentile(samples, 95)) };
}

const round = (value: number) => Math.round(value * 10) / 10;

/** 304s for a matching If-None-Match under load (autocannon, 20 connections). */
export async function conditionalRequests(url: string, seconds: number) {
  const first = await fetch(url);
  await first.arrayBuffer();
  const etag = first.headers.get('etag');
  if (!etag) return null;
  const times: number[] = [];
  const result = await autocannon({
    url,
    connections: 20,
    duration: Math.min(seconds, 5),
    headers: { 'if-none-match': etag },
    setupClient: (client) => {
      client.on('response', (_status: number, _bytes: number, time: number) => times.push(time));
    },
  });
  times.sort((a, b) => a - b);
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    notModified: result['3xx'] ?? 0,
  };
}

/** Saves an assessment, then asks for the chart PNG at once: what a reader sees after an edit. */
export async function pngAfterEdit(base: string, slug: string, token: string, rounds = 10) {
  const samples: number[] = [];
  let slowest = { ms: -1, round: -1, cache: '' };
  for (let round = 0; round < rounds; round += 1) {
    const current = (await (await fetch(`${base}/api/commitments/${slug}`)).json()) as { version: number };
    const saved = await fetch(`${base}/api/commitments/${slug}/status`, {
      method: 'PATCH',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        status: round % 2 ? 'IN_PROGRESS' : 'AT_RISK',
        reason: `png bench ${crypto.randomBytes(3).toString('hex')}`,
        version: current.version,
      }),
    });
    if (!saved.ok) continue;
    const started = performance.now();
    const picture = await fetch(`${base}/api/charts/status-by-pillar.png`);
    await picture.arrayBuffer();
    const ms = performance.now() - started;
    samples.push(ms);
    // How the slowest one was answered (hit, stale, miss): what to look at when it is slow.
    if (ms > slowest.ms)
      slowest = { ms: Math.round(ms), round, cache: picture.headers.get('x-response-cache') ?? '' };
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  samples.sort((a, b) => a - b);
  return {
    p50: round(percentile(samples, 50)),
    p95: round(percentile(samples, 95)),
    rounds: samples.length,
    slowest,
  };
}

/** sharp (librsvg, used by the app) against @resvg/resvg-js on the app's own chart SVG. */
export async function rasterisers(base: string) {
  const svg = await (await fetch(`${base}/api/charts/status-by-pillar.svg?lang=vi`)).text();
  const { svgToPng, configureFonts } = await import('../../lib/export/svg-to-png');
  configureFonts();
  // The app's own setting (a palette PNG, about half the bytes of a full-colour one).
  const sharp = { ...(await timed(() => svgToPng(svg), 10)), bytes: (await svgToPng(svg)).length };
  let resvg: { p50: number; p95: number; bytes: number } | null = null;
  try {
    const { Resvg } = await import('@resvg/resvg-js');
    const fontDir = path.join(PROJECT_ROOT, 'node_modules', '@expo-google-fonts', 'noto-sans');
    const fontFiles = ['400Regular/NotoSans_400Regular.ttf', '700Bold/NotoSans_700Bold.ttf']
      .map((file) => path.join(fontDir, file))
      .filter((file) => fs.existsSync(file));
    const render = () =>
      new Resvg(svg, {
        fitTo: { mode: 'zoom', value: 2 },
        background: '#ffffff',
        font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'Noto Sans' },
      })
        .render()
        .asPng();
    resvg = { ...(await timed(async () => render(), 10)), bytes: render().length };
  } catch {
    // @resvg/resvg-js is a dev dependency: absent in a production install.
  }
  return { sharp, resvg };
}

function groupRssKiB(pgid: number): number {
  const ps = spawnSync('ps', ['-o', 'rss=', '-g', String(pgid)], { encoding: 'utf8' });
  return ps.stdout
    .split('\n')
    .map((line) => Number(line.trim()))
    .filter((value) => Number.isFinite(value))
    .reduce((sum, value) => sum + value, 0);
}

/** The full export file, streamed, while the server's memory is sampled every 20 ms. */
export async function fullExport(base: string, pgid: number, file: 'csv' | 'json') {
  const before = groupRssKiB(pgid);
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, groupRssKiB(pgid));
  }, 20);
  const started = performance.now();
  let rows = 0;
  let bytes = 0;
  try {
    const response = await fetch(`${base}/api/export/commitments.${file}`);
    for await (const chunk of response.body!) {
      bytes += chunk.length;
      if (file === 'csv') for (const byte of chunk as Uint8Array) if (byte === 10) rows += 1;
    }
  } finally {
    clearInterval(sampler);
  }
  return {
    seconds: round((performance.now() - started) / 1000),
    bytes,
    rows: file === 'csv' ? rows - 1 : null,
    rssBeforeMiB: Math.round(before / 1024),
    rssPeakMiB: Math.round(peak / 1024),
  };
}

/** Gzip size of each public route's first-load JavaScript, from the build's manifests. */
export function firstLoadJs(distDir = path.join(PROJECT_ROOT, process.env.NEXT_DIST_DIR ?? '.next')) {
  const build = JSON.parse(fs.readFileSync(path.join(distDir, 'build-manifest.json'), 'utf8')) as {
    rootMainFiles: string[];
  };
  const routes = [
    '[lang]',
    '[lang]/commitments',
    '[lang]/commitments/[slug]',
    '[lang]/agreements/[slug]',
    '[lang]/agreements/[slug]/pillars/[pillar]',
    '[lang]/sources',
    '[lang]/sources/[slug]',
    '[lang]/methodology',
    '[lang]/report',
    '[lang]/search',
  ];
  const gzip = (file: string) => {
    const full = path.join(distDir, file);
    return fs.existsSync(full) ? zlib.gzipSync(fs.readFileSync(full), { level: 9 }).length : 0;
  };
  const result: { route: string; gzipBytes: number; appChunks: number }[] = [];
  for (const route of routes) {
    const manifestFile = path.join(distDir, 'server', 'app', route, 'page_client-reference-manifest.js');
    if (!fs.existsSync(manifestFile)) continue;
    const sandbox = { globalThis: {} as Record<string, unknown> };
    vm.runInNewContext(fs.readFileSync(manifestFile, 'utf8'), sandbox);
    const manifests = (sandbox.globalThis.__RSC_MANIFEST ?? {}) as Record<
      string,
      { entryJSFiles?: Record<string, string[]> }
    >;
    const entry = Object.values(manifests)[0]?.entryJSFiles ?? {};
    // The route's own layouts, page and error boundaries: what the app adds to Next's runtime.
    const appFiles = Object.entries(entry)
      .filter(([key]) => key.startsWith('[project]/app/'))
      .flatMap(([, files]) => files);
    const files = new Set([...build.rootMainFiles, ...appFiles]);
    result.push({
      route: `/${route}`,
      gzipBytes: [...files].reduce((sum, file) => sum + gzip(file), 0),
      appChunks: new Set(appFiles).size,
    });
  }
  return result;
}
