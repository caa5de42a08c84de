import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const ENGLISH_2035 = 'english-second-language-2035';

async function expectNoSeriousAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
  ).toEqual([]);
}

test('the overview shows every status count, the total and the as-of time', async ({ page }) => {
  await page.goto('/en');
  await expect(page.getByRole('heading', { level: 1, name: 'Where the commitments stand' })).toBeVisible();
  const summary = page.getByTestId('status-summary');
  const total = Number(await summary.getByTestId('status-total').locator('.status-tile__count').innerText());
  expect(total).toBeGreaterThan(30);
  // One tile per status (never merged); their counts add up to the total.
  const tiles = summary.locator('a.status-tile');
  await expect(tiles).toHaveCount(6);
  const counts = await tiles.locator('.status-tile__count').allInnerTexts();
  expect(counts.map(Number).reduce((a, b) => a + b, 0)).toBe(total);
  await expect(summary).toContainText(/Data as of \d{2} \w{3} \d{4}/);
  await expect(page.getByTestId('agreement-card')).toHaveCount(2);
  await expect(page.getByTestId('latest-updates').locator('li').first()).toContainText('by System');
  // The data table behind the pillar chart opens on request.
  const pillarChart = page.locator('[data-chart-id="status-by-pillar"]');
  await expect(pillarChart.getByRole('table')).toBeHidden();
  await pillarChart.getByText('Show the data as a table').click();
  await expect(pillarChart.getByRole('table')).toBeVisible();
  await expect(pillarChart.getByRole('rowheader', { name: 'Economic', exact: true })).toBeVisible();
});

test('status over time shows the latest 12 months and links to all of them, without JavaScript', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en');
  const chart = page.locator('[data-chart-id="status-over-time"]');
  const bars = chart.locator('.stacked-bars > li');
  await expect(bars).toHaveCount(12);
  const link = chart.getByRole('link', { name: /^Show all \d+ months$/ });
  const months = Number((await link.innerText()).match(/\d+/)![0]);
  expect(months).toBeGreaterThan(12);
  await expect(chart).toContainText(`The latest 12 of ${months} months are shown`);
  // Each bar still says all its counts (its accessible name).
  await expect(bars.first().getByRole('img')).toHaveAttribute('title', /: .+ \d+; Total \d+$/);
  await link.click();
  await expect(page).toHaveURL(/\/en\?months=all#status-over-time-title$/);
  await expect(bars).toHaveCount(months);
  await expect(chart.getByRole('link', { name: /Show all/ })).toHaveCount(0);
  await context.close();
});

test('a visitor filters by pillar and status, and the URL reproduces the view', async ({ page }) => {
  await page.goto('/en/commitments');
  const form = page.getByTestId('filter-form');
  await form.getByLabel('Pillar').selectOption('education-culture-people-to-people');
  await form.getByRole('checkbox', { name: 'In progress' }).check();
  await form.getByRole('button', { name: 'Apply filters' }).click();

  await expect(page).toHaveURL(/pillar=education-culture-people-to-people/);
  await expect(page).toHaveURL(/status=in-progress/);
  const cards = page.getByTestId('commitment-card');
  await expect(cards).toHaveCount(1);
  await expect(cards.first()).toContainText('English as the second language');
  await expect(cards.first()).toHaveAttribute('data-status', 'IN_PROGRESS');
  await expect(page.getByTestId('result-count')).toContainText('1 commitment matches');

  // Opening the same address in a fresh page gives the same results and form state.
  const url = page.url();
  const again = await page.context().newPage();
  await again.goto(url);
  await expect(again.getByTestId('commitment-card')).toHaveCount(1);
  await expect(again.getByLabel('Pillar')).toHaveValue('education-culture-people-to-people');
  await expect(again.getByRole('checkbox', { name: 'In progress' })).toBeChecked();
  await expect(again.getByRole('checkbox', { name: 'Not started' })).not.toBeChecked();
  await again.close();

  // Adding a second status widens the result.
  await form.getByRole('checkbox', { name: 'Not started' }).check();
  await form.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/status=not-started/);
  await expect(cards).toHaveCount(3);
});

test('an empty result says so and offers to clear the filters', async ({ page }) => {
  await page.goto('/en/commitments?agreement=vn-uk-csp&party=asean-uk');
  await expect(page.getByTestId('empty-state')).toContainText('No commitment matches these filters.');
  await page.getByRole('link', { name: 'Clear all filters' }).click();
  await expect(page).toHaveURL(/\/en\/commitments$/);
  await expect(page.getByTestId('commitment-card').first()).toBeVisible();
});

test('bad filter values get a clear message instead of an error page', async ({ page }) => {
  const response = await page.goto('/en/commitments?status=finished&from=2026-99-01');
  expect(response?.status()).toBe(200);
  await expect(page.getByTestId('filter-errors')).toContainText('unknown status');
  await expect(page.getByTestId('commitment-card').first()).toBeVisible();
});

test('the list is paginated with page links', async ({ page }) => {
  await page.goto('/en/commitments');
  await expect(page.getByTestId('commitment-card')).toHaveCount(25);
  const firstPage = await page.getByTestId('commitment-card').locator('h3').allInnerTexts();
  await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Next' }).click();
  await expect(page).toHaveURL(/page=2/);
  const secondPage = await page.getByTestId('commitment-card').locator('h3').allInnerTexts();
  expect(secondPage.length).toBeGreaterThan(0);
  expect(secondPage.filter((title) => firstPage.includes(title))).toEqual([]);
});

test('the English-by-2035 commitment shows its quote, deadline and history', async ({ page }) => {
  await page.goto('/en/commitments');
  await page.getByRole('link', { name: /English as the second language/ }).click();
  await expect(page).toHaveURL(new RegExp(`/en/commitments/${ENGLISH_2035}$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('English as the second language');
  await expect(page.getByTestId('quotes')).toContainText(
    'aiming to make English the second language in Vietnamese schools by 2035',
  );
  await expect(page.getByTestId('quotes').locator('blockquote').first()).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('commitment-deadline')).toContainText('31 Dec 2035');
  await expect(page.getByTestId('commitment-deadline')).toContainText('by 2035');
  const history = page.getByTestId('history');
  await expect(history.locator('tbody tr')).toHaveCount(1);
  await expect(history).toContainText('System');
  await expect(history).toContainText('In progress');
  await expect(page.getByTestId('pace')).toContainText('Not measurable yet');
});

test('the quote link lands on the highlighted sentence in the source text', async ({ page }) => {
  await page.goto(`/en/commitments/${ENGLISH_2035}`);
  await page.getByTestId('quote-link').first().click();
  await expect(page).toHaveURL(/\/en\/sources\/vna-csp-visit-conclusion#citation-\d+$/);
  const id = new URL(page.url()).hash.slice(1);
  const mark = page.locator(`[id="${id}"]`);
  await expect(mark).toBeInViewport();
  const highlighted = page.locator(`mark:has([id="${id}"]), mark[id="${id}"]`);
  await expect(highlighted).toContainText('English the second language in Vietnamese schools by 2035');
  // The highlighted sentence links back to its commitment.
  await expect(
    page.getByTestId('source-text').locator(`a[href="/en/commitments/${ENGLISH_2035}"]`),
  ).toHaveCount(1);
});

test('unknown slugs get a real 404 page', async ({ page }) => {
  for (const path of [
    '/en/commitments/no-such-commitment',
    '/en/sources/no-such-source',
    '/en/agreements/no-such-agreement',
    '/en/agreements/vn-uk-csp/pillars/no-such-pillar',
    '/vi/commitments/khong-co',
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Page not found|Không tìm thấy/);
  }
});

test('the pages read in Vietnamese', async ({ page }) => {
  await page.goto(`/vi/commitments/${ENGLISH_2035}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    'Đưa tiếng Anh trở thành ngôn ngữ thứ hai',
  );
  await expect(page.getByTestId('commitment-deadline')).toContainText('31/12/2035');
  // Quotes stay verbatim, in English.
  await expect(page.getByTestId('quotes')).toContainText('The UK reaffirmed its continued support');
});

test('every public page has no serious or critical accessibility violation', async ({ page }) => {
  test.setTimeout(240_000);
  for (const path of [
    '/en',
    '/vi',
    '/en/commitments',
    '/en/commitments?pillar=education-culture-people-to-people&status=in-progress',
    '/en/commitments?agreement=vn-uk-csp&party=asean-uk',
    `/en/commitments/${ENGLISH_2035}`,
    '/en/commitments/poa-initiatives-completed-or-in-progress',
    '/en/sources',
    '/en/sources/vna-csp-visit-conclusion',
    '/en/agreements/vn-uk-csp',
    '/en/agreements/vn-uk-csp/pillars/economy-trade-investment-finance',
    '/en/commitments/no-such-commitment',
    '/en/methodology',
    '/vi/methodology',
    '/en/methodology?version=1',
    '/en/report',
    '/vi/report',
    '/en/report?agreement=vn-uk-csp',
    '/en/search?q=JETP',
    '/vi/search?q=tieng%20anh',
    '/en/search?q=',
    '/en?asOf=2026-03-31',
    '/vi?asOf=2026-03-31',
    '/en/commitments?asOf=2026-03-31&status=in-progress',
    `/en/commitments/${ENGLISH_2035}?asOf=2026-03-31`,
    '/en/agreements/vn-uk-csp?asOf=2026-03-31',
    '/en/agreements/vn-uk-csp/pillars/economy-trade-investment-finance?asOf=2026-03-31',
    '/en/report?asOf=2026-03-31',
    '/en/changes',
    '/en/changes?from=2025-11-01',
    '/vi/changes?from=2025-11-01&to=2026-06-30',
    '/en/snapshots',
    '/vi/snapshots',
    '/embed/en/charts/status-by-pillar',
    '/embed/vi/charts/deadlines?agreement=vn-uk-csp',
    `/embed/en/commitments/${ENGLISH_2035}`,
    `/embed/vi/commitments/${ENGLISH_2035}`,
  ]) {
    await page.goto(path);
    await test.step(path, () => expectNoSeriousAxeViolations(page));
  }
});
