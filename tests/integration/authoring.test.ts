// Admins add agreements, pillars and sources through the pipeline: each change is audited and
// bumps the data version; bad input gives field errors and writes nothing; a cited source's text
// never changes; an agreement with public commitments cannot be archived; editors are refused.
process.env.NEXTAUTH_SECRET ??= 'integration-secret-not-for-production-0123456789';
import { beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('next/headers', async () => (await import('../support/next-request-mocks')).nextHeaders);
vi.mock('next/cache', async () => (await import('../support/next-request-mocks')).nextCache);

import { sessionJar as jar } from '../support/next-request-mocks';

import {
  addPillarAction,
  createAgreementAction,
  createSourceAction,
  editAgreementAction,
  editPillarAction,
  editSourceAction,
  movePillarAction,
  setAgreementArchivedAction,
} from '@/lib/actions/authoring';
import { addCitationAction, createCommitmentAction } from '@/lib/actions/commitments';
import { db } from '@/lib/db';
import { getPickedQuote } from '@/lib/queries/admin-agreements';
import { listAgreementsWithPillars } from '@/lib/queries/agreements';
import { search } from '@/lib/queries/search';
import { parseSearchInput } from '@/lib/search/query';
import { splitSentences } from '@/lib/sources/sentences';
import { makeUser, sessionTokenFor } from '../support/auth-fixtures';
import { commitmentForm } from '../support/content-fixtures';

let adminCookie = '';
let editorCookie = '';
const idle = { kind: 'idle' as const, attempt: 0 };

const form = (fields: Record<string, string | number>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, String(value));
  return data;
};
const lastAudit = () => db.auditEvent.findFirstOrThrow({ orderBy: { id: 'desc' } });
const dataVersion = async () =>
  (await db.dataVersion.findUnique({ where: { scope: 'public' } }))?.version ?? 0;

const AGREEMENT = {
  slug: 'vn-uk-green-growth-2026',
  titleEn: 'Viet Nam–UK Joint Statement on Green Growth',
  titleVi: 'Tuyên bố chung Việt Nam – Vương quốc Anh về tăng trưởng xanh',
  summaryEn: 'Leaders agreed a programme on green growth.',
  summaryVi: 'Lãnh đạo hai nước nhất trí một chương trình về tăng trưởng xanh.',
  parties: 'Viet Nam; United Kingdom',
  kind: 'JOINT_STATEMENT',
  dateKind: 'ADOPTED',
  signedOn: '2026-03-15',
};
const TEXT =
  'The two sides agreed to establish a green growth dialogue.\r\nThe UK will support offshore wind training in Việt Nam.';

beforeAll(async () => {
  adminCookie = (await sessionTokenFor(db, await makeUser(db, { role: 'ADMIN' }))).token;
  editorCookie = (await sessionTokenFor(db, await makeUser(db, { role: 'EDITOR' }))).token;
});

describe('agreements', () => {
  it('an admin creates a bilingual agreement with its dated event, audited, bumping the data version', async () => {
    jar.cookie = adminCookie;
    const before = await dataVersion();
    expect(await createAgreementAction(idle, form(AGREEMENT))).toMatchObject({
      kind: 'ok',
      slug: AGREEMENT.slug,
    });
    const row = await db.agreement.findUniqueOrThrow({ where: { slug: AGREEMENT.slug } });
    expect(row).toMatchObject({ titleVi: AGREEMENT.titleVi, kind: 'JOINT_STATEMENT', dateKind: 'ADOPTED' });
    expect(row.signedOn.toISOString()).toBe('2026-03-15T00:00:00.000Z');
    expect(await dataVersion()).toBeGreaterThan(before);
    expect(await lastAudit()).toMatchObject({
      action: 'agreement.create',
      outcome: 'OK',
      targetId: AGREEMENT.slug,
    });
    expect((await listAgreementsWithPillars()).map((a) => a.slug)).toContain(AGREEMENT.slug);
  });

  it.each([
    ['a duplicate slug', { slug: 'vn-uk-csp' }, 'slug', 'adminContent.errors.slugTaken'],
    ['a bad slug', { slug: 'Bad slug' }, 'slug', 'adminContent.errors.slug'],
    [
      'no title at all',
      { slug: 'no-title', titleEn: '', titleVi: '' },
      'titleEn',
      'adminContent.errors.titleRequired',
    ],
    ['no parties', { slug: 'no-parties', parties: ' ' }, 'parties', 'authoring.errors.required'],
    ['an unknown kind', { slug: 'bad-kind', kind: 'TREATY' }, 'kind', 'authoring.errors.kind'],
    [
      'an unknown dated event',
      { slug: 'bad-event', dateKind: 'RATIFIED' },
      'dateKind',
      'authoring.errors.dateKind',
    ],
    [
      'an impossible date',
      { slug: 'bad-date', signedOn: '2026-02-30' },
      'signedOn',
      'adminContent.errors.date',
    ],
    [
      'markup in a title',
      { slug: 'markup', titleEn: '<script>x</script>' },
      'titleEn',
      'adminContent.errors.markup',
    ],
  ])('refuses %s and writes nothing', async (_name, fields, field, error) => {
    jar.cookie = adminCookie;
    const count = await db.agreement.count();
    const state = await createAgreementAction(idle, form({ ...AGREEMENT, ...fields }));
    expect(state).toMatchObject({ kind: 'invalid', errors: { [field]: error } });
    expect(await db.agreement.count()).toBe(count);
    expect(await lastAudit()).toMatchObject({ action: 'agreement.create', outcome: 'INVALID' });
  });

  it('an editor is refused, and the refusal is audited', async () => {
    jar.cookie = editorCookie;
    expect(await createAgreementAction(idle, form({ ...AGREEMENT, slug: 'by-editor' }))).toMatchObject({
      kind: 'forbidden',
    });
    expect(await lastAudit()).toMatchObject({ action: 'agreement.create', outcome: 'DENIED' });
    expect(await db.agreement.findUnique({ where: { slug: 'by-editor' } })).toBeNull();
  });

  it('an admin edits the agreement', async () => {
    jar.cookie = adminCookie;
    const { version } = await db.agreement.findUniqueOrThrow({ where: { slug: AGREEMENT.slug } });
    const state = await editAgreementAction(
      idle,
      form({
        ...AGREEMENT,
        version,
        dateKind: 'REVIEWED',
        signedOn: '2026-04-01',
        summaryEn: 'Reviewed in April.',
      }),
    );
    expect(state).toMatchObject({ kind: 'ok' });
    const row = await db.agreement.findUniqueOrThrow({ where: { slug: AGREEMENT.slug } });
    expect(row).toMatchObject({
      dateKind: 'REVIEWED',
      summaryEn: 'Reviewed in April.',
      version: version + 1,
    });
    expect(await lastAudit()).toMatchObject({ action: 'agreement.edit', outcome: 'OK' });
  });

  it('a stale edit is a conflict: nothing saved, the saved values shown, saving again replaces them', async () => {
    jar.cookie = adminCookie;
    const { version } = await db.agreement.findUniqueOrThrow({ where: { slug: AGREEMENT.slug } });
    const fields = { ...AGREEMENT, dateKind: 'REVIEWED', signedOn: '2026-04-01' };
    // Two admins opened the form at the same version; the first saves.
    expect(
      await editAgreementAction(idle, form({ ...fields, version, summaryEn: 'First admin’s summary.' })),
    ).toMatchObject({ kind: 'ok' });
    const stale = await editAgreementAction(
      idle,
      form({ ...fields, version, summaryEn: 'Second admin’s summary.' }),
    );
    expect(stale).toMatchObject({
      kind: 'conflict',
      current: { version: String(version + 1), summaryEn: 'First admin’s summary.' },
      values: { summaryEn: 'Second admin’s summary.' },
    });
    expect(await db.agreement.findUniqueOrThrow({ where: { slug: AGREEMENT.slug } })).toMatchObject({
      summaryEn: 'First admin’s summary.',
      version: version + 1,
    });
    expect(await lastAudit()).toMatchObject({ action: 'agreement.edit', outcome: 'CONFLICT' });
    // Resolved: the second admin saves again over the version they were shown.
    const resolved = await editAgreementAction(
      idle,
      form({ ...fields, version: version + 1, summaryEn: 'Second admin’s summary.' }),
    );
    expect(resolved).toMatchObject({ kind: 'ok' });
    expect(await db.agreement.findUniqueOrThrow({ where: { slug: AGREEMENT.slug } })).toMatchObject({
      summaryEn: 'Second admin’s summary.',
      version: version + 2,
    });
  });
});

describe('pillars', () => {
  it('are added in order, renamed and moved', async () => {
    jar.cookie = adminCookie;
    for (const [slug, nameEn, nameVi] of [
      ['energy', 'Energy', 'Năng lượng'],
      ['skills', 'Skills', 'Kỹ năng'],
      ['finance', 'Finance', 'Tài chính'],
    ] as const) {
      expect(
        await addPillarAction(idle, form({ agreementSlug: AGREEMENT.slug, slug, nameEn, nameVi })),
      ).toMatchObject({
        kind: 'ok',
      });
    }
    const order = async () =>
      (
        await db.pillar.findMany({
          where: { agreement: { slug: AGREEMENT.slug } },
          orderBy: { position: 'asc' },
          select: { id: true, slug: true, nameEn: true },
        })
      ).map((p) => p.slug);
    expect(await order()).toEqual(['energy', 'skills', 'finance']);
    expect(
      await addPillarAction(
        idle,
        form({ agreementSlug: AGREEMENT.slug, slug: 'energy', nameEn: 'Again', nameVi: '' }),
      ),
    ).toMatchObject({ kind: 'invalid', errors: { slug: 'adminContent.errors.slugTaken' } });

    const finance = await db.pillar.findFirstOrThrow({
      where: { slug: 'finance', agreement: { slug: AGREEMENT.slug } },
    });
    await movePillarAction(form({ agreementSlug: AGREEMENT.slug, pillarId: finance.id, direction: 'up' }));
    expect(await order()).toEqual(['energy', 'finance', 'skills']);
    await movePillarAction(form({ agreementSlug: AGREEMENT.slug, pillarId: finance.id, direction: 'up' }));
    expect(await order()).toEqual(['finance', 'energy', 'skills']);
    // Already first: nothing moves, nothing breaks.
    await movePillarAction(form({ agreementSlug: AGREEMENT.slug, pillarId: finance.id, direction: 'up' }));
    expect(await order()).toEqual(['finance', 'energy', 'skills']);
    expect(await lastAudit()).toMatchObject({ action: 'pillar.move', outcome: 'OK' });

    expect(
      await editPillarAction(
        idle,
        form({
          agreementSlug: AGREEMENT.slug,
          pillarId: finance.id,
          nameEn: 'Green finance',
          nameVi: 'Tài chính xanh',
        }),
      ),
    ).toMatchObject({ kind: 'ok' });
    expect(await db.pillar.findUniqueOrThrow({ where: { id: finance.id } })).toMatchObject({
      nameEn: 'Green finance',
      nameVi: 'Tài chính xanh',
    });
    // A pillar of another agreement cannot be reached through this one.
    const foreign = await db.pillar.findFirstOrThrow({ where: { agreement: { slug: 'vn-uk-csp' } } });
    expect(
      await editPillarAction(
        idle,
        form({ agreementSlug: AGREEMENT.slug, pillarId: foreign.id, nameEn: 'Hijack', nameVi: '' }),
      ),
    ).toMatchObject({ kind: 'not-found' });
  });
});

describe('sources', () => {
  it('an admin pastes a source text; it is kept exactly (line endings unified) and found by search', async () => {
    jar.cookie = adminCookie;
    const agreement = await db.agreement.findUniqueOrThrow({ where: { slug: AGREEMENT.slug } });
    const state = await createSourceAction(
      idle,
      form({
        slug: 'green-growth-statement',
        title: 'Joint Statement on Green Growth',
        publisher: 'Ministry of Foreign Affairs',
        publishedOn: '2026-03-16',
        language: 'en',
        agreementId: agreement.id,
        text: TEXT,
      }),
    );
    expect(state).toMatchObject({ kind: 'ok', slug: 'green-growth-statement' });
    const source = await db.source.findUniqueOrThrow({ where: { slug: 'green-growth-statement' } });
    expect(source.text).toBe(TEXT.replace('\r\n', '\n'));
    expect(source.agreementId).toBe(agreement.id);
    const parsed = parseSearchInput({ q: 'offshore wind viet nam' });
    if (!parsed.ok) throw new Error('refused');
    const found = await search(parsed.tsquery, 'en', 1);
    expect(found.sources.rows.map((row) => row.slug)).toContain('green-growth-statement');
  });

  it.each([
    ['an empty text', { text: '   ' }, 'text', 'authoring.errors.sourceText'],
    ['a control character', { text: 'bad \u0007 bell' }, 'text', 'adminContent.errors.controlCharacters'],
    ['an unknown language', { language: 'fr' }, 'language', 'authoring.errors.language'],
    ['an unknown agreement', { agreementId: '999999' }, 'agreementId', 'adminContent.errors.agreement'],
    ['a taken slug', { slug: 'vns-csp-joint-statement-talks' }, 'slug', 'adminContent.errors.slugTaken'],
  ])('refuses %s and writes nothing', async (_name, fields, field, error) => {
    jar.cookie = adminCookie;
    const count = await db.source.count();
    const state = await createSourceAction(
      idle,
      form({
        slug: 'another-source',
        title: 'T',
        publisher: 'P',
        publishedOn: '',
        language: 'en',
        agreementId: '',
        text: TEXT,
        ...fields,
      }),
    );
    expect(state).toMatchObject({ kind: 'invalid', errors: { [field]: error } });
    expect(await db.source.count()).toBe(count);
  });

  it('the text may be corrected until a citation uses it; then it never changes', async () => {
    jar.cookie = adminCookie;
    const base = {
      slug: 'green-growth-statement',
      title: 'Joint Statement on Green Growth',
      publisher: 'Ministry of Foreign Affairs',
      publishedOn: '2026-03-16',
      language: 'en',
      agreementId: '',
    };
    const corrected =
      'The two sides agreed to establish a green growth dialogue.\nThe UK will support offshore wind training in Việt Nam.';
    expect(await editSourceAction(idle, form({ ...base, text: `${corrected} ` }))).toMatchObject({
      kind: 'ok',
    });
    expect(await editSourceAction(idle, form({ ...base, text: corrected }))).toMatchObject({ kind: 'ok' });

    const source = await db.source.findUniqueOrThrow({ where: { slug: 'green-growth-statement' } });
    const state = await addCitationAction(
      idle,
      form({
        slug: 'english-second-language-2035',
        sourceId: source.id,
        quote: 'The UK will support offshore wind training',
      }),
    );
    expect(state).toMatchObject({ kind: 'ok' });

    const before = await dataVersion();
    expect(
      await editSourceAction(idle, form({ ...base, text: corrected.replace('wind', 'solar') })),
    ).toMatchObject({
      kind: 'invalid',
      errors: { text: 'authoring.errors.sourceTextCited' },
    });
    expect((await db.source.findUniqueOrThrow({ where: { id: source.id } })).text).toBe(corrected);
    expect(await dataVersion()).toBe(before);
    // Its details can still be corrected.
    expect(
      await editSourceAction(
        idle,
        form({ ...base, title: 'Joint Statement on Green Growth (16 March)', text: corrected }),
      ),
    ).toMatchObject({ kind: 'ok' });
    expect(await lastAudit()).toMatchObject({ action: 'source.edit', outcome: 'OK' });
  });
});

describe('archiving agreements', () => {
  it('refuses while a public commitment belongs to it, then hides it from the public lists', async () => {
    jar.cookie = adminCookie;
    expect(await setAgreementArchivedAction(idle, form({ slug: 'vn-uk-csp', archive: '1' }))).toMatchObject({
      kind: 'invalid',
      errors: { form: 'authoring.errors.agreementHasCommitments' },
    });
    expect((await db.agreement.findUniqueOrThrow({ where: { slug: 'vn-uk-csp' } })).archivedAt).toBeNull();

    expect(
      await setAgreementArchivedAction(idle, form({ slug: AGREEMENT.slug, archive: '1' })),
    ).toMatchObject({
      kind: 'ok',
    });
    expect(await lastAudit()).toMatchObject({ action: 'agreement.archive', outcome: 'OK' });
    expect((await listAgreementsWithPillars()).map((a) => a.slug)).not.toContain(AGREEMENT.slug);
    expect(
      await setAgreementArchivedAction(idle, form({ slug: AGREEMENT.slug, archive: '0' })),
    ).toMatchObject({
      kind: 'ok',
    });
    expect((await listAgreementsWithPillars()).map((a) => a.slug)).toContain(AGREEMENT.slug);
  });
});

describe('commitments from sentences', () => {
  it('a marked sentence becomes a commitment whose citation slices exactly its quote, at the picked place', async () => {
    jar.cookie = adminCookie;
    const agreement = await db.agreement.findUniqueOrThrow({ where: { slug: AGREEMENT.slug } });
    // The same sentence twice: the second one is picked, and its offsets must be kept.
    const text =
      'Preamble.\nThe UK will fund ten scholarships.\nAnnex: Hai bên nhất trí mở rộng hợp tác.\nThe UK will fund ten scholarships.';
    expect(
      await createSourceAction(
        idle,
        form({
          slug: 'scholarships',
          title: 'Scholarships',
          publisher: 'P',
          publishedOn: '',
          language: 'en',
          agreementId: agreement.id,
          text,
        }),
      ),
    ).toMatchObject({ kind: 'ok' });
    const source = await db.source.findUniqueOrThrow({ where: { slug: 'scholarships' } });
    const marked = splitSentences(source.text, source.language).filter((s) => s.cue);
    expect(marked.map((s) => s.cue)).toEqual(['will', 'nhất trí', 'will']);
    const picked = marked[2]!;
    expect(picked.start).toBe(text.lastIndexOf('The UK will'));

    const quote = await getPickedQuote({
      source: String(source.id),
      start: String(picked.start),
      end: String(picked.end),
    });
    expect(quote).toMatchObject({ quote: 'The UK will fund ten scholarships.', agreementId: agreement.id });
    // Offsets that do not slice a trimmed piece of the text are refused.
    expect(await getPickedQuote({ source: String(source.id), start: '0', end: '99999' })).toBeNull();
    expect(
      await getPickedQuote({
        source: String(source.id),
        start: String(picked.start - 1),
        end: String(picked.end),
      }),
    ).toBeNull();

    const pillar = await db.pillar.findFirstOrThrow({ where: { agreementId: agreement.id } });
    expect(
      await createCommitmentAction(
        idle,
        commitmentForm({
          slug: 'ten-scholarships',
          agreementId: String(agreement.id),
          pillarId: String(pillar.id),
          titleEn: 'Ten UK scholarships',
          titleVi: 'Mười học bổng của Vương quốc Anh',
        }),
      ),
    ).toMatchObject({ kind: 'ok' });
    expect(
      await addCitationAction(
        idle,
        form({
          slug: 'ten-scholarships',
          sourceId: quote!.sourceId,
          quote: quote!.quote,
          startOffset: quote!.startOffset,
        }),
      ),
    ).toMatchObject({ kind: 'ok' });
    const citation = await db.citation.findFirstOrThrow({
      where: { commitment: { slug: 'ten-scholarships' } },
    });
    expect(citation.startOffset).toBe(picked.start);
    expect(source.text.slice(citation.startOffset, citation.endOffset)).toBe(citation.quote);

    // A wrong offset for the quote falls back to its first occurrence, never to a wrong slice.
    expect(
      await addCitationAction(
        idle,
        form({ slug: 'ten-scholarships', sourceId: source.id, quote: quote!.quote, startOffset: 3 }),
      ),
    ).toMatchObject({ kind: 'ok' });
    const second = await db.citation.findFirstOrThrow({
      where: { commitment: { slug: 'ten-scholarships' } },
      orderBy: { id: 'desc' },
    });
    expect(second.startOffset).toBe(text.indexOf('The UK will'));
    expect(source.text.slice(second.startOffset, second.endOffset)).toBe(second.quote);
  });
});
