import 'server-only';
import { cachedPublicRead } from '../cache/public-cache';
import { db } from '../db';

/** Every non-archived commitment with what a summary table needs, ordered for display. */
export function listCommitmentSummaries() {
  return cachedPublicRead('commitments:summaries', () =>
    db.commitment.findMany({
      where: { archivedAt: null },
      orderBy: [{ agreement: { signedOn: 'desc' } }, { pillar: { position: 'asc' } }, { id: 'asc' }],
      select: {
        slug: true,
        titleEn: true,
        titleVi: true,
        status: true,
        progress: true,
        deadline: true,
        deadlineTextEn: true,
        deadlineTextVi: true,
        updatedAt: true,
        agreement: { select: { slug: true, titleEn: true, titleVi: true } },
        pillar: { select: { slug: true, nameEn: true, nameVi: true } },
      },
    }),
  );
}
