import { describe, expect, it } from 'vitest';
import { commitmentWhere, filterCacheKey } from '@/lib/queries/commitment-where';
import {
  commitmentFiltersToSearchParams,
  hasActiveFilters,
  parseCommitmentFilters,
  type CommitmentFilters,
} from '@/lib/validation/commitment-filters';

const DEFAULT_FILTERS: CommitmentFilters = { statuses: [], parties: [], sort: 'default', page: 1 };

describe('parseCommitmentFilters', () => {
  it('reads every filter from a URL, multi-valued status included', () => {
    const parsed = parseCommitmentFilters(
      new URLSearchParams(
        'agreement=vn-uk-csp&pillar=economy&status=in-progress&status=achieved,at-risk&party=uk&from=2026-01-01&to=2035-12-31&q=%20English%20&sort=deadline&page=2',
      ),
    );
    expect(parsed).toEqual({
      ok: true,
      filters: {
        agreement: 'vn-uk-csp',
        pillar: 'economy',
        statuses: ['IN_PROGRESS', 'AT_RISK', 'ACHIEVED'],
        parties: ['UK'],
        deadlineFrom: '2026-01-01',
        deadlineTo: '2035-12-31',
        q: 'English',
        sort: 'deadline',
        page: 2,
      },
    });
  });

  it('treats empty values (as an unfilled GET form sends them) as no filter', () => {
    const parsed = parseCommitmentFilters({ agreement: '', pillar: '', q: '', from: '', sort: 'default' });
    expect(parsed).toEqual({ ok: true, filters: { statuses: [], parties: [], sort: 'default', page: 1 } });
  });

  it('reports bad values by parameter and keeps the good ones', () => {
    const parsed = parseCommitmentFilters({
      status: ['done', 'stalled'],
      from: '2026-13-45',
      page: '0',
      sort: 'random',
      agreement: 'vn-uk-csp',
    });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.map((error) => error.param).sort()).toEqual(['from', 'page', 'sort', 'status']);
    expect(parsed.filters.agreement).toBe('vn-uk-csp');
    expect(parsed.filters.page).toBe(1);
  });

  it('rejects an inverted deadline range', () => {
    const parsed = parseCommitmentFilters({ from: '2030-01-01', to: '2026-01-01' });
    expect(parsed.ok).toBe(false);
  });

  it('round-trips through the URL it builds', () => {
    const source = parseCommitmentFilters(
      new URLSearchParams('status=stalled&party=viet-nam&q=trade&page=3'),
    );
    expect(source.ok).toBe(true);
    const again = parseCommitmentFilters(commitmentFiltersToSearchParams(source.filters));
    expect(again.filters).toEqual(source.filters);
    expect(commitmentFiltersToSearchParams(source.filters).toString()).toBe(
      'status=stalled&party=viet-nam&q=trade&page=3',
    );
  });
});

describe('the contested filter', () => {
  it('reads ?contested=1 and ?contested=0 (and a checkbox’s on) and writes them back canonically', () => {
    for (const [raw, expected] of [
      ['1', true],
      ['on', true],
      ['true', true],
      ['0', false],
      ['false', false],
    ] as const) {
      const parsed = parseCommitmentFilters({ contested: raw });
      expect(parsed).toEqual({ ok: true, filters: { ...DEFAULT_FILTERS, contested: expected } });
      expect(commitmentFiltersToSearchParams(parsed.filters).toString()).toBe(
        `contested=${expected ? 1 : 0}`,
      );
      expect(hasActiveFilters(parsed.filters)).toBe(true);
    }
    expect(parseCommitmentFilters({ contested: '' })).toEqual({ ok: true, filters: DEFAULT_FILTERS });
  });

  it('refuses other values, naming the parameter', () => {
    for (const raw of ['2', 'yes', 'constructor', 'toString']) {
      const parsed = parseCommitmentFilters({ contested: raw });
      expect(parsed.ok).toBe(false);
      if (parsed.ok) continue;
      expect(parsed.errors).toEqual([{ param: 'contested', message: expect.stringMatching(/1.*0/) }]);
      expect(parsed.filters.contested).toBeUndefined();
    }
    const vi = parseCommitmentFilters({ contested: 'x' }, 'vi');
    expect(vi.ok ? '' : vi.errors[0]!.message).toMatch(/không thống nhất/);
  });

  it('narrows the Prisma where to the contested flag kept on the row', () => {
    expect(commitmentWhere({ ...DEFAULT_FILTERS, contested: true })).toEqual({
      archivedAt: null,
      contested: true,
    });
    expect(commitmentWhere({ ...DEFAULT_FILTERS, contested: false })).toEqual({
      archivedAt: null,
      contested: false,
    });
    expect(commitmentWhere(DEFAULT_FILTERS)).toEqual({ archivedAt: null });
    expect(filterCacheKey({ ...DEFAULT_FILTERS, contested: true })).not.toBe(filterCacheKey(DEFAULT_FILTERS));
  });
});

describe('deadline dates', () => {
  // Year 0 reached Postgres and came back as a 500 on lists, exports, charts and the report.
  it.each([
    ['to', '0000-01-01'],
    ['from', '0000-12-31'],
    ['from', '1899-12-31'],
  ])('refuses %s=%s as out of range, in both languages', (param, value) => {
    const en = parseCommitmentFilters({ [param]: value }, 'en');
    expect(en).toMatchObject({
      ok: false,
      errors: [{ param, message: 'must be between 1900-01-01 and 9999-12-31' }],
    });
    const vi = parseCommitmentFilters({ [param]: value }, 'vi');
    expect(vi.ok).toBe(false);
    expect(vi.ok ? '' : vi.errors[0]!.message).toMatch(/1900-01-01/);
    expect(en.filters.deadlineFrom ?? en.filters.deadlineTo).toBeUndefined();
  });

  it('refuses dates that do not exist instead of rolling them over', () => {
    expect(parseCommitmentFilters({ to: '2025-02-30' })).toMatchObject({
      ok: false,
      errors: [{ param: 'to', message: 'is not a real date' }],
    });
  });

  it('accepts the ends of the range', () => {
    expect(parseCommitmentFilters({ from: '1900-01-01', to: '9999-12-31' }).ok).toBe(true);
  });
});
