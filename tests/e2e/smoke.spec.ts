import { expect, test } from '@playwright/test';

test('the home page shows the seeded commitments', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/(en|vi)$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: /English as the second language/ }).first()).toBeVisible();
  await expect(page.getByRole('link', { name: /double/i }).first()).toBeVisible();
});
