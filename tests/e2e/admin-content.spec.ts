// Admins manage content in the browser: create a bilingual commitment with a verbatim citation,
// the public sees it in English and Vietnamese; an editor marks a milestone done; archiving hides
// the commitment from the public lists and its page.
import crypto from 'node:crypto';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { hashPassword } from '../../lib/auth/password';
import { createPrismaClient } from '../../lib/prisma-client';

const PASSWORD = 'saffron-lagoon-meridian-58';
const db = createPrismaClient(process.env.E2E_DATABASE_URL ?? '');

async function createUser(name: string, role: 'EDITOR' | 'ADMIN') {
  const email = `${role.toLowerCase()}-${crypto.randomBytes(3).toString('hex')}@example.org`;
  await db.user.create({ data: { email, name, role, passwordHash: await hashPassword(PASSWORD) } });
  return email;
}

async function signIn(browser: Browser, email: string, target: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`/en/login?callbackUrl=${encodeURIComponent(target)}`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(new RegExp(`${target.replace(/[?]/g, '\\?')}$`));
  return page;
}

test.afterAll(async () => {
  await db.$disconnect();
});

test('an admin creates, cites and archives a commitment; an editor marks its milestone done', async ({
  browser,
}) => {
  const slug = `offshore-wind-${crypto.randomBytes(3).toString('hex')}`;
  const titleEn = 'Joint roadmap for offshore wind';
  const titleVi = 'Lộ trình chung về điện gió ngoài khơi';
  const agreement = await db.agreement.findFirstOrThrow({
    where: { pillars: { some: {} } },
    orderBy: { id: 'asc' },
    include: { pillars: { orderBy: { position: 'asc' } } },
  });
  const source = await db.source.findFirstOrThrow({ orderBy: { id: 'asc' } });
  const quote = source.text
    .split('\n')
    .find((line) => line.length > 60)!
    .slice(0, 120)
    .trim();

  const admin = await signIn(browser, await createUser('Ada Admin', 'ADMIN'), '/en/admin/commitments');
  await admin.getByRole('link', { name: 'New commitment' }).click();
  await expect(admin.getByRole('heading', { level: 1, name: 'New commitment' })).toBeVisible();

  // A bad slug: a field error next to the field, values kept, nothing created.
  await admin.getByLabel('Slug').fill('Offshore Wind!');
  await admin.getByLabel('Agreement').selectOption({ value: String(agreement.id) });
  await admin.getByLabel('Pillar').selectOption({ value: String(agreement.pillars[0]!.id) });
  await admin.getByLabel('Title (English)').fill(titleEn);
  await admin.getByLabel('Title (Vietnamese)').fill(titleVi);
  await admin
    .getByLabel('Description (Vietnamese)')
    .fill('Hai bên xây dựng lộ trình phát triển điện gió ngoài khơi.');
  await admin.getByLabel('Deadline', { exact: true }).fill('2030-12-31');
  await admin.getByRole('button', { name: 'Create commitment' }).click();
  await expect(admin.getByText('Nothing was saved. Correct the fields marked below.')).toBeVisible();
  await expect(admin.getByText('Use lower-case letters, digits and single hyphens')).toBeVisible();
  await expect(admin.getByLabel('Slug')).toHaveAttribute('aria-invalid', 'true');
  await expect(admin.getByLabel('Title (Vietnamese)')).toHaveValue(titleVi);
  expect(await db.commitment.count({ where: { titleEn } })).toBe(0);

  await admin.getByLabel('Slug').fill(slug);
  await admin.getByRole('button', { name: 'Create commitment' }).click();
  await expect(admin).toHaveURL(new RegExp(`/en/admin/commitments/${slug}/edit\\?created=1$`));
  await expect(admin.getByText('Commitment created. Add its source quotes below.')).toBeVisible();

  // A quote that is not word for word in the source is refused; the verbatim one is placed.
  const add = admin.getByTestId('citation-add');
  await add.getByLabel('Source').selectOption({ value: String(source.id) });
  await add.getByLabel('Quote').fill(`${quote} and more`);
  await add.getByRole('button', { name: 'Add quote' }).click();
  await expect(add.getByText('This quote is not in the chosen source word for word.')).toBeVisible();
  await expect(add.getByLabel('Quote')).toHaveValue(`${quote} and more`);
  await add.getByLabel('Quote').fill(quote);
  await add.getByRole('button', { name: 'Add quote' }).click();
  const start = source.text.indexOf(quote);
  await expect(admin.getByText(`Characters ${start}–${start + quote.length} of the source`)).toBeVisible();

  // The public sees it in both languages, with the quote.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/en/commitments/${slug}`);
  await expect(visitor.getByRole('heading', { level: 1, name: titleEn })).toBeVisible();
  await expect(visitor.getByTestId('quotes')).toContainText(quote);
  await visitor.goto(`/vi/commitments/${slug}`);
  await expect(visitor.getByRole('heading', { level: 1, name: titleVi })).toBeVisible();
  await expect(visitor.getByText('Hai bên xây dựng lộ trình phát triển điện gió ngoài khơi.')).toBeVisible();
  await visitor.goto(`/vi/commitments?q=${encodeURIComponent('điện gió ngoài khơi')}`);
  await expect(visitor.getByRole('link', { name: titleVi })).toBeVisible();

  // The admin (also an editor) adds a milestone from the commitment page.
  await admin.goto(`/en/commitments/${slug}`);
  const addMilestone = admin.getByTestId('milestone-add');
  await addMilestone.getByLabel('Milestone (English)').fill('Site survey completed');
  await addMilestone.getByLabel('Milestone (Vietnamese)').fill('Hoàn thành khảo sát địa điểm');
  await addMilestone.getByLabel('Due').fill('2027-06-30');
  await addMilestone.getByRole('button', { name: 'Add milestone' }).click();
  await expect(admin.getByTestId('milestone-row')).toHaveCount(1);

  // An editor marks it done; the public page shows it done.
  const editor = await signIn(browser, await createUser('Eddie Editor', 'EDITOR'), `/en/commitments/${slug}`);
  const row = editor.getByTestId('milestone-row');
  await expect(row.getByLabel('Milestone (Vietnamese)')).toHaveValue('Hoàn thành khảo sát địa điểm');
  await row.getByLabel('Done on').fill('2026-03-15');
  await row.getByRole('button', { name: 'Mark done' }).click();
  await expect(editor.getByTestId('milestone-row').getByRole('button', { name: 'Reopen' })).toBeVisible();
  await visitor.goto(`/en/commitments/${slug}`);
  await expect(visitor.locator('.milestones')).toContainText('Site survey completed');
  await expect(visitor.locator('.milestones')).toContainText('done 15 Mar 2026');
  // Editors cannot reach the admin pages.
  await editor.goto(`/en/admin/commitments/${slug}/edit`);
  await expect(editor.getByRole('button', { name: 'Save changes' })).toHaveCount(0);

  // Archiving hides it from the public lists and its page; the admin list still shows it.
  await admin.goto(`/en/admin/commitments/${slug}/edit`);
  await admin.getByRole('button', { name: 'Archive', exact: true }).click();
  await expect(admin.getByTestId('archived-notice')).toBeVisible();
  await visitor.goto(`/vi/commitments?q=${encodeURIComponent('điện gió ngoài khơi')}`);
  await expect(visitor.getByRole('link', { name: titleVi })).toHaveCount(0);
  await visitor.goto('/en/commitments?q=offshore');
  await expect(visitor.getByRole('link', { name: titleEn })).toHaveCount(0);
  const gone = await visitor.goto(`/en/commitments/${slug}`);
  expect(gone?.status()).toBe(404);
  await admin.goto('/en/admin/commitments');
  await expect(admin.locator(`tr[data-archived="true"]`, { hasText: slug })).toBeVisible();
});

test('a stale commitment edit gets the conflict message and overwrites nothing', async ({ browser }) => {
  // Its own commitment, so the seeded ones other tests read stay as they are.
  const agreement = await db.agreement.findFirstOrThrow({ orderBy: { id: 'asc' } });
  const commitment = await db.commitment.create({
    data: {
      slug: `conflict-${crypto.randomBytes(3).toString('hex')}`,
      agreementId: agreement.id,
      titleEn: 'Conflict fixture',
      titleVi: 'Cam kết để thử xung đột',
      responsibleParty: 'BOTH',
      kind: 'QUALITATIVE',
    },
  });
  const email = await createUser('Ada Second', 'ADMIN');
  const path = `/en/admin/commitments/${commitment.slug}/edit`;
  const first = await signIn(browser, email, path);
  const second = await signIn(browser, email, path);
  await first.getByLabel('Title (English)').fill('Edited by the first tab');
  await first.getByRole('button', { name: 'Save changes' }).click();
  await expect(first.getByTestId('commitment-form-message')).toHaveText(
    `Saved. The commitment is now at version ${commitment.version + 1}.`,
  );
  await second.getByLabel('Title (English)').fill('Edited by the stale tab');
  await second.getByRole('button', { name: 'Save changes' }).click();
  const conflict = second.getByTestId('conflict');
  await expect(conflict.getByRole('heading', { name: 'Someone saved a change first' })).toBeVisible();
  await expect(conflict).toContainText('Edited by the first tab');
  await expect(conflict).toContainText('Edited by the stale tab');
  expect((await db.commitment.findUniqueOrThrow({ where: { id: commitment.id } })).titleEn).toBe(
    'Edited by the first tab',
  );
});
