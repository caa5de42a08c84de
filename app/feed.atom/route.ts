// GET /feed.atom — Atom 1.0 feed of the latest 50 assessments recorded, newest first.
// ?agreement=<slug> | ?commitment=<slug>, ?assessor=<INDEPENDENT|VIET_NAM|UK|JOINT|ASEAN>, ?lang=en|vi.
// (Paths with a dot are outside proxy.ts's matcher, so this is never redirected to a language.)
import type { NextRequest } from 'next/server';
import { answeringUnavailable } from '@/lib/api/read-route';
import { renderAssessmentFeed, titleIn } from '@/lib/feeds/assessment-feed';
import { parseFeedParams } from '@/lib/feeds/params';
import { feedUrl } from '@/lib/feeds/urls';
import { cachedPublicRead, currentDataVersion } from '@/lib/cache/public-cache';
import { feedEtag } from '@/lib/feeds/etag';
import {
  jsonError,
  matchesEtag,
  notModified,
  publicOrigin,
  REVALIDATE_CACHE_CONTROL,
} from '@/lib/export/http';
import { createTranslator } from '@/lib/i18n/messages';
import { getDataStamp } from '@/lib/queries/exports';
import { findFeedAgreement, findFeedCommitment, listFeedEntries } from '@/lib/queries/feeds';

async function read(request: NextRequest) {
  const parsed = parseFeedParams(request.nextUrl.searchParams, ['agreement', 'commitment', 'assessor']);
  if (!parsed.ok) {
    const t = createTranslator('en');
    const message = t('feeds.errors.badParameter', {
      param: parsed.error.param,
      allowed: parsed.error.allowed ?? '',
    });
    return jsonError(400, message, [{ param: parsed.error.param, message }]);
  }
  const { value: params } = parsed;
  const { locale } = params;
  const t = createTranslator(locale);
  const [agreement, commitment] = await Promise.all([
    params.agreement ? findFeedAgreement(params.agreement) : null,
    params.commitment ? findFeedCommitment(params.commitment) : null,
  ]);
  const search = request.nextUrl.searchParams;
  const quoted = (name: string) => (search.get(name) ?? '').slice(0, 60);
  if (search.has('commitment') && !commitment)
    return jsonError(404, t('feeds.errors.unknownCommitment', { slug: quoted('commitment') }));
  if (search.has('agreement') && !agreement)
    return jsonError(404, t('feeds.errors.unknownAgreement', { slug: quoted('agreement') }));

  const origin = publicOrigin();
  const selfUrl = `${origin}${feedUrl({ ...params, locale })}`;
  const etag = feedEtag(selfUrl, await currentDataVersion());
  if (matchesEtag(request.headers.get('if-none-match'), etag)) return notModified(etag);
  // Feed readers poll: the XML is built once per data version and URL, not per request.
  const body = await cachedPublicRead(`feeds:atom:${selfUrl}`, async () => {
    const [rows, stamp] = await Promise.all([
      listFeedEntries({
        agreementId: agreement?.id,
        commitmentId: commitment?.id,
        assessor: params.assessor,
      }),
      getDataStamp(),
    ]);
    const scopeName = commitment
      ? titleIn(commitment, locale)
      : agreement
        ? titleIn(agreement, locale)
        : null;
    const title = commitment
      ? t('feeds.atom.titleCommitment', { commitment: scopeName! })
      : agreement
        ? t('feeds.atom.titleAgreement', { agreement: scopeName! })
        : t('feeds.atom.title');
    const pagePath = commitment
      ? `/${locale}/commitments/${commitment.slug}`
      : agreement
        ? `/${locale}/agreements/${agreement.slug}`
        : `/${locale}`;
    return renderAssessmentFeed({
      locale,
      t,
      origin,
      selfUrl,
      pageUrl: `${origin}${pagePath}`,
      title,
      subtitle: params.assessor
        ? t('feeds.atom.subtitleAssessor', { assessor: t(`assessment.assessor.${params.assessor}`) })
        : t('feeds.atom.subtitle'),
      fallbackUpdated: stamp.asOf,
      rows,
    });
  });
  return new Response(body, {
    headers: {
      'Content-Type': 'application/atom+xml; charset=utf-8',
      'Cache-Control': REVALIDATE_CACHE_CONTROL,
      ETag: etag,
    },
  });
}

export const GET = answeringUnavailable(read);
