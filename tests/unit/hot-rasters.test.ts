// Chart pictures being read are drawn again as soon as the process sees an edit, before the next
// reader asks: that reader gets the new picture at once instead of the old one or a wait. Pages
// are not rendered ahead (the response cache renders them on demand). A real HTTP server stands in
// for the app's own render (the response cache fetches it over loopback).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  cachedResponse,
  clearResponseCache,
  FILL_HEADER,
  refreshHotRasters,
  type CachedResponse,
} from '@/lib/http/response-cache';

/** Every render the cache asked for: path and the version it asked to render at. */
const renders: { path: string; version: number }[] = [];
let server: http.Server;
let reader: http.IncomingMessage;

beforeAll(async () => {
  server = http.createServer((request, response) => {
    const version = Number(String(request.headers[FILL_HEADER]).split(' ')[1]);
    renders.push({ path: request.url ?? '', version });
    const png = (request.url ?? '').includes('.png');
    response.writeHead(200, { 'Content-Type': png ? 'image/png' : 'text/html' });
    response.end(`${request.url} drawn at version ${version}`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  // The cache renders through the server the reader's request came in on.
  reader = { socket: { localAddress: '127.0.0.1', localPort: port } } as unknown as http.IncomingMessage;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

beforeEach(() => {
  clearResponseCache();
  renders.length = 0;
});

const bodyOf = (fill: unknown) => (fill as CachedResponse).body.toString();

describe('chart pictures drawn ahead of readers', () => {
  it('draws a picture being read at the new version as soon as an edit is seen', async () => {
    const chart = '/api/charts/status-by-pillar.png?lang=vi';
    expect(bodyOf((await cachedResponse(reader, chart, 10)).value)).toContain('version 10');

    await refreshHotRasters(11);
    expect(renders.at(-1)).toEqual({ path: chart, version: 11 });

    // The next reader gets the new picture, with no render of its own.
    const rendersBefore = renders.length;
    const next = await cachedResponse(reader, chart, 11);
    expect(next.version).toBe(11);
    expect(bodyOf(next.value)).toContain('version 11');
    expect(renders.length).toBe(rendersBefore);
  });

  it('draws each picture once per version, at the newest version seen', async () => {
    const charts = ['/api/charts/status-by-pillar.png', '/api/charts/status-by-agreement.png?lang=vi'];
    for (const chart of charts) await cachedResponse(reader, chart, 20);
    renders.length = 0;

    const first = refreshHotRasters(21);
    // Edits seen while a round runs: the next round draws the newest only.
    void refreshHotRasters(22);
    void refreshHotRasters(23);
    await first;
    await refreshHotRasters(23);
    expect(renders.filter((render) => render.version === 22)).toEqual([]);
    expect(
      renders
        .filter((render) => render.version === 23)
        .map((render) => render.path)
        .sort(),
    ).toEqual([...charts].sort());
    expect(renders.length).toBeLessThanOrEqual(charts.length * 2);
  });

  it('keeps drawing a picture last asked for on a connection that had closed by then', async () => {
    // autocannon (or a reader's browser) closing its sockets: they no longer know their address.
    const closed = { socket: {} } as unknown as http.IncomingMessage;
    const chart = '/api/charts/status-by-agreement.png';
    await cachedResponse(reader, '/en', 40);
    expect(bodyOf((await cachedResponse(closed, chart, 40)).value)).toContain('version 40');
    await refreshHotRasters(41);
    expect(renders.at(-1)).toEqual({ path: chart, version: 41 });
  });

  it('leaves pages and pictures nobody has read to be rendered on demand', async () => {
    await cachedResponse(reader, '/en', 30);
    await cachedResponse(reader, '/api/charts/status-by-pillar.svg', 30);
    renders.length = 0;
    await refreshHotRasters(31);
    expect(renders).toEqual([]);
  });
});
