// Sources uploaded as files: a PDF, a DOCX and an HTML page of the same text yield the same text
// as its TXT; the file is kept as sent with its sha256; files that cannot give text are refused
// with a reason and nothing is written.
process.env.NEXTAUTH_SECRET ??= 'integration-secret-not-for-production-0123456789';
import crypto from 'node:crypto';
import { beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('next/headers', async () => (await import('../support/next-request-mocks')).nextHeaders);
vi.mock('next/cache', async () => (await import('../support/next-request-mocks')).nextCache);

import { sessionJar as jar } from '../support/next-request-mocks';

import { createSourceAction } from '@/lib/actions/authoring';
import { db } from '@/lib/db';
import { makeUser, sessionTokenFor } from '../support/auth-fixtures';
import { makeDocx, makePdf } from '../support/documents';

const idle = { kind: 'idle' as const, attempt: 0 };
const PARAGRAPHS = [
  'Joint Statement on Green Growth',
  'The two sides agreed to establish a green growth dialogue.',
  'The UK will support offshore wind training (2026-2030).',
];
const TXT = `${PARAGRAPHS.join('\n')}\n`;

function upload(slug: string, file: File) {
  const form = new FormData();
  for (const [key, value] of Object.entries({
    slug,
    title: 'Green growth',
    publisher: 'Ministry',
    publishedOn: '',
    language: 'en',
    agreementId: '',
    text: '',
  })) {
    form.set(key, value);
  }
  form.set('file', file);
  return createSourceAction(idle, form);
}

beforeAll(async () => {
  jar.cookie = (await sessionTokenFor(db, await makeUser(db, { role: 'ADMIN' }))).token;
});

describe('uploading a source file', () => {
  it('TXT, PDF, DOCX and HTML of the same text give the same text; the file is kept with its sha256', async () => {
    const html = `<!doctype html><html><body><h1>${PARAGRAPHS[0]}</h1>${PARAGRAPHS.slice(1)
      .map((p) => `<p>${p}</p>`)
      .join('')}</body></html>`;
    const files: [string, Uint8Array, string][] = [
      ['statement.txt', new TextEncoder().encode(`\uFEFF${TXT}`), 'text/plain'],
      ['statement.pdf', makePdf(PARAGRAPHS), 'application/pdf'],
      [
        'statement.docx',
        await makeDocx(PARAGRAPHS),
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      ],
      ['statement.html', new TextEncoder().encode(html), 'text/html'],
    ];
    const texts: string[] = [];
    for (const [name, bytes, contentType] of files) {
      const slug = `upload-${name.replace('.', '-')}`;
      expect(await upload(slug, new File([new Uint8Array(bytes)], name)), name).toMatchObject({
        kind: 'ok',
        slug,
      });
      const source = await db.source.findUniqueOrThrow({ where: { slug } });
      texts.push(source.text);
      expect(source.originalFileName).toBe(name);
      expect(source.originalContentType).toBe(contentType);
      expect(Buffer.from(source.originalBytes!).equals(Buffer.from(bytes)), name).toBe(true);
      expect(source.originalSha256).toBe(crypto.createHash('sha256').update(bytes).digest('hex'));
    }
    expect(texts[0]).toBe(PARAGRAPHS.join('\n'));
    expect(new Set(texts).size).toBe(1);
    const audit = await db.auditEvent.findFirstOrThrow({ orderBy: { id: 'desc' } });
    expect(audit).toMatchObject({ action: 'source.create', outcome: 'OK' });
  });

  it.each([
    [
      'a Latin-1 text file',
      'old.txt',
      new Uint8Array([0x56, 0x69, 0xea, 0x74, 0x20, 0x4e, 0x61, 0x6d]),
      'encoding',
    ],
    ['a binary file', 'image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]), 'unsupported'],
    ['a damaged PDF', 'broken.pdf', new TextEncoder().encode('%PDF-1.4\nnot really a pdf'), 'unreadable'],
    ['a DOCX with no text', 'empty.docx', null, 'empty'],
  ])('refuses %s and writes nothing', async (_name, fileName, bytes, error) => {
    const content = bytes ?? (await makeDocx([]));
    const count = await db.source.count();
    const state = await upload(`refused-${error}`, new File([new Uint8Array(content)], fileName));
    expect(state).toMatchObject({ kind: 'invalid', errors: { file: `authoring.errors.file.${error}` } });
    expect(await db.source.count()).toBe(count);
  });
});
