// Phones: at 390 × 844 no public page may scroll sideways (wide tables and charts scroll inside
// their own box or reflow), and keyboard users can close the Download menu with Escape.
import { expect, test, type Page } from '@playwright/test';
import { createPrismaClient } from '../../lib/prisma-client';

const db = createPrismaClient(process.env.E2E_DATABASE_URL ?? '');
const WIDTH = 390;

test.use({ viewport: { width: WIDTH, height: 844 }, hasTouch: true, isMobile: true });

test.afterAll(async () => {
  await db.$disconnect();
});

async function pageWidth(page: Page, path: string): Promise<number> {
  const response = await page.goto(path);
  expect(response?.status(), path).toBeLessThan(500);
  // The progress line is drawn after hydration (recharts); measure once it is there.
  if ((await page.locator('.line-chart').count()) > 0) {
    await page.locator('.line-chart .recharts-surface').first().waitFor({ timeout: 5000 });
  }
  return page.evaluate(() => document.scrollingElement!.scrollWidth);
}

test('every public page fits a 390 px wide phone without sideways scrolling', async ({ page }) => {
  test.setTimeout(240_000);
  const [commitments, agreements, sources] = await Promise.all([
    db.commitment.findMany({ where: { archivedAt: null }, select: { slug: true }, orderBy: { id: 'asc' } }),
    db.agreement.findMany({ select: { slug: true, pillars: { select: { slug: true } } } }),
    db.source.findMany({ select: { slug: true } }),
  ]);
  const paths = [
    '/en',
    '/vi',
    '/en/commitments',
    '/vi/commitments',
    '/en/commitments?status=in-progress&sort=deadline',
    '/en/report',
    '/vi/report',
    '/en/sources',
    '/en/login',
    '/vi/login',
    '/en/commitments/no-such-commitment',
    '/en?asOf=2026-03-31',
    '/vi/commitments?asOf=2026-03-31',
    '/en/changes?from=2025-11-01',
    '/vi/changes?from=2025-11-01&to=2026-06-30',
    '/en/snapshots',
    '/vi/snapshots',
    '/embed/en/charts/status-by-pillar',
    '/embed/vi/charts/status-by-agreement',
    ...commitments.slice(0, 3).map((row) => `/embed/vi/commitments/${row.slug}`),
    ...commitments.map((row) => `/en/commitments/${row.slug}`),
    ...commitments.slice(0, 5).map((row) => `/vi/commitments/${row.slug}`),
    ...agreements.flatMap((agreement) => [
      `/en/agreements/${agreement.slug}`,
      `/vi/agreements/${agreement.slug}`,
      ...agreement.pillars.map((pillar) => `/en/agreements/${agreement.slug}/pillars/${pillar.slug}`),
    ]),
    ...sources.map((source) => `/en/sources/${source.slug}`),
  ];
  const tooWide: string[] = [];
  for (const path of paths) {
    const width = await pageWidth(page, path);
    if (width > WIDTH) tooWide.push(`${path}: ${width} px`);
  }
  expect(tooWide).toEqual([]);
});

test('Escape closes the Download menu and returns focus to its button', async ({ page }) => {
  await page.goto('/en/agreements/vn-uk-csp');
  const menu = page.locator('details.export-menu').first();
  const summary = menu.locator('summary');
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(menu).toHaveAttribute('open', '');
  await page.keyboard.press('Tab');
  await expect(menu.getByRole('link').first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).not.toHaveAttribute('open');
  await expect(summary).toBeFocused();
  // Escape on the button itself closes it too.
  await page.keyboard.press('Enter');
  await expect(menu).toHaveAttribute('open', '');
  await page.keyboard.press('Escape');
  await expect(menu).not.toHaveAttribute('open');
});

test('pages name a favicon that is served', async ({ page, request }) => {
  await page.goto('/vi');
  const href = await page.locator('link[rel="icon"]').first().getAttribute('href');
  expect(href).toMatch(/^\/icon\.svg/);
  const icon = await request.get(href!);
  expect(icon.status()).toBe(200);
  expect(icon.headers()['content-type']).toContain('image/svg+xml');
});

test('signed-in pages fit a 390 px wide phone too: the assessment form and the admin area', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const email = `phone-admin-${Date.now()}@example.org`;
  const password = 'amber-cobalt-riverbank-19';
  const { hashPassword } = await import('../../lib/auth/password');
  await db.user.create({
    data: { email, name: 'Phone Admin', role: 'ADMIN', passwordHash: await hashPassword(password) },
  });
  const { slug } = await db.commitment.findFirstOrThrow({
    where: { archivedAt: null },
    select: { slug: true },
  });
  await page.goto(`/en/login?callbackUrl=${encodeURIComponent(`/en/commitments/${slug}`)}`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('status-editor')).toBeVisible();
  const tooWide: string[] = [];
  for (const path of [
    `/en/commitments/${slug}`,
    `/vi/commitments/${slug}`,
    '/en/admin',
    '/vi/admin/commitments',
    `/en/admin/commitments/${slug}/edit`,
    '/en/admin/methodology',
    '/en/admin/audit',
    '/en/admin/webhooks',
    '/vi/admin/webhooks',
    '/en/admin/import',
    '/vi/admin/import',
    '/en/admin/snapshots',
  ]) {
    const width = await pageWidth(page, path);
    if (width > WIDTH) tooWide.push(`${path}: ${width} px`);
  }
  expect(tooWide).toEqual([]);
});
