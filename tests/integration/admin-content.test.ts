// Content actions as an admin/editor: valid changes land with their audit row and data-version
// bump; invalid input (bad or duplicate slug, quote not in the source, a pillar of another
// agreement, wrong types, markup) gives field errors and changes nothing; a stale edit conflicts.
process.env.NEXTAUTH_SECRET ??= 'integration-secret-not-for-production-0123456789';
import { beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('next/headers', async () => (await import('../support/next-request-mocks')).nextHeaders);
vi.mock('next/cache', async () => (await import('../support/next-request-mocks')).nextCache);

import { sessionJar as jar } from '../support/next-request-mocks';

import {
  addCitationAction,
  createCommitmentAction,
  editCitationAction,
  editCommitmentAction,
} from '@/lib/actions/commitments';
import { saveMilestoneAction } from '@/lib/actions/milestones';
import { db } from '@/lib/db';
import { makeUser, sessionTokenFor } from '../support/auth-fixtures';
import { commitmentForm, contentOptions, freshCommitment } from '../support/content-fixtures';

let adminCookie = '';
let editorCookie = '';
const idle = { kind: 'idle' as const, attempt: 0 };

beforeAll(async () => {
  adminCookie = (await sessionTokenFor(db, await makeUser(db, { role: 'ADMIN' }))).token;
  editorCookie = (await sessionTokenFor(db, await makeUser(db, { role: 'EDITOR' }))).token;
});

const form = (fields: Record<string, string | number>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, String(value));
  return data;
};
const lastAudit = () => db.auditEvent.findFirstOrThrow({ orderBy: { id: 'desc' } });
const dataVersion = async () =>
  (await db.dataVersion.findUnique({ where: { scope: 'public' } }))?.version ?? 0;

describe('creating and editing commitments', () => {
  it('creates a bilingual commitment, audited, and bumps the data version', async () => {
    jar.cookie = adminCookie;
    const { agreement } = await contentOptions(db);
    const before = await dataVersion();
    const state = await createCommitmentAction(
      idle,
      commitmentForm({
        slug: 'green-hydrogen-fund',
        agreementId: String(agreement.id),
        pillarId: String(agreement.pillars[0]!.id),
      }),
    );
    expect(state).toMatchObject({ kind: 'ok', slug: 'green-hydrogen-fund', version: 1 });
    const row = await db.commitment.findUniqueOrThrow({ where: { slug: 'green-hydrogen-fund' } });
    expect(row).toMatchObject({
      titleEn: 'Joint research fund for green hydrogen',
      titleVi: 'Quỹ nghiên cứu chung về hydro xanh',
      kind: 'NUMERIC_TARGET',
      targetValue: 12,
      deadlineTextVi: 'đến năm 2030',
      descriptionEn: null,
      version: 1,
      archivedAt: null,
    });
    expect(row.deadline?.toISOString()).toBe('2030-12-31T00:00:00.000Z');
    expect(await dataVersion()).toBeGreaterThan(before);
    expect(await lastAudit()).toMatchObject({
      action: 'commitment.create',
      outcome: 'OK',
      targetId: 'green-hydrogen-fund',
    });
  });

  const invalidCases: {
    name: string;
    fields: (o: Awaited<ReturnType<typeof contentOptions>>) => Record<string, string>;
    field: string;
    error: string;
  }[] = [
    {
      name: 'a slug that is not kebab-case',
      fields: () => ({ slug: 'Bad Slug!' }),
      field: 'slug',
      error: 'slug',
    },
    {
      name: 'a slug with a trailing hyphen',
      fields: () => ({ slug: 'trailing-' }),
      field: 'slug',
      error: 'slug',
    },
    {
      name: 'a duplicate slug',
      fields: () => ({ slug: 'english-second-language-2035' }),
      field: 'slug',
      error: 'slugTaken',
    },
    {
      name: 'a pillar of another agreement',
      fields: (o) => ({ slug: 'pillar-mismatch', pillarId: String(o.otherAgreement.pillars[0]!.id) }),
      field: 'pillarId',
      error: 'pillarMismatch',
    },
    {
      name: 'an unknown agreement',
      fields: () => ({ slug: 'no-agreement', agreementId: '999999' }),
      field: 'agreementId',
      error: 'agreement',
    },
    {
      name: 'a non-numeric agreement',
      fields: () => ({ slug: 'agreement-type', agreementId: 'abc' }),
      field: 'agreementId',
      error: 'agreement',
    },
    {
      name: 'a number field holding text',
      fields: () => ({ slug: 'bad-number', targetValue: 'twelve' }),
      field: 'targetValue',
      error: 'number',
    },
    {
      name: 'an impossible date',
      fields: () => ({ slug: 'bad-date', deadline: '2026-02-30' }),
      field: 'deadline',
      error: 'date',
    },
    {
      name: 'an unknown kind',
      fields: () => ({ slug: 'bad-kind', kind: 'WISH' }),
      field: 'kind',
      error: 'kind',
    },
    {
      name: 'an unknown party',
      fields: () => ({ slug: 'bad-party', responsibleParty: 'FRANCE' }),
      field: 'responsibleParty',
      error: 'party',
    },
    {
      name: 'no title in either language',
      fields: () => ({ slug: 'no-title', titleEn: '  ', titleVi: '' }),
      field: 'titleEn',
      error: 'titleRequired',
    },
    {
      name: 'markup in a title',
      fields: () => ({ slug: 'markup-title', titleVi: '<script>x</script>' }),
      field: 'titleVi',
      error: 'markup',
    },
  ];

  for (const testCase of invalidCases) {
    it(`refuses ${testCase.name} with a field error, keeping the values and changing nothing`, async () => {
      jar.cookie = adminCookie;
      const options = await contentOptions(db);
      const fields: Record<string, string> = {
        agreementId: String(options.agreement.id),
        ...testCase.fields(options),
      };
      const count = await db.commitment.count();
      const version = await dataVersion();
      const state = await createCommitmentAction(idle, commitmentForm(fields));
      expect(state.kind).toBe('invalid');
      if (state.kind !== 'invalid') return;
      expect(state.errors[testCase.field]).toBe(`adminContent.errors.${testCase.error}`);
      expect(state.values.slug).toBe(fields.slug);
      expect(state.values.titleVi).toBe(fields.titleVi ?? 'Quỹ nghiên cứu chung về hydro xanh');
      expect(await db.commitment.count()).toBe(count);
      expect(await dataVersion()).toBe(version);
      expect(await lastAudit()).toMatchObject({ action: 'commitment.create', outcome: 'INVALID' });
    });
  }

  it('edits both languages and increments the version; a stale form conflicts and overwrites nothing', async () => {
    jar.cookie = adminCookie;
    const target = await freshCommitment(db);
    const edit = (version: number, titleEn: string) =>
      editCommitmentAction(
        idle,
        commitmentForm({
          slug: target.slug,
          version: String(version),
          agreementId: String(target.agreementId),
          titleEn,
          titleVi: `${titleEn} (vi)`,
        }),
      );
    expect(await edit(target.version, 'First edit')).toMatchObject({
      kind: 'ok',
      version: target.version + 1,
    });
    const stale = await edit(target.version, 'Stale edit');
    expect(stale.kind).toBe('conflict');
    if (stale.kind !== 'conflict') return;
    expect(stale.current.titleEn).toBe('First edit');
    expect(stale.values.titleEn).toBe('Stale edit');
    expect(stale.version).toBe(target.version + 1);
    const row = await db.commitment.findUniqueOrThrow({ where: { id: target.id } });
    expect(row).toMatchObject({
      titleEn: 'First edit',
      titleVi: 'First edit (vi)',
      version: target.version + 1,
    });
    expect(await lastAudit()).toMatchObject({ action: 'commitment.edit', outcome: 'CONFLICT' });
  });

  it('answers not-found for an unknown slug', async () => {
    jar.cookie = adminCookie;
    const state = await editCommitmentAction(
      idle,
      commitmentForm({ slug: 'no-such-commitment', version: '1', agreementId: '1' }),
    );
    expect(state.kind).toBe('not-found');
  });
});

describe('citations', () => {
  it('computes the offsets from the source text (CRLF from a textarea normalised)', async () => {
    jar.cookie = adminCookie;
    const target = await freshCommitment(db);
    const source = await db.source.findFirstOrThrow({ where: { text: { contains: '\n' } } });
    const at = source.text.indexOf('\n') - 30;
    const quote = source.text.slice(at, at + 80);
    const state = await addCitationAction(
      idle,
      form({ slug: target.slug, sourceId: source.id, quote: quote.replace(/\n/g, '\r\n') }),
    );
    expect(state.kind).toBe('ok');
    const citation = await db.citation.findFirstOrThrow({
      where: { commitmentId: target.id },
      orderBy: { id: 'desc' },
    });
    expect(source.text.slice(citation.startOffset, citation.endOffset)).toBe(citation.quote);
    expect(citation.quote).toBe(quote.trim());
    expect(citation.position).toBe(1);
  });

  it('refuses a quote that is not verbatim in the source, and an unknown source', async () => {
    jar.cookie = adminCookie;
    const target = await freshCommitment(db);
    const { source, quote } = await contentOptions(db);
    const count = await db.citation.count();
    const altered = await addCitationAction(
      idle,
      form({ slug: target.slug, sourceId: source.id, quote: `${quote} (paraphrased)` }),
    );
    expect(altered).toMatchObject({
      kind: 'invalid',
      errors: { quote: 'adminContent.errors.quoteNotFound' },
    });
    if (altered.kind === 'invalid') expect(altered.values.quote).toBe(`${quote} (paraphrased)`);
    const unknown = await addCitationAction(idle, form({ slug: target.slug, sourceId: 999999, quote }));
    expect(unknown).toMatchObject({ kind: 'invalid', errors: { sourceId: 'adminContent.errors.source' } });
    const editing = await editCitationAction(
      idle,
      form({
        slug: target.slug,
        citationId: target.citations[0]!.id,
        sourceId: source.id,
        quote: 'Not in the text at all',
      }),
    );
    expect(editing).toMatchObject({
      kind: 'invalid',
      errors: { quote: 'adminContent.errors.quoteNotFound' },
    });
    expect(await db.citation.count()).toBe(count);
    expect((await db.citation.findUniqueOrThrow({ where: { id: target.citations[0]!.id } })).quote).toBe(
      quote,
    );
    expect(await lastAudit()).toMatchObject({ action: 'citation.edit', outcome: 'INVALID' });
  });

  it('does not edit a citation through another commitment', async () => {
    jar.cookie = adminCookie;
    const a = await freshCommitment(db);
    const b = await freshCommitment(db);
    const { source } = await contentOptions(db);
    const state = await editCitationAction(
      idle,
      form({
        slug: a.slug,
        citationId: b.citations[0]!.id,
        sourceId: source.id,
        quote: source.text.slice(0, 20),
      }),
    );
    expect(state.kind).toBe('not-found');
  });
});

describe('milestones', () => {
  it('lets an editor mark done (today by default) and reopen', async () => {
    jar.cookie = editorCookie;
    const target = await freshCommitment(db);
    const id = target.milestones[0]!.id;
    const base = {
      slug: target.slug,
      milestoneId: id,
      titleEn: 'First step',
      titleVi: 'Bước đầu tiên',
      dueDate: '',
      doneDate: '',
    };
    expect(await saveMilestoneAction(idle, form({ ...base, intent: 'done' }))).toMatchObject({ kind: 'ok' });
    const done = await db.milestone.findUniqueOrThrow({ where: { id } });
    expect(done.doneDate?.toISOString().slice(0, 10)).toBe(new Date().toISOString().slice(0, 10));
    await saveMilestoneAction(idle, form({ ...base, intent: 'reopen' }));
    expect((await db.milestone.findUniqueOrThrow({ where: { id } })).doneDate).toBeNull();
    expect(await lastAudit()).toMatchObject({ action: 'milestone.reopen', outcome: 'OK' });
  });

  it('refuses bad dates, a done date in the future, no title, and a milestone of another commitment', async () => {
    jar.cookie = editorCookie;
    const target = await freshCommitment(db);
    const other = await freshCommitment(db);
    const id = target.milestones[0]!.id;
    const base = {
      slug: target.slug,
      milestoneId: id,
      intent: 'save',
      titleEn: 'X',
      titleVi: '',
      dueDate: '',
      doneDate: '',
    };
    expect(await saveMilestoneAction(idle, form({ ...base, dueDate: '31/12/2027' }))).toMatchObject({
      kind: 'invalid',
      errors: { dueDate: 'adminContent.errors.date' },
      values: { dueDate: '31/12/2027' },
    });
    expect(await saveMilestoneAction(idle, form({ ...base, doneDate: '2099-01-01' }))).toMatchObject({
      kind: 'invalid',
      errors: { doneDate: 'adminContent.errors.doneInFuture' },
    });
    expect(await saveMilestoneAction(idle, form({ ...base, titleEn: '' }))).toMatchObject({
      kind: 'invalid',
      errors: { titleEn: 'adminContent.errors.titleRequired' },
    });
    expect(
      await saveMilestoneAction(
        idle,
        form({ ...base, milestoneId: other.milestones[0]!.id, intent: 'remove' }),
      ),
    ).toMatchObject({ kind: 'not-found' });
    expect(await db.milestone.findUniqueOrThrow({ where: { id } })).toMatchObject({
      titleEn: 'First step',
      dueDate: null,
    });
    expect(await db.milestone.count({ where: { commitmentId: other.id } })).toBe(1);
  });

  it('does not touch milestones of an archived commitment', async () => {
    jar.cookie = editorCookie;
    const target = await freshCommitment(db, { archived: true });
    const state = await saveMilestoneAction(
      idle,
      form({ slug: target.slug, intent: 'add', titleEn: 'Late', titleVi: '', dueDate: '', doneDate: '' }),
    );
    expect(state.kind).toBe('not-found');
    expect(await db.milestone.count({ where: { commitmentId: target.id } })).toBe(1);
  });
});
