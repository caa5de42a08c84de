import 'server-only';
import { cachedPublicRead } from '../cache/public-cache';
import { db } from '../db';

/** An agreement with its pillars and sources; null when unknown. */
export function getAgreementBySlug(slug: string) {
  return cachedPublicRead(`agreements:one:${slug}`, () =>
    db.agreement.findUnique({
      where: { slug },
      select: {
        id: true,
        slug: true,
        titleEn: true,
        titleVi: true,
        parties: true,
        kind: true,
        signedOn: true,
        summaryEn: true,
        summaryVi: true,
        pillars: {
          orderBy: { position: 'asc' },
          select: { slug: true, nameEn: true, nameVi: true, position: true },
        },
        sources: {
          orderBy: [{ publishedOn: { sort: 'desc', nulls: 'last' } }, { id: 'asc' }],
          select: { slug: true, title: true, publisher: true, publishedOn: true },
        },
      },
    }),
  );
}

export type AgreementDetail = NonNullable<Awaited<ReturnType<typeof getAgreementBySlug>>>;
