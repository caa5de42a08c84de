// No public page scans the status-update table: with a realistically large history (so the
// planner's choices are the ones production gets), every statement the public reads send that
// touches "StatusUpdate" is planned with an index, checked with EXPLAIN.
import { describe, expect, it } from 'vitest';
import { statementsScanning, withLargeHistory } from '../support/query-plans';

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
});
