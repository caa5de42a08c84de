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
        dateKind: true,
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

/**
 * Every agreement with its pillars (newest agreement first, pillars in order): the filter form,
 * the export filters' names and slugs, and the order of the per-pillar counts.
 */
export function listAgreementsWithPillars() {
  return cachedPublicRead('agreements:with-pillars', () =>
    db.agreement.findMany({
      // Archived agreements have no public commitment left (lib/agreements/set-archived.ts).
      where: { archivedAt: null },
      orderBy: [{ signedOn: 'desc' }, { id: 'asc' }],
      select: {
        id: true,
        slug: true,
        titleEn: true,
        titleVi: true,
        pillars: {
          orderBy: { position: 'asc' },
          select: { id: true, slug: true, nameEn: true, nameVi: true },
        },
      },
    }),
  );
}
