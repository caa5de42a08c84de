// "Subscribe to deadlines" (iCalendar) and the new-assessments Atom feed for a scope. Plain links.
import { deadlinesUrl, feedUrl } from '@/lib/feeds/urls';
import type { Locale } from '@/lib/i18n/config';
import type { Translate } from '@/lib/i18n/messages';

export function SubscribeLinks({
  agreement,
  locale,
  t,
}: {
  agreement?: string;
  locale: Locale;
  t: Translate;
}) {
  return (
    <nav className="export-links" aria-label={t('feeds.ics.subscribe')} data-testid="subscribe-links">
      <a href={deadlinesUrl({ agreement, locale })} type="text/calendar" title={t('feeds.ics.subscribeHint')}>
        {t('feeds.ics.subscribe')}
      </a>
      <a href={feedUrl({ agreement, locale })} type="application/atom+xml">
        {t('feeds.ics.feed')}
      </a>
    </nav>
  );
}
