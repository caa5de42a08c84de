// Paths of the feeds, with their query in one canonical order (the feed's id is derived from it).
import type { Assessor } from '../generated/prisma/enums';
import type { Locale } from '../i18n/config';

export function feedUrl(scope: {
  agreement?: string;
  commitment?: string;
  assessor?: Assessor;
  locale: Locale;
}): string {
  const query = new URLSearchParams();
  if (scope.agreement) query.set('agreement', scope.agreement);
  if (scope.commitment) query.set('commitment', scope.commitment);
  if (scope.assessor) query.set('assessor', scope.assessor);
  query.set('lang', scope.locale);
  return `/feed.atom?${query}`;
}

export function deadlinesUrl(scope: { agreement?: string; locale: Locale }): string {
  const query = new URLSearchParams();
  if (scope.agreement) query.set('agreement', scope.agreement);
  query.set('lang', scope.locale);
  return `/deadlines.ics?${query}`;
}
