// The briefing's PDF, generated on the server: a real PDF whose first page leads with the same
// summary sentence as the page, in Vietnamese too; a snapshot's PDF is the same bytes every time.
import { vi } from 'vitest';

vi.mock('next/headers', () => ({
  headers: async () => {
    throw new Error('outside a request');
  },
}));
import { NextRequest } from 'next/server';
import { extractText, getDocumentProxy } from 'unpdf';
import { beforeAll, describe, expect, it } from 'vitest';
import { GET as briefingPdf } from '@/app/api/export/briefing.pdf/route';
import type { Actor } from '@/lib/auth';
import { db } from '@/lib/db';
import { readBriefing, briefingSentence } from '@/lib/queries/briefing';
import { createSnapshot } from '@/lib/snapshots/create';
import { parseCommitmentFilters } from '@/lib/validation/commitment-filters';
import { makeUser } from '../support/auth-fixtures';

let admin: Actor;

beforeAll(async () => {
  const boss = await makeUser(db, { role: 'ADMIN' });
  admin = { kind: 'user', user: { id: boss.id, email: boss.email, name: boss.name, role: boss.role } };
});

const request = (path: string) => new NextRequest(`http://localhost${path}`);

async function pages(bytes: Uint8Array): Promise<string[]> {
  const document = await getDocumentProxy(new Uint8Array(bytes));
  const { text } = await extractText(document, { mergePages: false });
  return (text as string[]).map((page) => page.replace(/\s+/g, ' '));
}

describe('the briefing PDF', () => {
  it('leads its first page with the summary sentence, in either language', async () => {
    for (const lang of ['en', 'vi'] as const) {
      const response = await briefingPdf(request(`/api/export/briefing.pdf?since=2025-06-01&lang=${lang}`));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe('%PDF-');
      const filters = parseCommitmentFilters({}, lang).filters;
      const sentence = briefingSentence(await readBriefing(filters, { asOf: '2025-06-01' }), lang);
      expect(sentence).toMatch(lang === 'en' ? /^Since 0?1 Jun 2025, \d+ of \d+ commitments/ : /^Kể từ ngày/);
      const text = await pages(bytes);
      expect(text[0]).toContain(sentence);
    }
  });

  it('refuses a bad since with 400 naming it', async () => {
    const response = await briefingPdf(request('/api/export/briefing.pdf?since=2026-13-01'));
    expect(response.status).toBe(400);
    expect(((await response.json()) as { details: { param: string }[] }).details[0]!.param).toBe('since');
  });

  it('is the same bytes for a snapshot whenever it is made', async () => {
    const created = await createSnapshot.run({ name: 'PDF base' }, { actor: admin, ip: null, via: 'api' });
    const slug = created.kind === 'ok' ? created.value.slug : '';
    const first = Buffer.from(
      await (await briefingPdf(request(`/api/export/briefing.pdf?snapshot=${slug}`))).arrayBuffer(),
    );
    // A later write (a new data version) makes the server build the file again.
    await createSnapshot.run({ name: 'Another' }, { actor: admin, ip: null, via: 'api' });
    const second = Buffer.from(
      await (await briefingPdf(request(`/api/export/briefing.pdf?snapshot=${slug}`))).arrayBuffer(),
    );
    expect(second.equals(first)).toBe(true);
  });
});
