// GET /deadlines.ics — every dated commitment deadline and milestone as all-day events (RFC 5545),
// overdue ones marked; ?agreement=<slug> (unknown → 404), ?lang=en|vi. Subscribable by URL.
// (Paths with a dot are outside proxy.ts's matcher, so this is never redirected to a language.)
import type { NextRequest } from 'next/server';
import { answeringUnavailable } from '@/lib/api/read-route';
import { titleIn } from '@/lib/feeds/assessment-feed';
import { renderDeadlinesCalendar } from '@/lib/feeds/deadlines-calendar';
import { parseFeedParams } from '@/lib/feeds/params';
import { currentDataVersion } from '@/lib/cache/public-cache';
import { feedEtag } from '@/lib/feeds/etag';
import { deadlinesUrl } from '@/lib/feeds/urls';
import {
  jsonError,
  matchesEtag,
  notModified,
  publicOrigin,
  REVALIDATE_CACHE_CONTROL,
} from '@/lib/export/http';
import { createTranslator } from '@/lib/i18n/messages';
import { getDataStamp } from '@/lib/queries/exports';
import { findFeedAgreement, listCalendarCommitments } from '@/lib/queries/feeds';

async function read(request: NextRequest) {
  const search = request.nextUrl.searchParams;
  const parsed = parseFeedParams(search, ['agreement']);
  if (!parsed.ok) {
    const message = createTranslator('en')('feeds.errors.badParameter', {
      param: parsed.error.param,
      allowed: parsed.error.allowed ?? '',
    });
    return jsonError(400, message, [{ param: parsed.error.param, message }]);
  }
  const { locale } = parsed.value;
  const t = createTranslator(locale);
  const agreement = parsed.value.agreement ? await findFeedAgreement(parsed.value.agreement) : null;
  if (search.has('agreement') && !agreement) {
    return jsonError(
      404,
      t('feeds.errors.unknownAgreement', { slug: (search.get('agreement') ?? '').slice(0, 60) }),
    );
  }
  const origin = publicOrigin();
  const now = new Date();
  const today = now.toISOString().slice(0, 10);
  const etag = feedEtag(
    `${origin}${deadlinesUrl({ agreement: agreement?.slug, locale })}`,
    await currentDataVersion(),
    today,
  );
  if (matchesEtag(request.headers.get('if-none-match'), etag)) return notModified(etag);
  const [rows, stamp] = await Promise.all([listCalendarCommitments(agreement?.id), getDataStamp()]);
  const body = renderDeadlinesCalendar({
    locale,
    t,
    origin,
    name: agreement
      ? t('feeds.ics.calendarNameAgreement', { agreement: titleIn(agreement, locale) })
      : t('feeds.ics.calendarName'),
    today: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate())),
    stamp: stamp.asOf,
    rows,
  });
  return new Response(body, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `inline; filename="deadlines${agreement ? `-${agreement.slug}` : ''}.ics"`,
      'Cache-Control': REVALIDATE_CACHE_CONTROL,
      ETag: etag,
    },
  });
}

export const GET = answeringUnavailable(read);
