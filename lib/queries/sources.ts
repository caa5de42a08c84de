import 'server-only';
import { cachedPublicRead } from '../cache/public-cache';
import { db } from '../db';
import type { Prisma } from '../generated/prisma/client';
import { agreementTitleSelect } from './commitment-select';

/** What the sources index and a source's page both show about a source. */
const sourceSummarySelect = {
  slug: true,
  title: true,
  publisher: true,
  publishedOn: true,
  language: true,
  agreement: agreementTitleSelect,
} satisfies Prisma.SourceSelect;

/** A source text with every citation into it (in text order); null when unknown. */
export function getSourceBySlug(slug: string) {
  return cachedPublicRead(`sources:one:${slug}`, () =>
    db.source.findUnique({
      where: { slug },
      select: {
        ...sourceSummarySelect,
        text: true,
        citations: {
          where: { commitment: { archivedAt: null } },
          orderBy: [{ startOffset: 'asc' }, { id: 'asc' }],
          select: {
            id: true,
            startOffset: true,
            endOffset: true,
            commitment: { select: { slug: true, titleEn: true, titleVi: true } },
          },
        },
      },
    }),
  );
}

/** Every source, for the sources index. */
export function listSources() {
  return cachedPublicRead('sources:all', () =>
    db.source.findMany({
      orderBy: [{ agreementId: 'asc' }, { id: 'asc' }],
      select: {
        ...sourceSummarySelect,
        _count: { select: { citations: true } },
      },
    }),
  );
}

export interface TextSegment {
  text: string;
  /** Citations covering this segment (overlapping citations split the text into segments). */
  citationIds: number[];
}

/** Splits a text at citation boundaries so each cited span can be highlighted, overlaps included. */
export function segmentText(
  text: string,
  citations: { id: number; startOffset: number; endOffset: number }[],
): TextSegment[] {
  const valid = citations.filter(
    (c) => c.startOffset >= 0 && c.endOffset <= text.length && c.startOffset < c.endOffset,
  );
  const cuts = new Set<number>([0, text.length]);
  for (const c of valid) {
    cuts.add(c.startOffset);
    cuts.add(c.endOffset);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  for (let i = 0; i < points.length - 1; i += 1) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const citationIds = valid.filter((c) => c.startOffset <= start && c.endOffset >= end).map((c) => c.id);
    segments.push({ text: text.slice(start, end), citationIds });
  }
  return segments;
}
