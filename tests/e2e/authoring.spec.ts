// An admin adds an agreement from the interface: details, two ordered pillars and a pasted source
// text, then makes a commitment by clicking a marked sentence of it; a visitor then finds the new
// source, agreement and commitment by searching without diacritics.
import crypto from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { hashPassword } from '../../lib/auth/password';
import { createPrismaClient } from '../../lib/prisma-client';

const PASSWORD = 'saffron-lagoon-meridian-58';
const db = createPrismaClient(process.env.E2E_DATABASE_URL ?? '');

test.afterAll(async () => {
  await db.$disconnect();
});

test('an admin creates an agreement with two pillars and a pasted source; a visitor finds it', async ({
  browser,
}) => {
  const suffix = crypto.randomBytes(3).toString('hex');
  const slug = `green-growth-${suffix}`;
  const email = `admin-${suffix}@example.org`;
  await db.user.create({
    data: { email, name: 'Ada Admin', role: 'ADMIN', passwordHash: await hashPassword(PASSWORD) },
  });
  const admin = await (await browser.newContext()).newPage();
  await admin.goto(`/en/login?callbackUrl=${encodeURIComponent('/en/admin/agreements')}`);
  await admin.getByLabel('Email').fill(email);
  await admin.getByLabel('Password').fill(PASSWORD);
  await admin.getByRole('button', { name: 'Sign in' }).click();
  await expect(admin).toHaveURL(/\/en\/admin\/agreements$/);

  const create = admin.getByTestId('new-agreement');
  await create.getByLabel('Identifier (used in addresses)').fill(slug);
  await create.getByLabel('Title (English)').fill(`Joint Statement on Green Growth ${suffix}`);
  await create.getByLabel('Title (Vietnamese)').fill(`Tuyên bố chung về tăng trưởng xanh ${suffix}`);
  await create.getByLabel('Parties').fill('Viet Nam; United Kingdom');
  await create.getByLabel('Dated event').selectOption('ADOPTED');
  await create.getByLabel('Date of that event').fill('2026-03-15');
  await create.getByRole('button', { name: 'Create agreement' }).click();
  await expect(admin).toHaveURL(new RegExp(`/en/admin/agreements/${slug}$`));

  const addPillar = admin.getByTestId('add-pillar');
  for (const [pillarSlug, nameEn, nameVi] of [
    ['energy', 'Energy transition', 'Chuyển đổi năng lượng'],
    ['skills', 'Green skills', 'Kỹ năng xanh'],
  ] as const) {
    await addPillar.getByLabel('Pillar identifier').fill(pillarSlug);
    await addPillar.getByLabel('Name (English)').fill(nameEn);
    await addPillar.getByLabel('Name (Vietnamese)').fill(nameVi);
    await addPillar.getByRole('button', { name: 'Add pillar' }).click();
    await expect(
      admin.getByTestId('pillar').filter({ has: admin.locator(`[value="${nameEn}"]`) }),
    ).toHaveCount(1);
  }
  await expect(admin.getByTestId('pillar')).toHaveCount(2);
  await admin.getByRole('button', { name: 'Move up: Green skills' }).click();
  await expect(admin.getByTestId('pillar').first()).toHaveAttribute('data-slug', 'skills');
  const axe = await new AxeBuilder({ page: admin }).analyze();
  expect(
    axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
  ).toEqual([]);

  const source = admin.getByTestId('new-source');
  await source.getByLabel('Source identifier').fill(`${slug}-statement`);
  await source.getByLabel('Title', { exact: true }).fill('Joint Statement on Green Growth');
  await source.getByLabel('Publisher').fill('Ministry of Foreign Affairs');
  await source.getByLabel('Language of the text').selectOption('vi');
  await source
    .getByLabel('Full text')
    .fill(
      `Hai bên nhất trí thành lập đối thoại tăng trưởng xanh ${suffix}.\nVương quốc Anh sẽ hỗ trợ đào tạo điện gió ngoài khơi.`,
    );
  await source.getByRole('button', { name: 'Add source' }).click();
  await expect(admin).toHaveURL(new RegExp(`/en/admin/sources/${slug}-statement$`));
  await expect(admin.getByLabel('Full text')).toHaveValue(/điện gió ngoài khơi/);

  // The reader marks the sentences that read like commitments; one becomes a commitment.
  const reader = admin.getByTestId('source-reader');
  await expect(reader.getByTestId('marked-count')).toContainText('2 of 2 sentences');
  const sentenceText = 'Vương quốc Anh sẽ hỗ trợ đào tạo điện gió ngoài khơi.';
  await reader
    .getByTestId('sentence')
    .filter({ hasText: sentenceText })
    .getByTestId('make-commitment')
    .click();
  await expect(admin.getByTestId('picked-quote')).toContainText(sentenceText);
  const commitmentSlug = `${slug}-wind-training`;
  await admin.getByLabel('Slug').fill(commitmentSlug);
  await admin.getByLabel('Pillar').selectOption({ label: 'Green skills' });
  await admin.getByLabel('Title (English)').fill('UK support for offshore wind training');
  await admin.getByLabel('Title (Vietnamese)').fill('Anh hỗ trợ đào tạo điện gió ngoài khơi');
  await admin.getByRole('button', { name: 'Create commitment' }).click();
  await expect(admin).toHaveURL(
    new RegExp(`/en/admin/commitments/${commitmentSlug}/edit\\?created=1&source=`),
  );
  const add = admin.getByTestId('citation-add');
  await expect(add.getByLabel('Quote')).toHaveValue(sentenceText);
  await add.getByRole('button', { name: 'Add quote' }).click();
  await expect(admin.getByTestId('citation-edit')).toHaveCount(1);
  const saved = await db.citation.findFirstOrThrow({
    where: { commitment: { slug: commitmentSlug } },
    include: { source: { select: { text: true } } },
  });
  expect(saved.source.text.slice(saved.startOffset, saved.endOffset)).toBe(sentenceText);
  await admin.goto(`/en/admin/sources/${slug}-statement`);
  await expect(
    admin.getByTestId('sentence').filter({ hasText: sentenceText }).getByTestId('cited-by'),
  ).toContainText('UK support for offshore wind training');

  // A second commitment, from the other marked sentence.
  const dialogueSentence = `Hai bên nhất trí thành lập đối thoại tăng trưởng xanh ${suffix}.`;
  await admin
    .getByTestId('sentence')
    .filter({ hasText: dialogueSentence })
    .getByTestId('make-commitment')
    .click();
  await expect(admin.getByTestId('picked-quote')).toContainText(dialogueSentence);
  await admin.getByLabel('Slug').fill(`${slug}-dialogue`);
  await admin.getByLabel('Pillar').selectOption({ label: 'Energy transition' });
  await admin.getByLabel('Title (English)').fill('A green growth dialogue');
  await admin.getByLabel('Title (Vietnamese)').fill('Đối thoại tăng trưởng xanh');
  await admin.getByRole('button', { name: 'Create commitment' }).click();
  await expect(admin).toHaveURL(
    new RegExp(`/en/admin/commitments/${slug}-dialogue/edit\\?created=1&source=`),
  );
  await admin.getByTestId('citation-add').getByRole('button', { name: 'Add quote' }).click();
  await expect(admin.getByTestId('citation-edit')).toHaveCount(1);

  // Any span (JavaScript on): selecting words inside a sentence offers exactly those words.
  await admin.goto(`/en/admin/sources/${slug}-statement`);
  const words = 'đào tạo điện gió';
  await admin.evaluate((wanted) => {
    const element = [...document.querySelectorAll('[data-start]')].find((node) =>
      node.textContent?.includes(wanted),
    )!;
    const text = element.firstChild!;
    const at = text.textContent!.indexOf(wanted);
    const range = document.createRange();
    range.setStart(text, at);
    range.setEnd(text, at + wanted.length);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
  }, words);
  await expect(admin.getByTestId('selected-span')).toContainText(`“${words}”`);
  await admin.getByTestId('make-from-selection').click();
  await expect(admin.getByTestId('picked-quote')).toContainText(words);
  const picked = new URL(admin.url()).searchParams;
  const statement = await db.source.findUniqueOrThrow({ where: { slug: `${slug}-statement` } });
  expect(statement.text.slice(Number(picked.get('start')), Number(picked.get('end')))).toBe(words);

  // A second source, uploaded as a file: its text is extracted and kept.
  await admin.goto(`/en/admin/agreements/${slug}`);
  const upload = admin.getByTestId('new-source');
  await upload.getByLabel('Source identifier').fill(`${slug}-note`);
  await upload.getByLabel('Title', { exact: true }).fill('Press note');
  await upload.getByLabel('Publisher').fill('Embassy');
  await upload.getByLabel('Or upload a file').setInputFiles({
    name: 'note.html',
    mimeType: 'text/html',
    buffer: Buffer.from(
      '<html><body><h1>Press note</h1><p>The UK pledged ten scholarships.</p></body></html>',
    ),
  });
  await upload.getByRole('button', { name: 'Add source' }).click();
  await expect(admin).toHaveURL(new RegExp(`/en/admin/sources/${slug}-note$`));
  await expect(admin.getByLabel('Full text')).toHaveValue('Press note\nThe UK pledged ten scholarships.');
  await expect(admin.getByTestId('marked-count')).toContainText('1 of 2 sentences');

  // A visitor, not signed in, searching without diacritics.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/vi/search?q=${encodeURIComponent(`tang truong xanh ${suffix}`)}`);
  await expect(visitor.getByTestId('search-agreements')).toContainText(
    `Tuyên bố chung về tăng trưởng xanh ${suffix}`,
  );
  await expect(visitor.getByTestId('search-sources').locator('mark').first()).toHaveText(/tăng/);
  await visitor.goto('/en/search?q=dien%20gio%20ngoai%20khoi');
  await expect(visitor.getByTestId('search-sources')).toContainText('Joint Statement on Green Growth');
  await visitor.goto(`/en/search?q=${encodeURIComponent('doi thoai tang truong')}`);
  await expect(visitor.getByTestId('search-commitments')).toContainText('A green growth dialogue');
  await visitor.goto('/vi/search?q=dao%20tao%20dien%20gio');
  await expect(visitor.getByTestId('search-commitments').locator('li').first()).toContainText(
    'Anh hỗ trợ đào tạo điện gió ngoài khơi',
  );
  await visitor.goto(`/en/agreements/${slug}`);
  await expect(visitor.getByRole('heading', { level: 1 })).toContainText('Green Growth');

  // Archiving: first its commitments, then the agreement leaves the overview.
  await visitor.goto('/en');
  await expect(visitor.getByTestId('agreement-card').filter({ hasText: suffix })).toHaveCount(1);
  await admin.goto(`/en/admin/agreements/${slug}`);
  await admin.getByTestId('archive-agreement').getByRole('button', { name: 'Archive agreement' }).click();
  await expect(admin.getByTestId('archive-agreement-alert')).toContainText('Archive its commitments first');
  for (const archived of [commitmentSlug, `${slug}-dialogue`]) {
    await admin.goto(`/en/admin/commitments/${archived}/edit`);
    await admin.getByRole('button', { name: 'Archive', exact: true }).click();
    await expect(admin.getByTestId('archived-notice')).toBeVisible();
  }
  await admin.goto(`/en/admin/agreements/${slug}`);
  await admin.getByTestId('archive-agreement').getByRole('button', { name: 'Archive agreement' }).click();
  await expect(admin.getByText('This agreement is archived')).toBeVisible();
  await visitor.goto('/en');
  await expect(visitor.getByTestId('agreement-card').filter({ hasText: suffix })).toHaveCount(0);
});

test('two admins edit the same agreement: the later save shows a conflict beside its values', async ({
  browser,
}) => {
  const suffix = crypto.randomBytes(3).toString('hex');
  const email = `editor-pair-${suffix}@example.org`;
  await db.user.create({
    data: { email, name: 'Pat Pair', role: 'ADMIN', passwordHash: await hashPassword(PASSWORD) },
  });
  const { slug } = await db.agreement.findFirstOrThrow({
    where: { archivedAt: null },
    orderBy: { id: 'asc' },
  });
  const context = await browser.newContext();
  const signIn = await context.newPage();
  await signIn.goto(`/en/login?callbackUrl=${encodeURIComponent(`/en/admin/agreements/${slug}`)}`);
  await signIn.getByLabel('Email').fill(email);
  await signIn.getByLabel('Password').fill(PASSWORD);
  await signIn.getByRole('button', { name: 'Sign in' }).click();
  await expect(signIn).toHaveURL(new RegExp(`/en/admin/agreements/${slug}$`));
  const first = signIn;
  const second = await context.newPage();
  await second.goto(`/en/admin/agreements/${slug}`);

  // The first saves the form as it is (a new version); the second's edit is then stale.
  await first.getByTestId('edit-agreement').getByRole('button', { name: 'Save agreement' }).click();
  await expect(first.getByTestId('edit-agreement-alert')).toContainText('Saved');
  const form = second.getByTestId('edit-agreement');
  await form.getByLabel('Parties').fill(`Changed parties ${suffix}`);
  await form.getByRole('button', { name: 'Save agreement' }).click();
  await expect(form.getByTestId('edit-agreement-alert')).toContainText('Someone saved this agreement');
  await expect(form.getByTestId('conflict')).toContainText(`Changed parties ${suffix}`);
  await expect(form.getByLabel('Parties')).toHaveValue(`Changed parties ${suffix}`);
  expect((await db.agreement.findUniqueOrThrow({ where: { slug } })).parties).not.toContain(suffix);
  await context.close();
});
