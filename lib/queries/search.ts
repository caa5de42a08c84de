import 'server-only';
// Search across the tracker, ranked by Postgres full-text search on the generated "searchVector"
// columns (GIN-indexed; see the search migration). Commitments match by their own titles and
// descriptions, their quotes and the reasons of their assessments; then sources, agreements and
// pillars. Snippets come from ts_headline with private-use marks, split into plain segments here.
import { db } from '../db';
import type { Status } from '../domain/status';
import { Prisma } from '../generated/prisma/client';
import type { Locale } from '../i18n/config';
import {
  MARK_END,
  MARK_START,
  SEARCH_PAGE_SIZE,
  splitHighlights,
  type HighlightSegment,
} from '../search/query';
import { searchGate } from '../search/search-gate';

/**
 * At most this many matching assessment reasons are read per search. History grows by the
 * million while a word common to every reason says little: past this bound a commitment found
 * only by an old reason may be left out (those found by their own text or quotes never are).
 */
export const REASON_HIT_LIMIT = 2000;

/** How many sources, agreements and pillars a search lists (they come after the commitments). */
export const SEARCH_GROUP_LIMIT = 10;

const SNIPPET = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=28, MinWords=12, ShortWord=1, MaxFragments=2, FragmentDelimiter=" … "`;
const WHOLE = `StartSel=${MARK_START}, StopSel=${MARK_END}, HighlightAll=true`;

export interface SearchCommitmentHit {
  slug: string;
  title: HighlightSegment[];
  titleLang: Locale;
  status: Status;
  agreement: { slug: string; title: string; lang: Locale };
  snippet: HighlightSegment[];
  /** Language of the snippet's text where known (a quote's source language, the other language…). */
  snippetLang: string | null;
  /** Where the words matched best: its own text, a quote, or an assessment's reason. */
  matchedIn: 'text' | 'quote' | 'reason';
}

export interface SearchSourceHit {
  slug: string;
  title: HighlightSegment[];
  language: string;
  snippet: HighlightSegment[];
}

export interface SearchAgreementHit {
  slug: string;
  title: HighlightSegment[];
  titleLang: Locale;
  snippet: HighlightSegment[];
}

export interface SearchPillarHit {
  slug: string;
  agreementSlug: string;
  name: HighlightSegment[];
  nameLang: Locale;
  agreementTitle: string;
}

export interface SearchResults {
  commitments: {
    total: number;
    page: number;
    pageSize: number;
    pageCount: number;
    rows: SearchCommitmentHit[];
  };
  sources: { total: number; rows: SearchSourceHit[] };
  agreements: { total: number; rows: SearchAgreementHit[] };
  pillars: { total: number; rows: SearchPillarHit[] };
}

/** `coalesce(preferred, other)` for a bilingual column pair, in the reader's language first. */
function localized(alias: string, en: string, vi: string, locale: Locale): Prisma.Sql {
  const [first, second] = locale === 'vi' ? [vi, en] : [en, vi];
  return Prisma.raw(`coalesce(nullif(${alias}."${first}", ''), ${alias}."${second}", '')`);
}
function localizedLang(alias: string, column: string, locale: Locale): Prisma.Sql {
  const other = locale === 'vi' ? 'en' : 'vi';
  return Prisma.raw(
    `CASE WHEN nullif(${alias}."${column}", '') IS NOT NULL THEN '${locale}' ELSE '${other}' END`,
  );
}
const col = (locale: Locale, base: string) => `${base}${locale === 'vi' ? 'Vi' : 'En'}`;
const otherLocale = (locale: Locale): Locale => (locale === 'vi' ? 'en' : 'vi');

const asLocale = (value: string): Locale => (value === 'vi' ? 'vi' : 'en');

async function searchCommitments(tsquery: string, locale: Locale, page: number) {
  const offset = (page - 1) * SEARCH_PAGE_SIZE;
  // The best match of each kind counts once: a commitment with a hundred matching reasons does not
  // outrank one whose title matches.
  const ranked = await db.$queryRaw<{ id: number; total: bigint }[]>`
    WITH q AS (SELECT to_tsquery('ct_search', ${tsquery}) AS query),
    hits AS (
      SELECT c.id, 0 AS kind, ts_rank(c."searchVector", q.query) AS score
        FROM "Commitment" c, q WHERE c."searchVector" @@ q.query
      UNION ALL
      SELECT ci."commitmentId", 1, ts_rank(ci."searchVector", q.query)
        FROM "Citation" ci, q WHERE ci."searchVector" @@ q.query
      UNION ALL
      (SELECT su."commitmentId", 2, ts_rank(su."searchVector", q.query)
         FROM "StatusUpdate" su, q WHERE su."searchVector" @@ q.query
        LIMIT ${REASON_HIT_LIMIT})
    ),
    best AS (
      SELECT id, max(score) * (CASE kind WHEN 0 THEN 2 WHEN 1 THEN 1 ELSE 0.5 END) AS score
        FROM hits GROUP BY id, kind
    ),
    ranked AS (
      SELECT b.id, sum(b.score) AS score
        FROM best b JOIN "Commitment" c ON c.id = b.id AND c."archivedAt" IS NULL
        GROUP BY b.id
    )
    SELECT id, count(*) OVER () AS total FROM ranked
    ORDER BY score DESC, id ASC
    LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${offset}`;
  const total = ranked.length > 0 ? Number(ranked[0]!.total) : await countCommitments(tsquery);
  if (ranked.length === 0) return { total, rows: [] as SearchCommitmentHit[] };

  const ids = ranked.map((row) => row.id);
  const title = localized('c', 'titleEn', 'titleVi', locale);
  const other = otherLocale(locale);
  const rows = await db.$queryRaw<
    {
      id: number;
      slug: string;
      status: Status;
      title: string;
      titleLang: string;
      agreementSlug: string;
      agreementTitle: string;
      agreementLang: string;
      snippet: string;
      snippetLang: string | null;
      matchedIn: number;
    }[]
  >`
    WITH q AS (SELECT to_tsquery('ct_search', ${tsquery}) AS query)
    SELECT c.id, c.slug, c.status,
           ts_headline('ct_search', ${title}, q.query, ${WHOLE}) AS title,
           ${localizedLang('c', col(locale, 'title'), locale)} AS "titleLang",
           a.slug AS "agreementSlug",
           ${localized('a', 'titleEn', 'titleVi', locale)} AS "agreementTitle",
           ${localizedLang('a', col(locale, 'title'), locale)} AS "agreementLang",
           ts_headline('ct_search', coalesce(m.text, ${localized('c', 'descriptionEn', 'descriptionVi', locale)}),
                       q.query, ${SNIPPET}) AS snippet,
           m.lang AS "snippetLang",
           coalesce(m.rank, 0) AS "matchedIn"
      FROM "Commitment" c
      JOIN "Agreement" a ON a.id = c."agreementId"
      CROSS JOIN q
      LEFT JOIN LATERAL (
        SELECT * FROM (
          SELECT 0 AS rank, d.text, d.lang FROM (VALUES
              (1, c.${Prisma.raw(`"${col(locale, 'description')}"`)}, ${locale}::text),
              (2, c.${Prisma.raw(`"${col(other, 'description')}"`)}, ${other}::text)) AS d(pos, text, lang)
            WHERE d.text IS NOT NULL AND to_tsvector('ct_search', d.text) @@ q.query
          UNION ALL
          (SELECT 1, ci.quote, s.language FROM "Citation" ci JOIN "Source" s ON s.id = ci."sourceId"
            WHERE ci."commitmentId" = c.id AND ci."searchVector" @@ q.query ORDER BY ci.position LIMIT 1)
          UNION ALL
          (SELECT 2, su.reason, NULL FROM "StatusUpdate" su
            WHERE su."commitmentId" = c.id AND su."searchVector" @@ q.query ORDER BY su.version DESC LIMIT 1)
        ) AS found ORDER BY rank LIMIT 1
      ) m ON true
     WHERE c.id = ANY(${ids}::int[])`;
  const byId = new Map(rows.map((row) => [row.id, row]));
  const kinds = ['text', 'quote', 'reason'] as const;
  return {
    total,
    rows: ids.flatMap((id) => {
      const row = byId.get(id);
      if (!row) return [];
      return [
        {
          slug: row.slug,
          title: splitHighlights(row.title),
          titleLang: asLocale(row.titleLang),
          status: row.status,
          agreement: {
            slug: row.agreementSlug,
            title: row.agreementTitle,
            lang: asLocale(row.agreementLang),
          },
          snippet: splitHighlights(row.snippet),
          snippetLang: row.snippetLang,
          matchedIn: kinds[row.matchedIn] ?? 'text',
        },
      ];
    }),
  };
}

/** The total when the requested page lies beyond the last one. */
async function countCommitments(tsquery: string): Promise<number> {
  const [row] = await db.$queryRaw<{ total: bigint }[]>`
    WITH q AS (SELECT to_tsquery('ct_search', ${tsquery}) AS query)
    SELECT count(*) AS total FROM "Commitment" c, q
     WHERE c."archivedAt" IS NULL AND (
       c."searchVector" @@ q.query
       OR EXISTS (SELECT 1 FROM "Citation" ci WHERE ci."commitmentId" = c.id AND ci."searchVector" @@ q.query)
       OR EXISTS (SELECT 1 FROM "StatusUpdate" su WHERE su."commitmentId" = c.id AND su."searchVector" @@ q.query))`;
  return Number(row?.total ?? 0);
}

async function searchSources(tsquery: string) {
  // Headlines are computed for the listed rows only: ts_headline reads the whole text.
  const rows = await db.$queryRaw<
    { slug: string; title: string; language: string; snippet: string; total: bigint }[]
  >`
    WITH q AS (SELECT to_tsquery('ct_search', ${tsquery}) AS query),
    top AS (
      SELECT s.id, s.slug, s.title, s.language, s.text, count(*) OVER () AS total,
             ts_rank(s."searchVector", q.query) AS score
        FROM "Source" s, q WHERE s."searchVector" @@ q.query
       ORDER BY score DESC, s.id ASC LIMIT ${SEARCH_GROUP_LIMIT}
    )
    SELECT top.slug, top.language, top.total,
           ts_headline('ct_search', top.title, q.query, ${WHOLE}) AS title,
           ts_headline('ct_search', left(top.text, 500000), q.query, ${SNIPPET}) AS snippet
      FROM top, q ORDER BY top.score DESC, top.id ASC`;
  return {
    total: rows.length > 0 ? Number(rows[0]!.total) : 0,
    rows: rows.map((row) => ({
      slug: row.slug,
      title: splitHighlights(row.title),
      language: row.language,
      snippet: splitHighlights(row.snippet),
    })),
  };
}

async function searchAgreements(tsquery: string, locale: Locale) {
  const rows = await db.$queryRaw<
    { slug: string; title: string; titleLang: string; snippet: string; total: bigint }[]
  >`
    WITH q AS (SELECT to_tsquery('ct_search', ${tsquery}) AS query),
    top AS (
      SELECT a.*, count(*) OVER () AS total, ts_rank(a."searchVector", q.query) AS score
        FROM "Agreement" a, q WHERE a."searchVector" @@ q.query
       ORDER BY score DESC, a.id ASC LIMIT ${SEARCH_GROUP_LIMIT}
    )
    SELECT a.slug, a.total,
           ts_headline('ct_search', ${localized('a', 'titleEn', 'titleVi', locale)}, q.query, ${WHOLE}) AS title,
           ${localizedLang('a', col(locale, 'title'), locale)} AS "titleLang",
           ts_headline('ct_search', ${localized('a', 'summaryEn', 'summaryVi', locale)} || ' · ' || a.parties,
                       q.query, ${SNIPPET}) AS snippet
      FROM top a, q ORDER BY a.score DESC, a.id ASC`;
  return {
    total: rows.length > 0 ? Number(rows[0]!.total) : 0,
    rows: rows.map((row) => ({
      slug: row.slug,
      title: splitHighlights(row.title),
      titleLang: asLocale(row.titleLang),
      snippet: splitHighlights(row.snippet),
    })),
  };
}

async function searchPillars(tsquery: string, locale: Locale) {
  const rows = await db.$queryRaw<
    {
      slug: string;
      agreementSlug: string;
      name: string;
      nameLang: string;
      agreementTitle: string;
      total: bigint;
    }[]
  >`
    WITH q AS (SELECT to_tsquery('ct_search', ${tsquery}) AS query),
    top AS (
      SELECT p.*, count(*) OVER () AS total, ts_rank(p."searchVector", q.query) AS score
        FROM "Pillar" p, q WHERE p."searchVector" @@ q.query
       ORDER BY score DESC, p.id ASC LIMIT ${SEARCH_GROUP_LIMIT}
    )
    SELECT p.slug, a.slug AS "agreementSlug", p.total,
           ts_headline('ct_search', ${localized('p', 'nameEn', 'nameVi', locale)}, q.query, ${WHOLE}) AS name,
           ${localizedLang('p', col(locale, 'name'), locale)} AS "nameLang",
           ${localized('a', 'titleEn', 'titleVi', locale)} AS "agreementTitle"
      FROM top p JOIN "Agreement" a ON a.id = p."agreementId", q
     ORDER BY p.score DESC, p.id ASC`;
  return {
    total: rows.length > 0 ? Number(rows[0]!.total) : 0,
    rows: rows.map((row) => ({
      slug: row.slug,
      agreementSlug: row.agreementSlug,
      name: splitHighlights(row.name),
      nameLang: asLocale(row.nameLang),
      agreementTitle: row.agreementTitle,
    })),
  };
}

/**
 * One page of commitments (ranked) and, on every page, the best sources, agreements and pillars.
 * `tsquery` comes from lib/search/query.ts (parseSearchInput), never from raw user text.
 */
export async function search(tsquery: string, locale: Locale, page: number): Promise<SearchResults> {
  // Searches take turns and run their queries one after another (lib/search/search-gate.ts): a
  // crowd of searches keeps at most SEARCH_CONCURRENCY Postgres backends busy, never every core.
  const { commitments, sources, agreements, pillars } = await searchGate.run(async () => ({
    commitments: await searchCommitments(tsquery, locale, page),
    sources: await searchSources(tsquery),
    agreements: await searchAgreements(tsquery, locale),
    pillars: await searchPillars(tsquery, locale),
  }));
  return {
    commitments: {
      ...commitments,
      page,
      pageSize: SEARCH_PAGE_SIZE,
      pageCount: Math.max(1, Math.ceil(commitments.total / SEARCH_PAGE_SIZE)),
    },
    sources,
    agreements,
    pillars,
  };
}
