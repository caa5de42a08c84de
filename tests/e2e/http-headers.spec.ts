// Headers at the edges of the app: what a client may not set, and what a response must keep.
import { expect, test } from '@playwright/test';

test('client-sent internal headers never reach a page, also on paths with a dot that skip proxy.ts', async ({
  request,
}) => {
  const forged = {
    'x-request-path': '/FORGED-PATH-MARKER',
    'x-commitment-tracker-data-version': '987654321',
  };
  // A dotted path skips proxy.ts (its matcher) but still renders the [lang] layout, whose
  // language switch is built from x-request-path.
  for (const path of ['/en/commitments/some.thing', '/en/no-such.page', '/en']) {
    const response = await request.get(path, { headers: forged });
    expect(response.status(), path).toBeLessThan(500);
    const html = await response.text();
    expect(html, path).toContain('<html');
    expect(html, path).not.toContain('FORGED-PATH-MARKER');
  }
});

test('chart files keep their own strict Content-Security-Policy; pages keep the site-wide one', async ({
  request,
}) => {
  for (const file of ['status-by-pillar.svg', 'status-by-pillar.png', 'status-by-pillar.csv']) {
    const response = await request.get(`/api/charts/${file}`);
    expect(response.status(), file).toBe(200);
    expect(response.headers()['content-security-policy'], file).toBe(
      "default-src 'none'; style-src 'unsafe-inline'",
    );
    expect(response.headers()['x-frame-options'], file).toBe('DENY');
  }
  const page = await request.get('/en');
  expect(page.headers()['content-security-policy']).toMatch(/^default-src 'self'; script-src 'self'/);
});

test('malformed addresses and unsupported methods get a plain 4xx, in the reader’s language', async ({
  request,
}) => {
  for (const path of ['/en/commitments/%ff%fe', '/en/%c0%af', '/_next/%ff', '/en/chart.%ff']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(400);
    expect(await response.text(), path).toMatch(/invalid percent-encoding/);
  }
  const vi = await request.get('/vi/%ff');
  expect(await vi.text()).toMatch(/mã hoá phần trăm sai/);
  const api = await request.get('/api/commitments/%ff');
  expect(api.status()).toBe(400);
  expect(await api.json()).toEqual({ error: expect.any(String) });
  const trace = await request.fetch('/en', { method: 'TRACE' });
  expect(trace.status()).toBe(405);
  expect(trace.headers()['allow']).toContain('GET');
});
