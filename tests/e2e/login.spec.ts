// Sign-in in a real browser against the production build: without JavaScript (never a password in
// a URL), no open redirect after sign-in, the client address from the socket, and the busy message.
import crypto from 'node:crypto';
import { expect, test } from '@playwright/test';
import { hashPassword } from '../../lib/auth/password';
import { createPrismaClient } from '../../lib/prisma-client';

const PASSWORD = 'copper-juniper-estuary-71';
const TARGET = '/en/sources';
const db = createPrismaClient(process.env.E2E_DATABASE_URL ?? '');

async function createEditor(): Promise<string> {
  const email = `login-${crypto.randomBytes(4).toString('hex')}@example.org`;
  await db.user.create({
    data: { email, name: 'Lan Login', role: 'EDITOR', passwordHash: await hashPassword(PASSWORD) },
  });
  return email;
}

test.afterAll(async () => {
  await db.$disconnect();
});

test('the sign-in form posts, and signs in with JavaScript turned off', async ({ browser }) => {
  const email = await createEditor();
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));

  await page.goto(`/en/login?callbackUrl=${encodeURIComponent(TARGET)}`);
  await expect(page.locator('form.editor-login')).toHaveAttribute('method', 'post');
  // Every form on the page (React writes "POST" for server-action forms) but the header's search
  // box, a GET form with no field but the words to find.
  await expect(page.locator('form[role="search"]')).toHaveAttribute('method', 'get');
  for (const form of await page.locator('form:not([role="search"])').all()) {
    expect((await form.getAttribute('method'))?.toLowerCase()).toBe('post');
  }
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();

  await expect(page).toHaveURL(new RegExp(`${TARGET}$`));
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  expect(urls.filter((url) => url.includes(encodeURIComponent(PASSWORD)) || url.includes(PASSWORD))).toEqual(
    [],
  );
  await context.close();
});

test('a wrong password without JavaScript comes back to the form with the message', async ({ browser }) => {
  const email = await createEditor();
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/vi/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu').fill('not-the-password-00');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page).toHaveURL(/\/vi\/login\?error=CredentialsSignin/);
  await expect(page.getByTestId('login-error')).toHaveText(
    'Email và mật khẩu không khớp với tài khoản đang hoạt động nào.',
  );
  expect(page.url()).not.toContain('not-the-password');
  await context.close();
});

test('after sign-in, a forged callback never leaves the site (server and form)', async ({ browser }) => {
  const email = await createEditor();
  const context = await browser.newContext();
  const page = await context.newPage();
  // The form (JavaScript on) with a forged callback: lands on this site.
  await page.goto('/en/login?callbackUrl=%2F%09%2Fevil.example%2Fphish');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/en$/);

  // Signed in, the login page redirects to the callback: never off-site, never a 500.
  const base = new URL(page.url()).origin;
  for (const callback of ['%2F%09%2Fevil.example%2Fphish', '%2F%0A%2Fx', '%2F%5Cevil.example', '%2F%25zz']) {
    const response = await context.request.get(`/en/login?callbackUrl=${callback}`, { maxRedirects: 0 });
    expect(response.status(), callback).toBeLessThan(500);
    const location = response.headers()['location'];
    expect(location, callback).toBeTruthy();
    expect(new URL(location!, base).origin, callback).toBe(base);
  }
  await context.close();
});

test('the audit log shows the socket address, not a forged X-Forwarded-For', async ({ request }) => {
  const email = `nobody-${crypto.randomBytes(4).toString('hex')}@example.org`;
  const response = await request.post('/api/sign-in', {
    form: { email, password: 'wrong-password-123', lang: 'en' },
    headers: {
      'x-forwarded-for': '203.0.113.77',
      accept: 'application/json',
      'x-ct-socket-address': '198.51.100.9',
    },
  });
  expect(response.status()).toBe(401);
  const audit = await db.auditEvent.findFirstOrThrow({ where: { action: 'auth.sign-in', targetId: email } });
  expect(['127.0.0.1', '::1']).toContain(audit.ip);
});

test('next-auth sign-in routes answer 404, not 500', async ({ request }) => {
  for (const method of ['get', 'post'] as const) {
    const response = await request[method]('/api/auth/callback/credentials', { maxRedirects: 0 });
    expect(response.status(), method).toBe(404);
  }
});

test('the form says plainly when too many sign-ins are running', async ({ browser }) => {
  for (const [locale, message] of [
    ['en', 'Too many sign-ins right now. Try again in a few seconds.'],
    ['vi', 'Hiện có quá nhiều lượt đăng nhập. Vui lòng thử lại sau vài giây.'],
  ] as const) {
    const context = await browser.newContext();
    const page = await context.newPage();
    // The server's answer when every verification slot is taken (tested in auth-hardening).
    await page.route('**/api/sign-in', (route) =>
      route.fulfill({
        status: 429,
        headers: { 'Retry-After': '2', 'Content-Type': 'application/json' },
        body: JSON.stringify({ error: 'busy' }),
      }),
    );
    await page.goto(`/${locale}/login`);
    await page.locator('#login-email').fill('someone@example.org');
    await page.locator('#login-password').fill('some-password-123');
    await page.locator('form.editor-login button[type=submit]').click();
    await expect(page.getByTestId('login-error')).toHaveText(message);
    await context.close();
  }
});
