// Embeds (/embed/…): minimal HTML without script that any site may frame, in both languages, with
// attribution, a link back and the as-of date; every other page still refuses to be framed. A page
// on another origin (a tiny local server) shows an embedded chart.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';

const SLUG = 'english-second-language-2035';
// A commitment with a progress series, so its page has the progress chart's menus.
const WITH_PROGRESS = 'mou-combating-international-fraud';
const BASE = process.env.E2E_BASE_URL ?? 'http://localhost:3100';
const OTHER_PORT = Number(process.env.E2E_PORT ?? 3100) + 11;

test('embed routes may be framed by any site; other pages and files may not', async ({ request }) => {
  for (const path of [
    '/embed/en/charts/status-by-pillar',
    '/embed/vi/charts/deadlines?agreement=vn-uk-csp',
    `/embed/en/charts/progress?commitment=${SLUG}`,
    `/embed/vi/commitments/${SLUG}`,
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const headers = response.headers();
    expect(headers['content-security-policy'], path).toContain('frame-ancestors *');
    expect(headers['x-frame-options'], path).toBeUndefined();
    // Cacheable like public pages (lib/http/public-http-cache.ts).
    expect(headers['cache-control'], path).toMatch(/^public, max-age=0, s-maxage=/);
    expect(headers['etag'], path).toBeTruthy();
    expect(headers['set-cookie'], path).toBeUndefined();
    const html = await response.text();
    expect(html, path).not.toMatch(/<script/i);
    expect(html, path).toMatch(/target="_blank" rel="noopener">(Source|Nguồn): /);
    expect(html, path).toMatch(
      / · (As of [^<]+ · data v\d+|Số liệu tính đến [^<]+ · phiên bản dữ liệu \d+)</,
    );
  }
  for (const path of ['/en', `/en/commitments/${SLUG}`, '/en/login', '/api/charts/status-by-pillar.svg']) {
    const headers = (await request.get(path)).headers();
    expect(headers['x-frame-options'], path).toBe('DENY');
    expect(headers['content-security-policy'] ?? '', path).not.toContain('frame-ancestors *');
  }
  expect((await request.get('/en')).headers()['content-security-policy']).toContain("frame-ancestors 'none'");
});

test('embeds speak the language of their path and refuse bad input with a 4xx page', async ({ request }) => {
  const vi = await (await request.get(`/embed/vi/commitments/${SLUG}`)).text();
  expect(vi).toContain('<html lang="vi"');
  expect(vi).toContain('Nguồn: Theo dõi Cam kết');
  const en = await (await request.get('/embed/en/charts/status-by-agreement?lang=vi')).text();
  expect(en).toContain('<html lang="en"');
  expect(en).toContain('Status of commitments by agreement');
  for (const [path, status] of [
    ['/embed/en/charts/no-such-chart', 404],
    ['/embed/xx/charts/status-by-pillar', 404],
    ['/embed/en/charts/status-by-pillar?status=finished', 400],
    ['/embed/en/charts/progress', 400],
    ['/embed/en/commitments/no-such-commitment', 404],
    ['/embed/en/commitments/%3Cscript%3E', 404],
  ] as const) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(status);
    expect(response.headers()['content-type'], path).toContain('text/html');
    expect(await response.text(), path).not.toContain('<script>');
  }
});

test('a page on another origin shows the embedded chart; a normal page stays blank there', async ({
  page,
}) => {
  const host = http.createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><html lang="en"><head><title>Partner report</title></head><body>
<h1>Partner report</h1>
<iframe id="chart" src="${BASE}/embed/en/charts/status-by-pillar" title="Chart" width="960" height="640"></iframe>
<iframe id="page" src="${BASE}/en" title="Overview" width="400" height="300"></iframe>
</body></html>`);
  });
  await new Promise<void>((resolve) => host.listen(OTHER_PORT, '127.0.0.1', resolve));
  try {
    const origin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
    await page.goto(origin);
    const chart = page.frameLocator('#chart');
    await expect(chart.getByRole('heading', { name: 'Status of commitments by pillar' })).toBeVisible();
    const image = chart.getByRole('img', { name: 'Status of commitments by pillar' });
    await expect(image).toBeVisible();
    await expect
      .poll(() => image.evaluate((element: HTMLImageElement) => element.naturalWidth))
      .toBeGreaterThan(0);
    await expect(chart.getByRole('link', { name: /Source: Commitment Tracker/ })).toHaveAttribute(
      'href',
      '/en',
    );
    // The overview refuses to be framed: its frame never shows the page.
    const others = page
      .frames()
      .filter((frame) => frame !== page.mainFrame() && !frame.url().includes('/embed/'));
    expect(others).toHaveLength(1);
    expect(await others[0]!.locator('.site-header').count()).toBe(0);
  } finally {
    await new Promise((resolve) => host.close(resolve));
  }
});

test('each Download menu has an Embed menu beside it whose code works without JavaScript', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/en/commitments/${WITH_PROGRESS}`);
  const menu = page.getByTestId('embed-progress');
  await menu.locator('summary').click();
  const iframe = menu.locator('textarea[data-snippet="iframe"]');
  await expect(iframe).toBeVisible();
  expect(await iframe.inputValue()).toMatch(
    new RegExp(
      `^<iframe src="http[^"]+/embed/en/charts/progress\\?commitment=${WITH_PROGRESS}" title="[^"]+"`,
    ),
  );
  expect(await menu.locator('textarea[data-snippet="img"]').inputValue()).toMatch(
    new RegExp(`<img src="http[^"]+/api/charts/progress\\.png\\?[^"]*commitment=${WITH_PROGRESS}`),
  );
  expect(await menu.locator('textarea[data-snippet="card"]').inputValue()).toContain(
    `/embed/en/commitments/${WITH_PROGRESS}`,
  );
  await context.close();

  const overview = await browser.newPage();
  await overview.goto('/vi');
  for (const chart of ['status-by-agreement', 'status-by-pillar', 'deadlines']) {
    await expect(overview.getByTestId(`embed-${chart}`).locator('summary')).toHaveText('Nhúng');
  }
  await overview.close();
});

test('with JavaScript, Copy puts the snippet beside it on the clipboard', async ({ browser, baseURL }) => {
  const context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL ?? BASE });
  const page = await context.newPage();
  await page.goto('/en');
  const menu = page.getByTestId('embed-status-by-pillar');
  await menu.locator('summary').click();
  // Each text area is named by the label that holds it.
  const image = menu.getByRole('textbox', { name: 'PNG image (<img>)' });
  await expect(image).toHaveAttribute('data-snippet', 'img');
  const copy = menu.getByRole('button', { name: 'Copy' }).nth(1);
  await copy.click();
  await expect(menu.getByRole('button', { name: 'Copied' })).toHaveCount(1);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await image.inputValue());
  await context.close();
});
