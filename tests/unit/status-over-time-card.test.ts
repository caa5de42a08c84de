// The status-over-time card stays light at any age of the agreements: a page draws the latest 12
// month ends, says how many there are (the chart's CSV download has them all) and links to the
// page with every month.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { StatusOverTimeCard } from '@/components/dashboard/status-over-time-card';
import { createTranslator } from '@/lib/i18n/messages';
import { emptyStatusCounts } from '@/lib/queries/status-counts';

function monthEnds(count: number) {
  return Array.from({ length: count }, (_, index) => {
    const end = new Date(Date.UTC(2021, index + 1, 0));
    return { date: end.toISOString().slice(0, 10), counts: { ...emptyStatusCounts(), IN_PROGRESS: index } };
  });
}

const render = (
  count: number,
  locale: 'en' | 'vi' = 'en',
  extra: { allMonths?: boolean; showAllHref?: string } = {},
) =>
  renderToStaticMarkup(
    createElement(StatusOverTimeCard, {
      locale,
      t: createTranslator(locale),
      points: monthEnds(count),
      ...extra,
    }),
  );
const monthsDrawn = (html: string) =>
  new Set([...html.matchAll(/<time dateTime="(\d{4}-\d{2}-\d{2})"/g)].map((m) => m[1]));

describe('StatusOverTimeCard', () => {
  it('draws the latest 12 of 60 month ends, says so and links to all of them', () => {
    const html = render(60, 'en', { showAllHref: '/en?months=all#status-over-time-title' });
    const dates = monthsDrawn(html);
    expect(dates.size).toBe(12);
    expect(dates).toContain(monthEnds(60).at(-1)!.date);
    expect(dates).not.toContain(monthEnds(60).at(-13)!.date);
    expect(html).toContain('The latest 12 of 60 months are shown');
    expect(html).toContain('<a href="/en?months=all#status-over-time-title">Show all 60 months</a>');
    const vi = render(60, 'vi', { showAllHref: '/vi?months=all' });
    expect(vi).toContain('Hiển thị 12 tháng gần nhất trong 60 tháng');
    expect(vi).toContain('Xem tất cả 60 tháng');
  });

  it('draws every month when asked, without the note or the link', () => {
    const html = render(60, 'en', { allMonths: true, showAllHref: '/en?months=all' });
    expect(monthsDrawn(html).size).toBe(60);
    expect(html).not.toContain('months are shown');
    expect(html).not.toContain('Show all');
  });

  it('draws every month end of a younger agreement without the note', () => {
    const html = render(10, 'en', { showAllHref: '/en?months=all' });
    expect(monthsDrawn(html).size).toBe(10);
    expect(html).not.toContain('months are shown');
    expect(html).not.toContain('Show all');
  });
});
