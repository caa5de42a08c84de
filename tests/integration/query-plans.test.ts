// No public page scans the status-update table: with a realistically large history (so the
// planner's choices are the ones production gets), every statement the public reads send that
// touches "StatusUpdate" is planned with an index, checked with EXPLAIN.
import { describe, expect, it } from 'vitest';
import { ASSESSORS } from '@/lib/domain/verdicts';
import { scansRun, statementsScanning, withLargeHistory } from '../support/query-plans';

const { captured } = withLargeHistory();

describe('public reads at scale', () => {
  it('never plan a sequential scan of StatusUpdate', async () => {
    const commitments = await import('@/lib/queries/commitments');
    const { listAssessmentHistory, listCurrentVerdicts } = await import('@/lib/queries/assessments');
    const dashboard = await import('@/lib/queries/dashboard');
    const agreements = await import('@/lib/queries/agreements');
    const sources = await import('@/lib/queries/sources');
    const exports = await import('@/lib/queries/exports');
    const { parseCommitmentFilters } = await import('@/lib/validation/commitment-filters');

    const detail = await commitments.getCommitmentBySlug('commitment-1');
    expect(detail).not.toBeNull();
    await Promise.all([
      commitments.listCommitments(parseCommitmentFilters({}).filters),
      commitments.listCommitments(
        parseCommitmentFilters({ status: 'in-progress', agreement: 'agreement-3', page: '3' }).filters,
      ),
      listAssessmentHistory({ id: detail!.id, headlineAssessor: 'INDEPENDENT' }, 1),
      listAssessmentHistory({ id: detail!.id, headlineAssessor: 'INDEPENDENT' }, 2),
      listCurrentVerdicts(detail!.id),
      commitments.countCommitmentsByStatus(),
      commitments.listFilterOptions(),
      dashboard.getDataAsOf(),
      dashboard.countStatusByPillar(),
      dashboard.countStatusByAgreement(),
      dashboard.listOpenDeadlines(),
      dashboard.listVagueDeadlines(),
      dashboard.listLatestUpdates(),
      dashboard.listLatestUpdates({ agreement: 'agreement-2' }),
      dashboard.listLatestUpdates({ agreement: 'agreement-2', pillar: 'pillar-1' }),
      agreements.getAgreementBySlug('agreement-2'),
      sources.getSourceBySlug('source-agreement-2'),
      sources.listSources(),
      // The read API: one commitment with its assessments, and each assessor's latest (read apart
      // when the history is longer than one answer holds); the list and export, filtered.
      exports.getCommitmentForApi('commitment-1'),
      exports.listLatestAssessmentPerAssessor(detail!.id),
      exports.countAssessments(detail!.id),
      exports.listCommitmentsForApi(parseCommitmentFilters({ contested: '1' }).filters, 25),
      exports.listCommitmentsForExport(parseCommitmentFilters({ agreement: 'agreement-2' }).filters),
    ]);

    const touchingHistory = captured.filter((event) => event.query.includes('"StatusUpdate"'));
    expect(touchingHistory.length).toBeGreaterThan(0);

    expect(await statementsScanning(touchingHistory, 'StatusUpdate')).toEqual([]);
  }, 120_000);

  it('at a past day and over a quarter, read history through an index, and only where it must', async () => {
    const { db } = await import('@/lib/db');
    const changes = await import('@/lib/queries/changes');
    const dashboard = await import('@/lib/queries/dashboard');
    const { readStatusOverTime } = await import('@/lib/queries/status-over-time');
    const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
    const quarter = { from: { asOf: daysAgo(91) }, to: { asOf: daysAgo(0) } };
    const past = { asOf: daysAgo(91) };
    const start = captured.length;

    const [page] = await Promise.all([
      changes.listChangesPage(quarter, 2, 50),
      changes.listChanges({ ...quarter, agreement: 'agreement-2' }),
      dashboard.countStatusByPillar(past),
      dashboard.countStatusByAgreement(past),
      dashboard.listOpenDeadlines(past),
      dashboard.listVagueDeadlines(past),
      dashboard.listLatestUpdates(past),
      readStatusOverTime({}),
      readStatusOverTime(past),
    ]);
    // The synthetic histories were all described today: thousands changed in the quarter.
    expect(page.ok && page.rows).toHaveLength(50);

    const touchingHistory = captured.slice(start).filter((event) => event.query.includes('"StatusUpdate"'));
    expect(touchingHistory.length).toBeGreaterThan(0);
    expect(await statementsScanning(touchingHistory, 'StatusUpdate')).toEqual([]);

    // A day that sees all of a commitment's history reads the headline its row keeps, and one that
    // sees none reads "not started": only the seeded commitments, assessed on many days, are probed
    // (without the span kept on the row: every commitment × every assessor, 20,000 probes here).
    const seeded = await db.commitment.count({ where: { NOT: { slug: { startsWith: 'commitment-' } } } });
    const pastStates = touchingHistory.filter((event) => event.query.includes('WITH seen AS'));
    expect(pastStates).toHaveLength(2);
    expect(await scansRun(pastStates, 'StatusUpdate')).toBeLessThanOrEqual(seeded * ASSESSORS.length);
  }, 120_000);
});
