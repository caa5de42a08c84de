import Link from 'next/link';
import type { Locale } from '@/lib/i18n/config';
import { formatDate } from '@/lib/i18n/format';
import type { Translate } from '@/lib/i18n/messages';
import type { TimePoint } from '@/lib/queries/time-point';

/**
 * On every page viewed in the past: which day (or snapshot) it shows, and the way back to today
 * (`todayHref`: the same page without `asOf` / `snapshot`). Nothing for "now".
 */
export function PastBanner({
  locale,
  t,
  point,
  todayHref,
}: {
  locale: Locale;
  t: Translate;
  point: TimePoint;
  todayHref: string;
}) {
  if (point.kind === 'now') return null;
  const date = formatDate(point.asOf, locale);
  return (
    <div className="past-banner" role="status" data-testid="past-banner">
      <p>
        <strong>
          {point.snapshot
            ? t('time.banner.viewingSnapshot', { name: point.snapshot.name, date })
            : t('time.banner.viewing', { date })}
        </strong>{' '}
        — <Link href={todayHref}>{t('time.banner.back')}</Link>
      </p>
      <p className="muted">{t(point.snapshot ? 'time.banner.snapshotNote' : 'time.banner.note')}</p>
    </div>
  );
}

/** Why `asOf` / `snapshot` in the address could not be used (the page shows today instead). */
export function TimeErrors({ t, errors }: { t: Translate; errors: { param: string; message: string }[] }) {
  if (errors.length === 0) return null;
  return (
    <div className="notice-inline notice-inline--warning" role="alert" data-testid="time-errors">
      <p>{t('time.errors.title')}</p>
      <ul>
        {errors.map((error) => (
          <li key={error.param}>
            <code>{error.param}</code>: {error.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
