// The feeds read the assessment history through an index, whatever the scope: with a realistically
// large history (so the planner's choices are production's), EXPLAIN shows no sequential scan of
// "StatusUpdate" for the feed's statements.
import { describe, expect, it } from 'vitest';
import { statementsScanning, withLargeHistory } from '../support/query-plans';

const { captured } = withLargeHistory();

describe('feed reads at scale', () => {
  it('never plan a sequential scan of the history', async () => {
    const feeds = await import('@/lib/queries/feeds');
    const agreement = await feeds.findFeedAgreement('agreement-2');
    const commitment = await feeds.findFeedCommitment('commitment-42');
    const results = await Promise.all([
      feeds.listFeedEntries({}),
      feeds.listFeedEntries({ agreementId: agreement!.id }),
      feeds.listFeedEntries({ commitmentId: commitment!.id }),
      feeds.listFeedEntries({ assessor: 'JOINT' }),
      feeds.listFeedEntries({ agreementId: agreement!.id, assessor: 'UK' }),
    ]);
    expect(results[0]).toHaveLength(50);
    expect(results[2]!.every((row) => row.commitment.slug === 'commitment-42')).toBe(true);

    const touchingHistory = captured.filter((event) => /"StatusUpdate"/.test(event.query));
    expect(touchingHistory.length).toBeGreaterThanOrEqual(5);
    expect(await statementsScanning(touchingHistory, 'StatusUpdate')).toEqual([]);
  }, 60_000);
});
