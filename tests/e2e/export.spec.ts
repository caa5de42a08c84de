import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

async function download(page: Page, chart: string, format: 'png' | 'svg' | 'csv') {
  const menu = page.getByTestId(`download-${chart}`);
  // A <details> menu: open it unless a previous download left it open.
  if (!(await menu.evaluate((element) => (element as HTMLDetailsElement).open))) {
    await menu.locator('summary').click();
  }
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    menu.locator(`a[data-format="${format}"]`).click(),
  ]);
  const filePath = await file.path();
  return { name: file.suggestedFilename(), bytes: fs.readFileSync(filePath) };
}

test('Download → PNG / SVG / CSV on a chart saves a non-empty file of that type', async ({ page }) => {
  await page.goto('/en/report?agreement=vn-uk-csp');
  await expect(page.getByRole('heading', { level: 1, name: 'Commitments report' })).toBeVisible();

  const png = await download(page, 'status-by-pillar', 'png');
  expect(png.name).toMatch(/^status-by-pillar_vn-uk-csp_\d{4}-\d{2}-\d{2}\.png$/);
  expect(png.bytes.length).toBeGreaterThan(10_000);
  expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

  const svg = await download(page, 'status-by-pillar', 'svg');
  expect(svg.name).toMatch(/\.svg$/);
  const svgText = svg.bytes.toString('utf8');
  // The browser's own XML parser accepts it, and it carries title, source and as-of stamp.
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      error: doc.getElementsByTagName('parsererror').length,
      root: doc.documentElement.nodeName,
      texts: [...doc.querySelectorAll('text')].map((node) => node.textContent ?? ''),
    };
  }, svgText);
  expect(parsed.error).toBe(0);
  expect(parsed.root).toBe('svg');
  expect(parsed.texts).toContain('Status of commitments by pillar');
  expect(parsed.texts.some((text) => text.startsWith('Source: Commitment Tracker — Viet Nam–UK'))).toBe(true);
  expect(parsed.texts.some((text) => /^As of .* · data v\d+ · figures #[0-9a-f]{12}$/.test(text))).toBe(true);

  const csv = await download(page, 'status-by-pillar', 'csv');
  expect(csv.name).toMatch(/\.csv$/);
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(csv.bytes.toString('utf8')).toContain('Agreement,Pillar,Not started');
});

test('the Export links download the current view as CSV with Vietnamese intact', async ({ page }) => {
  await page.goto('/vi/report?agreement=vn-uk-csp');
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-links').locator('a[data-format="csv"]').click(),
  ]);
  const text = fs.readFileSync(await file.path(), 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  expect(text).toContain('Tuyên bố chung về quan hệ Đối tác Chiến lược Toàn diện');
});

test('/report prints to an A4 PDF without navigation', async ({ page }) => {
  await page.goto('/en/report?since=2025-01-01');
  await expect(page.getByTestId('report-stamp')).toContainText(/data version \d+/);
  // Overall charts, then each agreement's status by pillar and status over time.
  expect(await page.locator('figure[data-chart] svg').count()).toBeGreaterThanOrEqual(4);
  const sentence = (await page.getByTestId('summary-sentence').textContent()) ?? '';
  expect(sentence).toMatch(
    /^Since 0?1 Jan 2025, \d+ of \d+ commitments moved to achieved; .* within 90 days\.$/,
  );
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.getByTestId('download-status-by-pillar').first()).toBeHidden();
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(20_000);
  // A4 is 595 × 842 points (Chromium rounds its inches up by under a point).
  const { extractText, getDocumentProxy } = await import('unpdf');
  const printed = await getDocumentProxy(new Uint8Array(pdf));
  const [, , pageWidth, pageHeight] = (await printed.getPage(1)).view;
  expect(Math.abs(pageWidth! - 595)).toBeLessThan(2);
  expect(Math.abs(pageHeight! - 842)).toBeLessThan(2);

  // The PDF download: the same briefing, generated on the server; its first page leads with the sentence.
  await page.emulateMedia({ media: 'screen' });
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('briefing-pdf').click()]);
  const bytes = fs.readFileSync(await file.path());
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  const document = await getDocumentProxy(new Uint8Array(bytes));
  const { text } = await extractText(document, { mergePages: false });
  expect((text as string[])[0]!.replace(/\s+/g, ' ')).toContain(sentence);
});
