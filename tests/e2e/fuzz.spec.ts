// 1,000 random and malformed submissions to the status-update JSON API and to the editor form's
// server action: every answer is a 4xx (never a 500, never a stack trace) and no data changes.
import crypto from 'node:crypto';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { hashPassword } from '../../lib/auth/password';
import { generateApiToken, hashApiToken } from '../../lib/auth/tokens';
import { createPrismaClient } from '../../lib/prisma-client';

const SLUG = 'green-finance-mobilisation';
const PASSWORD = 'quartz-meadow-signal-77';
const db = createPrismaClient(process.env.E2E_DATABASE_URL ?? '');

// A reproducible stream of randomness, so a failure can be replayed.
let state = 20261123;
function random(): number {
  state = (state * 1103515245 + 12345) % 2147483648;
  return state / 2147483648;
}
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const WEIRD_STRINGS = [
  '',
  ' ',
  '\u0000\u0001\u0002',
  '<script>alert(1)</script>',
  'x'.repeat(5000),
  'ACHIEVED ',
  'achieved',
  '__proto__',
  '{"$ne":null}',
  '\'; DROP TABLE "Commitment"; --',
  '\ud800',
  '𝕏'.repeat(100),
  'NaN',
  '-1',
  '1e309',
];
const WEIRD_NUMBERS = [-1, 101, 1.5, 1e309, -0, Number.MAX_SAFE_INTEGER + 2, 0.1];
const STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'AT_RISK', 'STALLED', 'ACHIEVED', 'DISCONTINUED'];

function weirdValue(depth = 0): unknown {
  switch (Math.floor(random() * 8)) {
    case 0:
      return pick(WEIRD_STRINGS);
    case 1:
      return pick(WEIRD_NUMBERS);
    case 2:
      return null;
    case 3:
      return random() < 0.5;
    case 4:
      return depth < 3 ? [weirdValue(depth + 1), weirdValue(depth + 1)] : [];
    case 5:
      return depth < 3 ? { nested: weirdValue(depth + 1), __proto__: { admin: true } } : {};
    case 6:
      return pick(STATUSES);
    default:
      return Math.floor(random() * 1000) - 500;
  }
}

/** A body that is wrong in at least one way; a well-formed one always carries a stale version. */
function malformedBody(currentVersion: number): { data: string; contentType: string } {
  const kind = Math.floor(random() * 6);
  if (kind === 0)
    return {
      data: pick(['{', '[]', 'null', '"x"', '{"status":', '\u0000', '']),
      contentType: 'application/json',
    };
  if (kind === 1)
    return {
      data: 'status=ACHIEVED&reason=x',
      contentType: pick(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data']),
    };
  const body: Record<string, unknown> = {
    status: random() < 0.5 ? pick(STATUSES) : weirdValue(),
    progress: random() < 0.5 ? Math.floor(random() * 100) : weirdValue(),
    value: weirdValue(),
    reason: random() < 0.5 ? 'Fuzzed reason ' + crypto.randomBytes(3).toString('hex') : weirdValue(),
    evidenceUrl:
      random() < 0.5 ? pick(['javascript:alert(1)', 'ftp://x', 'http://', 'not a url']) : weirdValue(),
    // Never the current version: a body that happens to be valid must still change nothing.
    version: random() < 0.7 ? currentVersion - 1 - Math.floor(random() * 3) : weirdValue(),
  };
  for (const key of Object.keys(body)) if (random() < 0.15) delete body[key];
  return { data: JSON.stringify(body), contentType: 'application/json' };
}

async function snapshot() {
  const commitments = await db.commitment.findMany({
    orderBy: { id: 'asc' },
    select: { id: true, status: true, progress: true, version: true, currentValue: true, updatedAt: true },
  });
  return {
    commitments,
    updates: await db.statusUpdate.count(),
    dataVersion: await db.dataVersion.findMany(),
  };
}

function expectClientError(status: number, body: string, label: string) {
  expect(status, `${label}: ${body.slice(0, 200)}`).toBeGreaterThanOrEqual(400);
  expect(status, `${label}: ${body.slice(0, 200)}`).toBeLessThan(500);
  expect(body, label).not.toMatch(/\bat \S+ \(.*:\d+:\d+\)|node_modules/);
}

test.afterAll(async () => {
  await db.$disconnect();
});

test('1,000 malformed submissions get 4xx answers and change nothing', async ({ browser }) => {
  test.setTimeout(240_000);
  const email = `fuzz-${crypto.randomBytes(3).toString('hex')}@example.org`;
  const user = await db.user.create({
    data: { email, name: 'Fuzz Editor', role: 'EDITOR', passwordHash: await hashPassword(PASSWORD) },
  });
  const token = generateApiToken();
  await db.apiToken.create({ data: { userId: user.id, tokenHash: hashApiToken(token) } });
  const { version } = await db.commitment.findUniqueOrThrow({
    where: { slug: SLUG },
    select: { version: true },
  });

  // Capture one real form submission, to learn the server action's id and field layout.
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`/en/login?callbackUrl=${encodeURIComponent(`/en/commitments/${SLUG}`)}`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Update status' })).toBeVisible();
  // An empty reason: the form's own submission is invalid too, so nothing is saved.
  const captured = page.waitForRequest(
    (request) => request.method() === 'POST' && Boolean(request.headers()['next-action']),
  );
  await page.getByTestId('status-editor').getByLabel('Reason').fill(' ');
  await page.getByRole('button', { name: 'Save update' }).click();
  const actionRequest = await captured;
  const actionHeaders = { ...actionRequest.headers() };
  delete actionHeaders['content-type'];
  delete actionHeaders['content-length'];
  const before = await snapshot();

  const api: APIRequestContext = context.request;
  for (let index = 0; index < 700; index += 1) {
    const body = malformedBody(version);
    const response = await api.fetch(`/api/commitments/${SLUG}/status`, {
      method: 'PATCH',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': body.contentType },
      data: body.data,
    });
    expectClientError(response.status(), await response.text(), `api #${index} ${body.data.slice(0, 120)}`);
  }

  // The form's own multipart body, decoded; each round keeps React's protocol fields and replaces
  // the values of the form's fields (named `<n>_<field>` or `<field>`) with random junk.
  const capturedForm = await new Response(new Uint8Array(actionRequest.postDataBuffer() ?? Buffer.alloc(0)), {
    headers: { 'content-type': actionRequest.headers()['content-type'] ?? '' },
  }).formData();
  const formEntries = [...capturedForm.entries()].map(([name, value]) => [name, String(value)] as const);
  const FIELD = /(?:^|_)(slug|version|status|progress|value|reason|evidenceUrl)$/;
  expect(
    formEntries.some(([name]) => FIELD.test(name)),
    JSON.stringify(formEntries),
  ).toBe(true);
  const junk = (field: string): string => {
    if (field === 'version') return String(random() < 0.7 ? version - 1 : weirdValue());
    if (field === 'slug') return random() < 0.9 ? SLUG : String(weirdValue());
    if (field === 'status') return String(random() < 0.5 ? pick(STATUSES) : weirdValue());
    if (field === 'reason') return random() < 0.5 ? 'fuzz reason' : String(weirdValue());
    return typeof weirdValue() === 'object' ? JSON.stringify(weirdValue()) : String(weirdValue());
  };
  for (let index = 0; index < 300; index += 1) {
    const multipart: Record<string, string> = {};
    for (const [name, value] of formEntries) {
      const field = FIELD.exec(name)?.[1];
      multipart[name] = field ? junk(field) : value;
    }
    const response = await api.post(actionRequest.url(), { headers: actionHeaders, multipart });
    const text = await response.text();
    // A server action answers 200 with the form's error state (shown next to the fields).
    expect(response.status(), `form #${index}: ${JSON.stringify(multipart).slice(0, 300)}`).toBeLessThan(500);
    expect(text, `form #${index}`).not.toMatch(/\bat \S+ \(.*:\d+:\d+\)|node_modules/);
  }

  expect(await snapshot()).toEqual(before);
  await context.close();
});
