// Parsing of export / chart / API query strings: the page filters (one parser for all, see
// lib/validation/commitment-filters.ts), plus `lang`, and a check that agreement and pillar slugs
// exist — an unknown slug in a chart URL is a mistake to report, not an empty picture.
import { isLocale, type Locale } from '../i18n/config';
import { createTranslator } from '../i18n/messages';
import {
  parseCommitmentFilters,
  type CommitmentFilters,
  type FilterError,
} from '../validation/commitment-filters';

export interface AgreementRef {
  slug: string;
  pillars: { slug: string }[];
}

export type ParsedExportParams =
  { ok: true; filters: CommitmentFilters; locale: Locale } | { ok: false; errors: FilterError[] };

export function parseExportParams(params: URLSearchParams, agreements: AgreementRef[]): ParsedExportParams {
  const errors: FilterError[] = [];
  const lang = params.get('lang');
  const messageLocale: Locale = isLocale(lang) ? lang : 'en';
  const t = createTranslator(messageLocale);
  const parsed = parseCommitmentFilters(params, messageLocale);
  if (!parsed.ok) errors.push(...parsed.errors);
  if (lang !== null && lang !== '' && !isLocale(lang)) {
    errors.push({ param: 'lang', message: t('filters.errors.lang') });
  }
  const { filters } = parsed;
  const agreement = filters.agreement
    ? agreements.find((item) => item.slug === filters.agreement)
    : undefined;
  if (filters.agreement && !agreement) {
    errors.push({
      param: 'agreement',
      message: t('filters.errors.unknownAgreement', { value: filters.agreement }),
    });
  }
  if (filters.pillar) {
    const pool = agreement ? [agreement] : agreements;
    if (!pool.some((item) => item.pillars.some((pillar) => pillar.slug === filters.pillar))) {
      errors.push({
        param: 'pillar',
        message: t(agreement ? 'filters.errors.unknownPillarInAgreement' : 'filters.errors.unknownPillar', {
          value: filters.pillar,
        }),
      });
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, filters, locale: isLocale(lang) ? lang : 'en' };
}

/** Safe file-name part: lower-case ASCII letters, digits and hyphens. */
export function fileNamePart(value: string): string {
  return (
    value
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/gi, 'd')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'all'
  );
}

/** `attachment` / `inline` with an ASCII file name (the names are ASCII by construction). */
export function contentDisposition(kind: 'attachment' | 'inline', fileName: string): string {
  return `${kind}; filename="${fileName.replace(/["\\\r\n]/g, '')}"`;
}
