// Search as a visitor uses it: the header box without JavaScript, results with the matched words
// marked, both languages, a phone's width, and bad input answered with a message.
import { expect, test } from '@playwright/test';

test('the header box searches without JavaScript; "tieng anh" finds "tiếng Anh"', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/vi/sources');
  const box = page.getByRole('search', { name: 'Tìm kiếm trong trang theo dõi' });
  await box.getByRole('searchbox').fill('tieng anh');
  await box.getByRole('button', { name: 'Tìm' }).click();
  await expect(page).toHaveURL(/\/vi\/search\?q=tieng\+anh$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Kết quả cho “tieng anh”');
  const first = page.getByTestId('search-commitments').locator('li').first();
  await expect(first.getByRole('link')).toHaveAttribute(
    'href',
    '/vi/commitments/english-second-language-2035',
  );
  await expect(first.locator('mark').first()).toHaveText(/tiếng/i);
  // The results page keeps the words in its own box.
  await expect(
    page.getByRole('search', { name: 'Tìm kiếm', exact: true }).getByRole('searchbox'),
  ).toHaveValue('tieng anh');
  await context.close();
});

test('English results: commitments, then sources with snippets, agreements and pillars', async ({ page }) => {
  await page.goto('/en/search?q=JETP');
  const commitments = page.getByTestId('search-commitments');
  await expect(commitments.locator('li').first()).toContainText('Just Energy Transition Partnership');
  await expect(commitments.locator('li').first().locator('mark').first()).toHaveText('JETP');
  await expect(page.getByTestId('search-sources').locator('mark').first()).toHaveText('JETP');

  await page.goto('/en/search?q=net%20zero');
  await expect(commitments.locator('li').first()).toContainText('net-zero');

  await page.goto('/en/search?q=partnership');
  await expect(page.getByTestId('search-agreements')).toContainText('Comprehensive Strategic Partnership');
  await page.goto('/vi/search?q=van%20hoa');
  await expect(page.getByTestId('search-pillars')).toContainText('Văn hóa – Xã hội');
});

test('bad input gets a message, never an error page', async ({ page }) => {
  for (const [query, message] of [
    ['q=', 'Type one or more words'],
    [`q=${'a'.repeat(1000)}`, 'at most 200 characters'],
    ['q=net%00zero', 'control characters'],
    ['q=trade&page=abc', 'page number'],
  ] as const) {
    const response = await page.goto(`/en/search?${query}`);
    expect(response?.status(), query).toBe(200);
    await expect(page.getByTestId('search-error'), query).toContainText(message);
  }
  const response = await page.goto('/en/search?q=xylophonequartz');
  expect(response?.status()).toBe(200);
  await expect(page.getByTestId('search-empty')).toContainText('Nothing matches');
});

test('search fits a 390 px phone in both languages, header box included', async ({ browser }) => {
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await phone.newPage();
  for (const path of [
    '/en',
    '/vi',
    '/en/search?q=net%20zero',
    '/vi/search?q=tieng%20anh',
    '/en/search?q=JETP',
  ]) {
    await page.goto(path);
    await expect(page.getByRole('search').first()).toBeVisible();
    const width = await page.evaluate(() => document.scrollingElement!.scrollWidth);
    expect(width, `${path} page width`).toBeLessThanOrEqual(390);
  }
  await phone.close();
});

test('GET /api/search answers JSON from the production server, and 400 for bad input', async ({
  request,
}) => {
  const ok = await request.get('/api/search?q=JETP&lang=vi');
  expect(ok.status()).toBe(200);
  const body = (await ok.json()) as { commitments: { data: { slug: string; url: string }[] } };
  expect(body.commitments.data[0]).toMatchObject({
    slug: 'jetp-implementation-support',
    url: '/vi/commitments/jetp-implementation-support',
  });
  for (const query of ['q=', `q=${'x'.repeat(1000)}`, 'q=a%00b', 'q=trade&page=-1']) {
    const bad = await request.get(`/api/search?${query}`);
    expect(bad.status(), query).toBe(400);
    expect(((await bad.json()) as { error: string }).error, query).toBeTruthy();
  }
});
