// Exported files link to commitment pages with absolute URLs. Those must come from the configured
// public URL only: the CSV is cached for everyone, so one request with forged X-Forwarded-Host /
// -Proto headers used to put "javascript://evil.example/…" links into every later download.
import { vi } from 'vitest';

vi.mock('next/headers', () => ({
  headers: async () => {
    throw new Error('outside a request');
  },
}));
import { NextRequest } from 'next/server';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { GET as csvExport } from '@/app/api/export/commitments.csv/route';
import { GET as jsonExport } from '@/app/api/export/commitments.json/route';

const PUBLIC_URL = 'https://tracker.example.org';
const FORGED = {
  host: 'evil.example',
  'x-forwarded-host': 'evil.example',
  'x-forwarded-proto': 'javascript',
};

beforeAll(() => {
  // Read by lib/env.ts on first use, which comes after this.
  process.env.NEXTAUTH_URL = `${PUBLIC_URL}/`;
});

const forgedRequest = (path: string) => new NextRequest(`http://evil.example${path}`, { headers: FORGED });

describe('export links', () => {
  it('JSON export links use the configured public URL, whatever the request headers say', async () => {
    const response = await jsonExport(forgedRequest('/api/export/commitments.json?agreement=vn-uk-csp'));
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).not.toContain('evil.example');
    const body = JSON.parse(text) as { commitments: { url: string }[] };
    expect(body.commitments.length).toBeGreaterThan(0);
    for (const row of body.commitments)
      expect(row.url).toMatch(/^https:\/\/tracker\.example\.org\/en\/commitments\//);
  });

  it('a cached CSV built after a forged request still links to the public URL', async () => {
    const path = '/api/export/commitments.csv?agreement=vn-uk-csp&lang=vi';
    const first = await csvExport(forgedRequest(path));
    const second = await csvExport(new NextRequest(`${PUBLIC_URL}${path}`));
    for (const response of [first, second]) {
      expect(response.status).toBe(200);
      const bytes = Buffer.from(await response.arrayBuffer());
      expect(bytes.toString('utf8')).not.toContain('evil.example');
      const records = parse(bytes, { bom: true, columns: true }) as Record<string, string>[];
      const urls = records.flatMap((record) =>
        Object.values(record).filter((value) => value.includes('://')),
      );
      expect(urls.length).toBeGreaterThan(0);
      for (const url of urls) expect(url).toMatch(/^https:\/\/tracker\.example\.org\/vi\/commitments\//);
    }
  });
});
