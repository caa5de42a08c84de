// Editors in the browser: sign in, update a status with reason and evidence, sign out; a visitor
// sees the change; a second editor holding a stale form gets the conflict screen and re-applies.
import crypto from 'node:crypto';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { hashPassword } from '../../lib/auth/password';
import { createPrismaClient } from '../../lib/prisma-client';

const SLUG = 'english-second-language-2035';
const PAGE = `/en/commitments/${SLUG}`;
const PASSWORD = 'amber-cobalt-riverbank-19';
const db = createPrismaClient(process.env.E2E_DATABASE_URL ?? '');

async function createEditor(name: string) {
  const email = `${name.toLowerCase().replace(/\W+/g, '-')}-${crypto.randomBytes(3).toString('hex')}@example.org`;
  await db.user.create({ data: { email, name, role: 'EDITOR', passwordHash: await hashPassword(PASSWORD) } });
  return email;
}

async function signIn(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`/en/login?callbackUrl=${encodeURIComponent(PAGE)}`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(new RegExp(`${PAGE}$`));
  await expect(page.getByRole('heading', { name: 'Update status' })).toBeVisible();
  return page;
}

test.afterAll(async () => {
  await db.$disconnect();
});

test('an editor updates a status, a visitor sees it, a stale editor gets the conflict screen', async ({
  browser,
}) => {
  const alice = await createEditor('Alice Nguyen');
  const bob = await createEditor('Bob Tran');
  const before = await db.commitment.findUniqueOrThrow({ where: { slug: SLUG } });

  // Wrong password: one message, no session.
  const failed = await (await browser.newContext()).newPage();
  await failed.goto('/en/login');
  await failed.getByLabel('Email').fill(alice);
  await failed.getByLabel('Password').fill('not-her-password-00');
  await failed.getByRole('button', { name: 'Sign in' }).click();
  await expect(failed.getByTestId('login-error')).toHaveText(
    'That email and password do not match an active account.',
  );

  const alicePage = await signIn(browser, alice);
  const bobPage = await signIn(browser, bob); // opened at the same version: soon stale
  await expect(bobPage.getByText(`Editing version ${before.version}`)).toBeVisible();

  // Alice saves; the action request is kept to replay it later without a session.
  const actionRequest = alicePage.waitForRequest(
    (request) => request.method() === 'POST' && Boolean(request.headers()['next-action']),
  );
  await alicePage
    .getByTestId('status-editor')
    .getByLabel('Status', { exact: true })
    .selectOption({ label: 'At risk' });
  await alicePage.getByTestId('status-editor').getByLabel('Progress (%)').fill('35');
  await alicePage
    .getByTestId('status-editor')
    .getByLabel('Reason')
    .fill('Teacher-training budget for 2026 was halved.');
  await alicePage
    .getByTestId('status-editor')
    .getByLabel('Evidence URL')
    .fill('https://example.org/budget-2026');
  await alicePage.getByRole('button', { name: 'Save update' }).click();
  await expect(alicePage.getByTestId('status-editor-message')).toHaveText(
    `Saved. The commitment is now at version ${before.version + 1}.`,
  );
  const captured = await actionRequest;
  await expect(alicePage.getByTestId('history')).toContainText(
    'Teacher-training budget for 2026 was halved.',
  );

  await alicePage.getByRole('button', { name: 'Sign out' }).click();
  await expect(alicePage.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await alicePage.goto(PAGE);
  await expect(alicePage.getByRole('heading', { name: 'Update status' })).toHaveCount(0);

  // A visitor sees the new status and the history entry with Alice's name.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(PAGE);
  const history = visitor.getByTestId('history');
  await expect(history).toContainText('Teacher-training budget for 2026 was halved.');
  await expect(history).toContainText('Alice Nguyen');
  await expect(history.getByText('At risk').first()).toBeVisible();
  await expect(visitor.getByRole('heading', { name: 'Update status' })).toHaveCount(0);

  // Bob's form is stale: nothing is overwritten, he sees both changes side by side.
  await bobPage
    .getByTestId('status-editor')
    .getByLabel('Status', { exact: true })
    .selectOption({ label: 'Achieved' });
  await bobPage
    .getByTestId('status-editor')
    .getByLabel('Reason')
    .fill('Ministry reports the goal met early.');
  await bobPage.getByRole('button', { name: 'Save update' }).click();
  const conflict = bobPage.getByTestId('conflict');
  await expect(conflict.getByRole('heading', { name: 'Someone saved a change first' })).toBeVisible();
  await expect(conflict).toContainText('Teacher-training budget for 2026 was halved.');
  await expect(conflict).toContainText('Ministry reports the goal met early.');
  await expect(conflict).toContainText('Alice Nguyen');
  let now = await db.commitment.findUniqueOrThrow({ where: { slug: SLUG } });
  expect(now.status).toBe('AT_RISK');
  expect(now.version).toBe(before.version + 1);

  // Re-applying opens the form on the new version with Bob's values.
  await conflict.getByRole('button', { name: 'Re-apply my change' }).click();
  await expect(bobPage.getByText(`Editing version ${before.version + 1}`)).toBeVisible();
  await expect(bobPage.getByTestId('status-editor').getByLabel('Reason')).toHaveValue(
    'Ministry reports the goal met early.',
  );
  await expect(bobPage.getByTestId('status-editor').getByLabel('Status', { exact: true })).toHaveValue(
    'ACHIEVED',
  );
  await bobPage.getByRole('button', { name: 'Save update' }).click();
  await expect(bobPage.getByTestId('status-editor-message')).toHaveText(
    `Saved. The commitment is now at version ${before.version + 2}.`,
  );
  now = await db.commitment.findUniqueOrThrow({ where: { slug: SLUG } });
  expect(now.status).toBe('ACHIEVED');

  // The same server-action POST replayed without a session (Alice signed out) changes nothing.
  const anonymous = await (await browser.newContext()).request;
  const headers = { ...captured.headers() };
  delete headers.cookie;
  const replay = await anonymous.post(captured.url(), {
    headers,
    data: captured.postDataBuffer() ?? undefined,
  });
  expect(replay.status()).toBeLessThan(500);
  const after = await db.commitment.findUniqueOrThrow({ where: { slug: SLUG } });
  expect(after.version).toBe(before.version + 2);
  expect(
    await db.statusUpdate.count({ where: { commitmentId: after.id, version: { gt: after.version } } }),
  ).toBe(0);
  const denied = await db.auditEvent.findFirstOrThrow({
    where: { action: 'commitment.status.update' },
    orderBy: { id: 'desc' },
  });
  expect(denied.outcome).toBe('DENIED');
});

test('field errors keep the values, and a stored script in a reason renders as text', async ({ browser }) => {
  const carol = await createEditor('Carol Pham');
  const page = await signIn(browser, carol);
  await page.getByLabel('Progress (%)').fill('101');
  await page.getByLabel('Reason').fill('<script>window.__owned = 1</script>');
  await page.getByRole('button', { name: 'Save update' }).click();
  await expect(page.getByText('Nothing was saved. Correct the fields marked below.')).toBeVisible();
  await expect(page.getByText('Progress must be a whole number from 0 to 100.')).toBeVisible();
  await expect(page.getByText('Reasons are plain text; remove the HTML tags.')).toBeVisible();
  await expect(page.getByLabel('Progress (%)')).toHaveValue('101');
  await expect(page.getByLabel('Reason')).toHaveValue('<script>window.__owned = 1</script>');

  // Older or imported rows may hold markup: it must show as text and never run.
  const commitment = await db.commitment.findUniqueOrThrow({ where: { slug: SLUG } });
  const payload = '<img src=x onerror="window.__owned=1"><script>window.__owned=1</script>';
  await db.statusUpdate.create({
    data: {
      commitmentId: commitment.id,
      toStatus: commitment.status,
      reason: payload,
      authorName: 'Importer',
      version: 10_000,
    },
  });
  await db.dataVersion.update({ where: { scope: 'public' }, data: { version: { increment: 1 } } });
  const visitor = await (await browser.newContext()).newPage();
  const response = await visitor.goto(PAGE);
  await expect(visitor.getByTestId('history')).toContainText(payload);
  expect(await visitor.evaluate(() => (window as unknown as { __owned?: number }).__owned)).toBeUndefined();

  const csp = response?.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toContain('unsafe-eval');
  expect(response?.headers()['x-content-type-options']).toBe('nosniff');
  expect(response?.headers()['referrer-policy']).toBeTruthy();
});

test('the API refuses a foreign Origin and a request without credentials', async ({ request }) => {
  const body = { status: 'STALLED', reason: 'x', version: 1 };
  const foreign = await request.patch(`/api/commitments/${SLUG}/status`, {
    data: body,
    headers: { origin: 'https://evil.example' },
  });
  expect(foreign.status()).toBe(403);
  const anonymous = await request.patch(`/api/commitments/${SLUG}/status`, { data: body });
  expect(anonymous.status()).toBe(401);
});
