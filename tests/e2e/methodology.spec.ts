// The methodology page: public, bilingual, readable on a phone and without JavaScript; earlier
// versions by ?version=N. An admin publishes new wording and readers see it where statuses are
// explained.
import crypto from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { hashPassword } from '../../lib/auth/password';
import { createPrismaClient } from '../../lib/prisma-client';

const PASSWORD = 'juniper-quarry-lattice-31';
const COMMITMENT = 'english-second-language-2035';
const db = createPrismaClient(process.env.E2E_DATABASE_URL ?? '');

test.afterAll(async () => {
  await db.$disconnect();
});

async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test('the methodology page shows the definitions and rules in English and Vietnamese, on a phone, without JavaScript', async ({
  browser,
}) => {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 390, height: 844 },
  });
  const page = await context.newPage();

  await page.goto('/en/methodology');
  await expect(page.getByRole('heading', { level: 1, name: 'How statuses are decided' })).toBeVisible();
  const definitions = page.getByTestId('status-definitions');
  await expect(definitions.locator(':scope > div[data-status]')).toHaveCount(6);
  await expect(definitions.locator('div[data-status="ACHIEVED"]')).toContainText('Achieved');
  await expect(definitions.locator('div[data-status="ACHIEVED"] dd')).not.toBeEmpty();
  await expect(page.getByTestId('headline-rule')).toContainText('the independent verdict where there is one');
  await expect(page.getByTestId('pace-rule')).toContainText('10 points');
  await expect(page.getByText('UK Government')).toBeVisible();
  await expect(page.getByTestId('methodology-versions').locator('li')).not.toHaveCount(0);
  await expectNoSidewaysScroll(page);

  await page.goto('/vi/methodology');
  await expect(page.getByRole('heading', { level: 1, name: 'Cách xác định trạng thái' })).toBeVisible();
  await expect(page.getByTestId('status-definitions').locator('div[data-status="ACHIEVED"]')).toContainText(
    'Đã hoàn thành',
  );
  await expect(page.getByTestId('headline-rule')).toContainText('đánh giá độc lập nếu có');
  await expectNoSidewaysScroll(page);

  // The site header leads there; so does the commitment page's status explanation.
  await page.goto(`/en/commitments/${COMMITMENT}`);
  await page.getByTestId('status-definition').getByRole('link', { name: 'How statuses are decided' }).click();
  await expect(page).toHaveURL(/\/en\/methodology$/);
  await context.close();
});

test('?version=N shows that version; unknown or malformed N is a 404', async ({ page }) => {
  const response = await page.goto('/en/methodology?version=1');
  expect(response?.status()).toBe(200);
  await expect(page.getByTestId('methodology-version')).toContainText('Version 1');
  for (const value of ['0', '999999', 'abc', '1.5', '-1', '%00', '1e3']) {
    const notFound = await page.goto(`/en/methodology?version=${value}`);
    expect(notFound?.status(), value).toBe(404);
  }
});

test('an admin publishes new wording; the methodology page and the commitment page show it', async ({
  browser,
}) => {
  const email = `admin-${crypto.randomBytes(3).toString('hex')}@example.org`;
  await db.user.create({
    data: { email, name: 'Mai Methodology', role: 'ADMIN', passwordHash: await hashPassword(PASSWORD) },
  });
  const commitment = await db.commitment.findUniqueOrThrow({
    where: { slug: COMMITMENT },
    select: { status: true },
  });
  const wording = `Reworded ${crypto.randomBytes(3).toString('hex')}: the evidence shows this is the case.`;

  const page = await (await browser.newContext()).newPage();
  await page.goto(`/en/login?callbackUrl=${encodeURIComponent('/en/admin/methodology')}`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/en\/admin\/methodology$/);

  const form = page.getByTestId('methodology-form');
  const field = form.locator(`textarea[name="definitions.${commitment.status}.en"]`);
  // Nothing changed: refused, no new version.
  await form.getByRole('button', { name: 'Publish new version' }).click();
  await expect(page.getByTestId('methodology-form-message')).toContainText('Nothing changed');

  await field.fill('<b>bold</b>');
  await form.getByRole('button', { name: 'Publish new version' }).click();
  await expect(form.locator(`textarea[name="definitions.${commitment.status}.en"]`)).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await expect(form).toContainText('Use plain text, without HTML tags.');

  await form.locator(`textarea[name="definitions.${commitment.status}.en"]`).fill(wording);
  await form.getByLabel('What changed — English (optional)').fill('Clearer wording.');
  await form.getByRole('button', { name: 'Publish new version' }).click();
  await expect(page.getByTestId('methodology-form-message')).toContainText(/Version \d+ is published/);

  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto('/en/methodology');
  await expect(visitor.getByTestId('status-definitions')).toContainText(wording);
  await expect(visitor.getByTestId('methodology-versions')).toContainText('Clearer wording.');
  await visitor.goto(`/en/commitments/${COMMITMENT}`);
  await expect(visitor.getByTestId('status-definition')).toContainText(wording);
});
