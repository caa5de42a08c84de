// Runs after the dashboard spec on purpose: that one expects the seeded history on the overview.
// Whose verdict, as of when, on what evidence: an editor records the UK government's own verdict
// with an uploaded PDF; a visitor on a phone sees both verdicts and the disagreement mark, in both
// languages, and the page never scrolls sideways.
import crypto from 'node:crypto';
import { expect, test } from '@playwright/test';
import { hashPassword } from '../../lib/auth/password';
import { createPrismaClient } from '../../lib/prisma-client';

const SLUG = 'uk-support-net-zero-2050';
const PASSWORD = 'amber-cobalt-riverbank-19';
const db = createPrismaClient(process.env.E2E_DATABASE_URL ?? '');

/** A small but real PDF (the server checks the bytes, not the name). */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

test.afterAll(async () => {
  await db.$disconnect();
});

test('an editor records a UK verdict with a PDF; a phone visitor sees both verdicts and the disagreement', async ({
  browser,
}) => {
  const commitment = await db.commitment.findUniqueOrThrow({
    where: { slug: SLUG },
    select: { status: true },
  });
  const ukStatus = commitment.status === 'ACHIEVED' ? 'At risk' : 'Achieved';
  const email = `uk-verdict-${crypto.randomBytes(3).toString('hex')}@example.org`;
  await db.user.create({
    data: { email, name: 'Hoa Le', role: 'EDITOR', passwordHash: await hashPassword(PASSWORD) },
  });

  const editor = await (await browser.newContext()).newPage();
  await editor.goto(`/en/login?callbackUrl=${encodeURIComponent(`/en/commitments/${SLUG}`)}`);
  await editor.getByLabel('Email').fill(email);
  await editor.getByLabel('Password').fill(PASSWORD);
  await editor.getByRole('button', { name: 'Sign in' }).click();
  await expect(editor.getByRole('heading', { name: 'Update status' })).toBeVisible();

  const form = editor.getByTestId('status-editor');
  await form.getByLabel('Whose verdict').selectOption('UK');
  await form.getByLabel('Assessing body (optional)').fill('Department for Energy Security and Net Zero');
  await form.getByLabel('As of').fill('2026-03-31');
  await form.getByLabel('Status').selectOption({ label: ukStatus });
  await form.getByLabel('Reason').fill('The UK’s own progress report says so.');
  const row = form.getByTestId('evidence-row').first();
  await row.getByLabel('File (PDF, PNG, JPEG, DOCX or TXT, at most 10 MB)').setInputFiles({
    name: 'uk-progress-report.pdf',
    mimeType: 'application/pdf',
    buffer: PDF,
  });
  await expect(row.getByTestId('evidence-upload')).toContainText('Stored: uk-progress-report.pdf');
  await row.getByLabel('Publisher').fill('UK Government');
  await form.getByRole('button', { name: 'Save update' }).click();
  await expect(editor.getByTestId('status-editor-message')).toContainText('Saved.');

  // A visitor on a phone, in each language.
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const visitor = await phone.newPage();
  for (const [lang, contested, uk, independentOrJoint] of [
    ['en', 'The sides disagree', 'UK Government', /Joint \(both parties\)|Independent/],
    ['vi', 'Các bên không thống nhất', 'Chính phủ Vương quốc Anh', /Chung \(cả hai bên\)|Độc lập/],
  ] as const) {
    await visitor.goto(`/${lang}/commitments/${SLUG}`);
    const verdicts = visitor.getByTestId('verdicts');
    await expect(verdicts.getByTestId('contested-mark')).toContainText(contested);
    await expect(verdicts.locator('[data-assessor="UK"]')).toContainText(uk);
    await expect(verdicts.locator('[data-assessor="UK"]')).toContainText(
      'Department for Energy Security and Net Zero',
    );
    await expect(verdicts).toContainText(independentOrJoint);
    const width = await visitor.evaluate(() => document.scrollingElement!.scrollWidth);
    expect(width, `${lang} page width`).toBeLessThanOrEqual(390);
  }

  // The stored file downloads byte for byte.
  const link = visitor.getByTestId('verdicts').locator('[data-assessor="UK"]').getByTestId('evidence-file');
  const href = await link.getAttribute('href');
  const download = await visitor.request.get(href!);
  expect(download.status()).toBe(200);
  expect(download.headers()['content-disposition']).toContain('attachment');
  const sha = (bytes: Buffer) => crypto.createHash('sha256').update(bytes).digest('hex');
  expect(sha(await download.body())).toBe(sha(PDF));
});
