// The tracker at a past date and in a snapshot, as a reader and an admin use it — without
// JavaScript, as the forms must work that way too.
import { expect, test } from '@playwright/test';
import { createPrismaClient } from '../../lib/prisma-client';

const db = createPrismaClient(process.env.E2E_DATABASE_URL ?? '');

test.afterAll(async () => {
  await db.$disconnect();
});

test('the date picker shows the overview at a past date, with a banner and links that stay there', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en');
  await page.getByLabel('View the tracker on a past date').fill('2026-03-31');
  await page.getByTestId('as-of-form').getByRole('button', { name: 'Show' }).click();
  await expect(page).toHaveURL(/\/en\?asOf=2026-03-31$/);
  const banner = page.getByTestId('past-banner');
  await expect(banner).toContainText('Viewing 31 Mar 2026');
  await expect(banner.getByRole('link', { name: 'back to today' })).toHaveAttribute('href', '/en');
  // A link inside the page keeps the date.
  const agreementLink = page.locator('.agreement-card a').first();
  await expect(agreementLink).toHaveAttribute('href', /asOf=2026-03-31/);
  await page.goto('/vi/commitments?asOf=2026-03-31');
  await expect(page.getByTestId('past-banner')).toContainText('quay về hôm nay');
  await context.close();
});

test('a bad date is a plain message, and an unknown snapshot is not found', async ({ page }) => {
  const bad = await page.goto('/en?asOf=2026-02-30');
  expect(bad?.status()).toBe(200);
  await expect(page.getByTestId('time-errors')).toContainText('asOf');
  await expect(page.getByTestId('past-banner')).toHaveCount(0);
  const future = await page.goto('/vi/agreements/vn-uk-csp?asOf=2999-01-01');
  expect(future?.status()).toBe(200);
  await expect(page.getByTestId('time-errors')).toContainText('không được sau ngày hôm nay');
  const missing = await page.goto('/en?snapshot=no-such-snapshot');
  expect(missing?.status()).toBe(404);
});

test('an admin takes a snapshot; readers find it and see the tracker as recorded then', async ({
  browser,
}) => {
  const email = `snapshot-admin-${Date.now()}@example.org`;
  const password = 'amber-cobalt-riverbank-19';
  const { hashPassword } = await import('../../lib/auth/password');
  await db.user.create({
    data: { email, name: 'Snapshot Admin', role: 'ADMIN', passwordHash: await hashPassword(password) },
  });
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/en/login?callbackUrl=${encodeURIComponent('/en/admin/snapshots')}`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/en\/admin\/snapshots/);
  const name = `Briefing ${Date.now()}`;
  await page.getByLabel('Name').fill(name);
  await page.getByRole('button', { name: 'Take snapshot' }).click();
  await expect(page.getByTestId('snapshot-created')).toBeVisible();
  await context.close();

  const reader = await browser.newPage();
  await reader.goto('/en/snapshots');
  await reader.getByRole('link', { name }).click();
  await expect(reader.getByTestId('past-banner')).toContainText(`Viewing the snapshot “${name}”`);
  await reader.close();
});
