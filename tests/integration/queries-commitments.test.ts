import { describe, expect, it, vi } from 'vitest';

// Outside a request Next's headers() throws; the public cache then reads the data version from
// Postgres, as it does in scripts.
vi.mock('next/headers', () => ({
  headers: async () => {
    throw new Error('outside a request');
  },
}));
import { STATUSES } from '@/lib/domain/status';
import { createPrismaClient } from '@/lib/prisma-client';
import { listAssessmentHistory } from '@/lib/queries/assessments';
import { countCommitmentsByStatus, getCommitmentBySlug, listCommitments } from '@/lib/queries/commitments';
import { countStatusByAgreement, countStatusByPillar, listLatestUpdates } from '@/lib/queries/dashboard';
import { getSourceBySlug, segmentText } from '@/lib/queries/sources';
import {
  COMMITMENT_SORTS,
  parseCommitmentFilters,
  type CommitmentFilters,
} from '@/lib/validation/commitment-filters';

const db = createPrismaClient(process.env.DATABASE_URL!);

function filters(query: string): CommitmentFilters {
  const parsed = parseCommitmentFilters(new URLSearchParams(query));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.filters;
}

async function allPages(base: CommitmentFilters, pageSize: number) {
  const slugs: string[] = [];
  const first = await listCommitments({ ...base, page: 1 }, pageSize);
  for (let page = 1; page <= first.pageCount; page += 1) {
    const result = await listCommitments({ ...base, page }, pageSize);
    expect(result.rows.length).toBeLessThanOrEqual(pageSize);
    slugs.push(...result.rows.map((row) => row.slug));
  }
  return { slugs, total: first.total };
}

describe('commitment queries', () => {
  it('counts per status add up to the total, and match the rows', async () => {
    const all = await db.commitment.findMany({ where: { archivedAt: null }, select: { status: true } });
    const { counts, total } = await countCommitmentsByStatus();
    expect(total).toBe(all.length);
    expect(Object.values(counts).reduce((sum, n) => sum + n, 0)).toBe(total);
    for (const status of STATUSES) {
      expect(counts[status], status).toBe(all.filter((row) => row.status === status).length);
    }
    const byAgreement = await countStatusByAgreement();
    expect(byAgreement.reduce((sum, row) => sum + row.total, 0)).toBe(total);
    const byPillar = await countStatusByPillar();
    const pillarSum = byPillar.reduce(
      (sum, row) => sum + Object.values(row.counts).reduce((a, b) => a + b, 0),
      0,
    );
    expect(pillarSum).toBe(
      await db.commitment.count({ where: { archivedAt: null, pillarId: { not: null } } }),
    );
  });

  it('pages never repeat or drop a row, in every sort order', async () => {
    const expected = (await db.commitment.findMany({ where: { archivedAt: null }, select: { slug: true } }))
      .map((row) => row.slug)
      .sort();
    // Make ties likely: many rows share a status and updatedAt.
    for (const sort of COMMITMENT_SORTS) {
      const { slugs, total } = await allPages({ ...filters(''), sort }, 7);
      expect(total).toBe(expected.length);
      expect(new Set(slugs).size, sort).toBe(slugs.length);
      expect([...slugs].sort(), sort).toEqual(expected);
    }
  });

  it('combines filters: agreement, pillar, status (multi), party, deadline range and text', async () => {
    const pillarQuery = 'pillar=education-culture-people-to-people&status=in-progress';
    const byPillar = await listCommitments(filters(pillarQuery));
    expect(byPillar.rows.map((row) => row.slug)).toContain('english-second-language-2035');
    for (const row of byPillar.rows) {
      expect(row.pillar?.slug).toBe('education-culture-people-to-people');
      expect(row.status).toBe('IN_PROGRESS');
    }
    const dbCount = await db.commitment.count({
      where: { pillar: { slug: 'education-culture-people-to-people' }, status: 'IN_PROGRESS' },
    });
    expect(byPillar.total).toBe(dbCount);

    const multi = await listCommitments(filters('status=in-progress&status=achieved&agreement=vn-uk-csp'));
    expect(multi.total).toBe(
      await db.commitment.count({
        where: { agreement: { slug: 'vn-uk-csp' }, status: { in: ['IN_PROGRESS', 'ACHIEVED'] } },
      }),
    );
    expect(multi.statusCounts.IN_PROGRESS + multi.statusCounts.ACHIEVED).toBe(multi.total);
    expect(multi.statusCounts.NOT_STARTED).toBe(0);

    const dated = await listCommitments(filters('from=2030-01-01&to=2040-12-31'));
    expect(dated.rows.map((row) => row.slug)).toEqual(['english-second-language-2035']);

    // Free text over both languages: an English word and a Vietnamese one find the same row.
    const english = await listCommitments(filters('q=second%20language'));
    const vietnamese = await listCommitments(filters('q=ng%C3%B4n%20ng%E1%BB%AF%20th%E1%BB%A9%20hai'));
    expect(english.rows.map((row) => row.slug)).toContain('english-second-language-2035');
    expect(vietnamese.rows.map((row) => row.slug)).toContain('english-second-language-2035');

    const party = await listCommitments(filters('party=asean-uk'));
    expect(party.total).toBeGreaterThan(0);
    expect(party.rows.every((row) => row.responsibleParty === 'ASEAN_UK')).toBe(true);

    const none = await listCommitments(filters('agreement=vn-uk-csp&party=asean-uk'));
    expect(none.total).toBe(0);
    expect(none.rows).toEqual([]);
  });

  it('loads a commitment with its quotes, milestones and full history, and null for an unknown slug', async () => {
    expect(await getCommitmentBySlug('no-such-commitment')).toBeNull();
    const commitment = await getCommitmentBySlug('english-second-language-2035');
    expect(commitment?.deadline?.toISOString().slice(0, 10)).toBe('2035-12-31');
    expect(commitment?.citations[0]?.quote).toContain('second language in Vietnamese schools by 2035');

    // 60 more history entries: the history pages (50 per page) hold every one exactly once.
    const id = commitment!.id;
    await db.statusUpdate.createMany({
      data: Array.from({ length: 60 }, (_, index) => ({
        commitmentId: id,
        fromStatus: 'IN_PROGRESS' as const,
        toStatus: 'IN_PROGRESS' as const,
        progress: index,
        reason: `test entry ${index}`,
        authorName: 'Test Editor',
        version: 100 + index,
        createdAt: new Date(Date.now() + (index + 1) * 60_000),
      })),
    });
    // The series follows the headline assessor: these 60 entries are independent ones.
    const first = await listAssessmentHistory({ id, headlineAssessor: 'INDEPENDENT' }, 1);
    const second = await listAssessmentHistory({ id, headlineAssessor: 'INDEPENDENT' }, 2);
    expect(first.total).toBe(61);
    expect(first.pageCount).toBe(2);
    expect(first.entries).toHaveLength(50);
    expect(second.entries).toHaveLength(11);
    const ids = [...first.entries, ...second.entries].map((entry) => entry.id);
    expect(new Set(ids).size).toBe(61);
    expect(first.entries[0]?.reason).toBe('test entry 59');
    expect(first.series.length).toBe(60);

    const latest = await listLatestUpdates({}, 3);
    expect(latest.map((row) => row.reason)).toEqual(['test entry 59', 'test entry 58', 'test entry 57']);
    expect(latest[0]?.authorName).toBe('Test Editor');
  });

  it('gives each citation of a source a highlighted span that is exactly its quote', async () => {
    const source = await getSourceBySlug('vna-csp-visit-conclusion');
    expect(source).not.toBeNull();
    const segments = segmentText(source!.text, source!.citations);
    expect(segments.map((segment) => segment.text).join('')).toBe(source!.text);
    for (const citation of source!.citations) {
      const covered = segments
        .filter((segment) => segment.citationIds.includes(citation.id))
        .map((segment) => segment.text)
        .join('');
      expect(covered).toBe(source!.text.slice(citation.startOffset, citation.endOffset));
    }
    expect(await getSourceBySlug('nope')).toBeNull();
  });
});
