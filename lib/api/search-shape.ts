// GET /api/search's documented response, as a zod schema: the route builds its body through it
// and the OpenAPI description (/api/openapi.json) is generated from it.
import { z } from 'zod';
import { STATUSES } from '../domain/status';
import type { SearchResults } from '../queries/search';

const segments = z
  .array(z.object({ text: z.string(), match: z.boolean().describe('One of the searched words') }))
  .describe(
    'Plain text cut into segments; the matched words are the segments with match=true (no markup anywhere)',
  );
const lang = z.enum(['en', 'vi']);

export const searchResponseSchema = z.object({
  q: z.string().describe('The search as understood (trimmed)'),
  lang,
  commitments: z.object({
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
    pageCount: z.number().int(),
    data: z.array(
      z.object({
        slug: z.string(),
        url: z.string().describe('Path of the commitment’s page, in the requested language'),
        title: segments,
        titleLang: lang.describe('Language of the title (the other one where no translation exists)'),
        status: z.enum(STATUSES),
        agreement: z.object({ slug: z.string(), title: z.string() }),
        snippet: segments,
        snippetLang: z.string().nullable(),
        matchedIn: z
          .enum(['text', 'quote', 'reason'])
          .describe(
            'Where the words matched best: its title or description, a quote, or an assessment’s reason',
          ),
      }),
    ),
  }),
  sources: z.object({
    total: z.number().int(),
    data: z.array(
      z.object({
        slug: z.string(),
        url: z.string(),
        title: segments,
        language: z.string(),
        snippet: segments,
      }),
    ),
  }),
  agreements: z.object({
    total: z.number().int(),
    data: z.array(z.object({ slug: z.string(), url: z.string(), title: segments, snippet: segments })),
  }),
  pillars: z.object({
    total: z.number().int(),
    data: z.array(
      z.object({
        slug: z.string(),
        agreementSlug: z.string(),
        url: z.string(),
        name: segments,
        agreementTitle: z.string(),
      }),
    ),
  }),
  dataVersion: z.number().int(),
});

export type SearchResponse = z.infer<typeof searchResponseSchema>;

export function toSearchResponse(
  results: SearchResults,
  q: string,
  locale: 'en' | 'vi',
  dataVersion: number,
): SearchResponse {
  const { commitments, sources, agreements, pillars } = results;
  return searchResponseSchema.parse({
    q,
    lang: locale,
    commitments: {
      total: commitments.total,
      page: commitments.page,
      pageSize: commitments.pageSize,
      pageCount: commitments.pageCount,
      data: commitments.rows.map((hit) => ({
        slug: hit.slug,
        url: `/${locale}/commitments/${hit.slug}`,
        title: hit.title,
        titleLang: hit.titleLang,
        status: hit.status,
        agreement: { slug: hit.agreement.slug, title: hit.agreement.title },
        snippet: hit.snippet,
        snippetLang: hit.snippetLang,
        matchedIn: hit.matchedIn,
      })),
    },
    sources: {
      total: sources.total,
      data: sources.rows.map((hit) => ({ ...hit, url: `/${locale}/sources/${hit.slug}` })),
    },
    agreements: {
      total: agreements.total,
      data: agreements.rows.map((hit) => ({
        slug: hit.slug,
        url: `/${locale}/agreements/${hit.slug}`,
        title: hit.title,
        snippet: hit.snippet,
      })),
    },
    pillars: {
      total: pillars.total,
      data: pillars.rows.map((hit) => ({
        slug: hit.slug,
        agreementSlug: hit.agreementSlug,
        url: `/${locale}/agreements/${hit.agreementSlug}/pillars/${hit.slug}`,
        name: hit.name,
        agreementTitle: hit.agreementTitle,
      })),
    },
    dataVersion,
  });
}
