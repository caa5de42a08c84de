import crypto from 'node:crypto';
import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import { hashPassword } from '../../lib/auth/password';
import { createPrismaClient } from '../../lib/prisma-client';

const SLUG = 'english-second-language-2035';
const PASSWORD = 'amber-cobalt-riverbank-19';
const db = createPrismaClient(process.env.E2E_DATABASE_URL ?? '');

test.afterAll(async () => {
  await db.$disconnect();
});

test.describe('language', () => {
  test('a first visit follows Accept-Language, and the choice then sticks', async ({ browser }) => {
    const context = await browser.newContext({
      locale: 'vi-VN',
      extraHTTPHeaders: { 'Accept-Language': 'vi-VN,vi;q=0.9' },
    });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(/\/vi$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tình hình thực hiện các cam kết');

    // Switching to English is remembered even on addresses without a language.
    await page.getByTestId('language-switch').click();
    await expect(page).toHaveURL(/\/en$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.goto('/commitments');
    await expect(page).toHaveURL(/\/en\/commitments/);
    await context.close();
  });

  test('a shared /vi link opens in Vietnamese whatever the browser prefers', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto('/vi/commitments/english-second-language-2035');
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    await expect(page.getByRole('link', { name: 'Tổng quan' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('tiếng Anh');
    await context.close();
  });

  test('the language switch keeps the page and its filters', async ({ page }) => {
    await page.goto('/en/commitments?status=in-progress');
    await page.getByTestId('language-switch').click();
    await expect(page).toHaveURL(/\/vi\/commitments\?status=in-progress$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  });
});

test.describe('Vietnamese everywhere', () => {
  test('switching to Vietnamese translates the overview, a commitment page, the editor form and its errors', async ({
    page,
  }) => {
    const email = `lan-${crypto.randomBytes(3).toString('hex')}@example.org`;
    await db.user.create({
      data: { email, name: 'Lan Pham', role: 'EDITOR', passwordHash: await hashPassword(PASSWORD) },
    });

    // Overview, in English, then switched.
    await page.goto('/en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Where the commitments stand');
    await page.getByTestId('language-switch').click();
    await expect(page).toHaveURL(/\/vi$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tình hình thực hiện các cam kết');
    await expect(page.getByRole('heading', { name: 'Trạng thái các cam kết theo trụ cột' })).toBeVisible();
    await expect(page.getByTestId('download-status-by-pillar')).toContainText('Tải xuống');
    await expect(page.getByTestId('export-links')).toContainText('CSV (bảng tính)');
    // Dates in Vietnamese form (dd/mm/yyyy), never English month names.
    await expect(page.getByTestId('status-summary')).toContainText(/\d{2}\/\d{2}\/\d{4}/);
    await expect(page.locator('main')).not.toContainText(
      /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) 20\d\d/,
    );

    // Sign in (the login page follows the language), land on the commitment page in Vietnamese.
    await page.goto(`/vi/login?callbackUrl=${encodeURIComponent(`/vi/commitments/${SLUG}`)}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Mật khẩu').fill(PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(page).toHaveURL(new RegExp(`/vi/commitments/${SLUG}$`));
    await expect(page.getByRole('heading', { level: 1 })).toContainText('tiếng Anh');
    await expect(page.getByRole('heading', { level: 2, name: /^Lịch sử/ })).toBeVisible();

    // The editor form and a validation error, in Vietnamese.
    const editor = page.getByTestId('status-editor');
    await expect(editor.getByRole('heading', { name: 'Cập nhật trạng thái' })).toBeVisible();
    await expect(editor.getByLabel('Lý do')).toBeVisible();
    await editor.getByLabel('Lý do').fill('   ');
    await editor.getByRole('button', { name: 'Lưu cập nhật' }).click();
    await expect(page.getByTestId('status-editor-message')).toHaveText(
      'Chưa lưu gì. Vui lòng sửa các trường được đánh dấu bên dưới.',
    );
    await expect(editor).toContainText('Hãy nêu lý do của thay đổi.');
    await expect(editor).not.toContainText('Give a reason');
  });

  test('a Vietnamese PNG chart carries the Vietnamese title and draws its glyphs', async ({ request }) => {
    const svgResponse = await request.get('/api/charts/status-by-pillar.svg?lang=vi');
    expect(svgResponse.status()).toBe(200);
    const svg = await svgResponse.text();
    const title = 'Trạng thái các cam kết theo trụ cột';
    expect(svg).toContain(`>${title}</text>`);
    expect(svg).toContain('xml:lang="vi"');

    const png = await request.get('/api/charts/status-by-pillar.png?lang=vi');
    expect(png.status()).toBe(200);
    expect(png.headers()['content-type']).toBe('image/png');
    const { width = 0 } = await sharp(await png.body()).metadata();
    expect(width).toBe(1920);

    // Missing glyphs are drawn as boxes (.notdef) or in another font. Draw the title line alone
    // through the app's renderer with the bundled family named explicitly, and compare the served
    // PNG's title area with it pixel by pixel; as a control, the same title with its Vietnamese
    // letters replaced by boxes must differ clearly, so the comparison can see missing glyphs.
    const titleTag = /<text[^>]*>Trạng thái các cam kết theo trụ cột<\/text>/.exec(svg)![0];
    expect(titleTag).toContain('y="40"');
    const cropHeight = 50; // the title's descenders end above the filter line (y=66, 13px)
    const lineOnly = (text: string) =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="960" height="${cropHeight}" font-family="Noto Sans"><rect width="100%" height="100%" fill="#fff"/>${titleTag.replace(title, text)}</svg>`;
    const grey = async (input: Buffer) => sharp(input).greyscale().raw().toBuffer();
    const served = await sharp(await png.body())
      .extract({ left: 0, top: 0, width: 1920, height: cropHeight * 2 })
      .greyscale()
      .raw()
      .toBuffer();
    const { svgToPng } = await import('../../lib/export/svg-to-png');
    const expected = await grey(await svgToPng(lineOnly(title)));
    const boxed = await grey(await svgToPng(lineOnly(title.replace(/[^\x00-\x7f]/g, '\u25a1'))));
    const difference = (a: Buffer, b: Buffer) => {
      expect(a.length).toBe(b.length);
      let sum = 0;
      for (let index = 0; index < a.length; index += 1) sum += Math.abs(a[index]! - b[index]!);
      return sum / a.length;
    };
    const good = difference(served, expected);
    const bad = difference(served, boxed);
    expect(good).toBeLessThan(0.5);
    expect(bad).toBeGreaterThan(Math.max(2, good * 10));
  });
});
