// Search on real Postgres: the cases of issue 12 in both languages (diacritics folded, prefixes,
// hyphen = space, acronyms), ranking and snippets, every group (commitments, sources, agreements,
// pillars), and a search document that follows creates and edits made through the pipeline.
process.env.NEXTAUTH_SECRET ??= 'integration-secret-not-for-production-0123456789';
import { beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('next/headers', async () => (await import('../support/next-request-mocks')).nextHeaders);
vi.mock('next/cache', async () => (await import('../support/next-request-mocks')).nextCache);

import { sessionJar as jar } from '../support/next-request-mocks';

import { NextRequest } from 'next/server';
import { GET as searchApi } from '@/app/api/search/route';
import { GET as openApi } from '@/app/api/openapi.json/route';
import { createCommitmentAction, editCommitmentAction } from '@/lib/actions/commitments';
import { searchResponseSchema } from '@/lib/api/search-shape';
import { db } from '@/lib/db';
import type { Locale } from '@/lib/i18n/config';
import { search } from '@/lib/queries/search';
import { parseSearchInput, type HighlightSegment } from '@/lib/search/query';
import { SEARCH_CONCURRENCY, searchGate } from '@/lib/search/search-gate';
import { makeUser, sessionTokenFor } from '../support/auth-fixtures';
import { commitmentForm, contentOptions } from '../support/content-fixtures';

const idle = { kind: 'idle' as const, attempt: 0 };

async function run(q: string, locale: Locale = 'en', page = 1) {
  const parsed = parseSearchInput({ q, page: String(page) });
  if (!parsed.ok) throw new Error(`unexpected refusal of ${q}: ${parsed.error}`);
  return search(parsed.tsquery, locale, parsed.page);
}
const slugs = (result: Awaited<ReturnType<typeof run>>) => result.commitments.rows.map((row) => row.slug);
const text = (segments: HighlightSegment[]) => segments.map((s) => s.text).join('');
const marked = (segments: HighlightSegment[]) => segments.filter((s) => s.match).map((s) => s.text);

describe('search: the cases people type', () => {
  for (const locale of ['en', 'vi'] as const) {
    describe(`in ${locale}`, () => {
      it('"tieng anh" (no diacritics) finds the English-as-second-language commitment, marked in Vietnamese', async () => {
        const result = await run('tieng anh', locale);
        expect(slugs(result)[0]).toBe('english-second-language-2035');
        const hit = result.commitments.rows[0]!;
        const words = [...marked(hit.title), ...marked(hit.snippet)].map((w) => w.toLowerCase());
        expect(words).toContain('tiếng');
        expect(words).toContain('anh');
      });

      it('"English 2035" finds the same commitment first', async () => {
        const result = await run('English 2035', locale);
        expect(slugs(result)[0]).toBe('english-second-language-2035');
        if (locale === 'en') expect(marked(result.commitments.rows[0]!.title)).toEqual(['English', '2035']);
      });

      it('"net zero" and "net-zero" find the net-zero commitment', async () => {
        for (const q of ['net zero', 'net-zero', 'NET ZERO']) {
          const result = await run(q, locale);
          expect(slugs(result), q).toContain('uk-support-net-zero-2050');
          expect(slugs(result)[0], q).toBe('uk-support-net-zero-2050');
        }
      });

      it('"JETP" finds the Just Energy Transition Partnership commitment, and so does its name', async () => {
        expect(slugs(await run('JETP', locale))[0]).toBe('jetp-implementation-support');
        expect(slugs(await run('just energy transition', locale))[0]).toBe('jetp-implementation-support');
        expect(slugs(await run('chuyen doi nang luong cong bang', locale))[0]).toBe(
          'jetp-implementation-support',
        );
      });

      it('matches prefixes ("partn" finds "partnership") and Vietnamese typed with its diacritics', async () => {
        expect(slugs(await run('jet', locale))).toContain('jetp-implementation-support');
        expect(slugs(await run('tiếng Anh', locale))[0]).toBe('english-second-language-2035');
        // Typed decomposed (a combining mark after the letter), as some keyboards send it.
        expect(slugs(await run('tie\u0302\u0301ng anh'.normalize('NFD'), locale))[0]).toBe(
          'english-second-language-2035',
        );
      });

      it('shows the title in the reader’s language', async () => {
        const hit = (await run('JETP', locale)).commitments.rows[0]!;
        expect(hit.titleLang).toBe(locale);
        expect(text(hit.title)).toMatch(locale === 'vi' ? /Đối tác Chuyển đổi/ : /UK support/);
      });
    });
  }

  it('finds commitments by their quotes and by the reasons of their assessments', async () => {
    // Only in the verbatim quote of the net-zero commitment ("is ready to assist").
    const quoteHit = (await run('ready to assist net')).commitments.rows.find(
      (row) => row.slug === 'uk-support-net-zero-2050',
    );
    expect(quoteHit?.matchedIn).toBe('quote');
    expect(marked(quoteHit!.snippet).map((w) => w.toLowerCase())).toContain('assist');

    const reason = await db.statusUpdate.findFirstOrThrow({
      where: { commitment: { slug: 'double-bilateral-trade' } },
      orderBy: { version: 'desc' },
    });
    await db.statusUpdate.update({
      where: { id: reason.id },
      data: { reason: `${reason.reason} Customs figures from Zanzibarquux.` },
    });
    const result = await run('zanzibarquux');
    expect(slugs(result)).toEqual(['double-bilateral-trade']);
    expect(result.commitments.rows[0]!.matchedIn).toBe('reason');
    expect(marked(result.commitments.rows[0]!.snippet)).toEqual(['Zanzibarquux']);
  });

  it('lists sources with a text snippet, agreements and pillars, in both languages', async () => {
    const en = await run('JETP');
    expect(en.sources.total).toBeGreaterThanOrEqual(2);
    expect(en.sources.rows.map((row) => row.slug)).toContain('vns-csp-joint-statement-talks');
    for (const row of en.sources.rows) expect(marked(row.snippet)).toContain('JETP');

    const agreements = await run('chien luoc toan dien', 'vi');
    expect(agreements.agreements.rows[0]!.slug).toBe('vn-uk-csp');
    expect(agreements.agreements.rows[0]!.titleLang).toBe('vi');
    expect(marked(agreements.agreements.rows[0]!.title).map((w) => w.toLowerCase())).toEqual([
      'chiến',
      'lược',
      'toàn',
      'diện',
    ]);

    const pillars = await run('van hoa xa hoi', 'vi');
    expect(pillars.pillars.rows.map((row) => text(row.name))).toContain('Văn hóa – Xã hội');
    const pillarsEn = await run('socio-cultural', 'en');
    expect(pillarsEn.pillars.rows.map((row) => text(row.name))).toContain('Socio-cultural');
  });

  it('ranks a title match above a match in a reason or a quote only', async () => {
    const result = await run('trade');
    expect(result.commitments.total).toBeGreaterThan(1);
    expect(slugs(result)[0]).toBe('double-bilateral-trade');
  });

  it('pages through the commitments without repeating or dropping one', async () => {
    const first = await run('viet');
    expect(first.commitments.total).toBeGreaterThan(first.commitments.pageSize);
    const seen: string[] = [];
    for (let page = 1; page <= first.commitments.pageCount; page += 1) {
      seen.push(...slugs(await run('viet', 'en', page)));
    }
    expect(seen.length).toBe(first.commitments.total);
    expect(new Set(seen).size).toBe(seen.length);
    const beyond = await run('viet', 'en', first.commitments.pageCount + 1);
    expect(beyond.commitments.rows).toEqual([]);
    expect(beyond.commitments.total).toBe(first.commitments.total);
  });

  it('finds nothing (and does not fail) for words that are nowhere', async () => {
    const result = await run('xylophonequartz');
    expect(result.commitments).toMatchObject({ total: 0, rows: [], pageCount: 1 });
    expect(result.sources.total + result.agreements.total + result.pillars.total).toBe(0);
  });

  it('never returns archived commitments', async () => {
    await db.commitment.update({
      where: { slug: 'jetp-implementation-support' },
      data: { archivedAt: new Date() },
    });
    try {
      expect(slugs(await run('JETP'))).not.toContain('jetp-implementation-support');
    } finally {
      await db.commitment.update({
        where: { slug: 'jetp-implementation-support' },
        data: { archivedAt: null },
      });
    }
  });
});

describe('search document follows creates and edits', () => {
  beforeAll(async () => {
    jar.cookie = (await sessionTokenFor(db, await makeUser(db, { role: 'ADMIN' }))).token;
  });

  it('a created commitment is found at once, and an edit replaces its words', async () => {
    const { agreement } = await contentOptions(db);
    const created = await createCommitmentAction(
      idle,
      commitmentForm({
        slug: 'search-fixture-hydrogen',
        agreementId: String(agreement.id),
        pillarId: String(agreement.pillars[0]!.id),
        titleEn: 'Offshore wind skills academy',
        titleVi: 'Học viện kỹ năng điện gió ngoài khơi',
      }),
    );
    expect(created).toMatchObject({ kind: 'ok' });
    expect(slugs(await run('dien gio ngoai khoi', 'vi'))).toEqual(['search-fixture-hydrogen']);

    const edited = await editCommitmentAction(
      idle,
      commitmentForm({
        slug: 'search-fixture-hydrogen',
        version: '1',
        agreementId: String(agreement.id),
        pillarId: String(agreement.pillars[0]!.id),
        titleEn: 'Tidal energy research centre',
        titleVi: 'Trung tâm nghiên cứu năng lượng thủy triều',
      }),
    );
    expect(edited).toMatchObject({ kind: 'ok' });
    expect(slugs(await run('dien gio ngoai khoi', 'vi'))).toEqual([]);
    expect(slugs(await run('thuy trieu', 'en'))).toEqual(['search-fixture-hydrogen']);
  });
});

describe('GET /api/search', () => {
  const get = (query: string) => searchApi(new NextRequest(`http://localhost/api/search?${query}`));

  it('answers the documented shape, in the requested language', async () => {
    const response = await get('q=tieng%20anh&lang=vi');
    expect(response.status).toBe(200);
    const body = searchResponseSchema.parse(await response.json());
    expect(body.commitments.data[0]).toMatchObject({
      slug: 'english-second-language-2035',
      url: '/vi/commitments/english-second-language-2035',
      titleLang: 'vi',
    });
    expect(body.commitments.data[0]!.title.some((s) => s.match && s.text === 'tiếng')).toBe(true);
    const en = searchResponseSchema.parse(await (await get('q=JETP')).json());
    expect(en.lang).toBe('en');
    expect(en.commitments.data[0]!.slug).toBe('jetp-implementation-support');
    expect(en.sources.data.length).toBeGreaterThan(0);
  });

  it.each([
    ['no q', '', 'q'],
    ['an empty q', 'q=', 'q'],
    ['1,000 characters', `q=${'a'.repeat(1000)}`, 'q'],
    ['a NUL byte', 'q=net%00zero', 'q'],
    ['an escape character', 'q=%1B%5B2J', 'q'],
    ['no words', 'q=%26%7C!', 'q'],
    ['a bad page', 'q=trade&page=0', 'page'],
    ['a huge page', 'q=trade&page=1e9', 'page'],
    ['an unknown language', 'q=trade&lang=fr', 'lang'],
  ])('refuses %s with a 400 that says which parameter', async (_name, query, param) => {
    const response = await get(query);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: string; details: { param: string; message: string }[] };
    expect(body.details[0]!.param).toBe(param);
    expect(body.error).toContain(param);
  });

  it('words its refusals in Vietnamese for lang=vi', async () => {
    const body = (await (await get('q=&lang=vi')).json()) as { error: string };
    expect(body.error).toContain('Hãy gõ');
  });

  it.each([
    ['a lone combining mark', '\u0301'],
    ['Chinese', '越南 英国'],
    ['Arabic tatweel', 'ـــ'],
    ['an apostrophe word', "Viet Nam's l'état"],
    ['tsquery syntax', "a:* & !b | (c <-> d) 'e'"],
    ['a backslash', 'net\\zero'],
    ['a percent sign', '100% 50%'],
    ['emoji and letters', '😀 trade 🇻🇳'],
    ['ten long words', Array.from({ length: 10 }, () => 'x'.repeat(19)).join(' ')],
  ])('never fails on %s', async (_name, q) => {
    const response = await get(`q=${encodeURIComponent(q)}`);
    expect(response.status).toBe(200);
    searchResponseSchema.parse(await response.json());
  });

  it('is described in the OpenAPI document', async () => {
    const doc = (await (await openApi()).json()) as {
      paths: Record<string, { get?: { parameters: { name: string }[] } }>;
      components: { schemas: Record<string, unknown> };
    };
    expect(doc.paths['/api/search']?.get?.parameters.map((p) => p.name)).toEqual(['q', 'page', 'lang']);
    expect(doc.components.schemas.SearchResults).toBeDefined();
  });
});

describe('search: a crowd of searches takes turns', () => {
  it('waits while every turn is taken and runs as soon as one is free', async () => {
    // Hold every turn, as a crowd of slow searches would.
    let releaseTurns!: () => void;
    const held = new Promise<void>((resolve) => (releaseTurns = resolve));
    const holders = Array.from({ length: SEARCH_CONCURRENCY }, () => searchGate.run(() => held));
    let answered = false;
    const waiting = run('JETP').then((result) => {
      answered = true;
      return result;
    });
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(answered).toBe(false);
    expect(searchGate.load().waiting).toBe(1);

    releaseTurns();
    await Promise.all(holders);
    expect(slugs(await waiting).length).toBeGreaterThan(0);
    expect(searchGate.load()).toEqual({ running: 0, waiting: 0 });
  });
});
