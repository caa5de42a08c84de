// The feeds as a reader's browser and feed reader find them: each page names its Atom feed in its
// head, the overview and agreement pages link the calendar, and both URLs are served as they are
// (no redirect to a language prefix, the right content types).
import { expect, test } from '@playwright/test';
import { createPrismaClient } from '../../lib/prisma-client';

const db = createPrismaClient(process.env.E2E_DATABASE_URL ?? '');

test.afterAll(async () => {
  await db.$disconnect();
});

test('pages name their Atom feed in the head and link the deadlines calendar', async ({ page, request }) => {
  await page.goto('/en');
  const feeds = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
  await expect(feeds).toHaveCount(1);
  expect(await feeds.first().getAttribute('href')).toMatch(/^https?:\/\/[^/]+\/feed\.atom\?lang=en$/);
  const subscribe = page.getByTestId('subscribe-links').getByRole('link', { name: 'Subscribe to deadlines' });
  await expect(subscribe).toHaveAttribute('href', '/deadlines.ics?lang=en');

  const agreement = await db.agreement.findFirstOrThrow({
    where: { archivedAt: null },
    select: { slug: true },
  });
  await page.goto(`/vi/agreements/${agreement.slug}`);
  const scoped = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
  await expect(scoped).toHaveCount(2);
  expect(await scoped.first().getAttribute('href')).toContain(
    `/feed.atom?agreement=${agreement.slug}&lang=vi`,
  );
  await expect(page.getByRole('link', { name: 'Theo dõi lịch thời hạn' })).toHaveAttribute(
    'href',
    `/deadlines.ics?agreement=${agreement.slug}&lang=vi`,
  );

  const atom = await request.get('/feed.atom', { maxRedirects: 0 });
  expect(atom.status()).toBe(200);
  expect(atom.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
  expect(await atom.text()).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
  const calendar = await request.get(`/deadlines.ics?agreement=${agreement.slug}&lang=vi`, {
    maxRedirects: 0,
  });
  expect(calendar.status()).toBe(200);
  expect(calendar.headers()['content-type']).toBe('text/calendar; charset=utf-8');
  expect(await calendar.text()).toMatch(/^BEGIN:VCALENDAR\r\n/);
  expect((await request.get('/feed.atom?assessor=someone', { maxRedirects: 0 })).status()).toBe(400);
  expect((await request.get('/deadlines.ics?agreement=none-such', { maxRedirects: 0 })).status()).toBe(404);
});
