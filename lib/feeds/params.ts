// Query parameters of /feed.atom and /deadlines.ics: which scope, whose verdicts, which language.
// Slugs are only checked for shape here; the route looks them up (unknown or malformed → 404).
import { ASSESSORS } from '../domain/verdicts';
import type { Assessor } from '../generated/prisma/enums';
import { isLocale, type Locale } from '../i18n/config';

export interface FeedParams {
  agreement?: string;
  commitment?: string;
  assessor?: Assessor;
  locale: Locale;
}

export type FeedParamError = { param: string; allowed?: string };

const SLUG = /^[a-z0-9-]{1,120}$/;

/** The first bad parameter (400), or the parsed ones. */
export function parseFeedParams(
  params: URLSearchParams,
  allowed: readonly ('agreement' | 'commitment' | 'assessor')[],
): { ok: true; value: FeedParams } | { ok: false; error: FeedParamError } {
  const lang = params.get('lang');
  if (lang !== null && !isLocale(lang)) return { ok: false, error: { param: 'lang', allowed: 'en, vi' } };
  const value: FeedParams = { locale: isLocale(lang) ? lang : 'en' };
  for (const name of ['agreement', 'commitment'] as const) {
    const raw = params.get(name);
    if (raw === null || !allowed.includes(name)) continue;
    // A malformed slug names nothing: left unset, the route answers 404 as for an unknown one.
    if (SLUG.test(raw)) value[name] = raw;
  }
  const assessor = params.get('assessor');
  if (assessor !== null && allowed.includes('assessor')) {
    if (!(ASSESSORS as readonly string[]).includes(assessor)) {
      return { ok: false, error: { param: 'assessor', allowed: ASSESSORS.join(', ') } };
    }
    value.assessor = assessor as Assessor;
  }
  return { ok: true, value };
}
