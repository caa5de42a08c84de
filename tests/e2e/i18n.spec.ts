import { expect, test } from '@playwright/test';

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
