// The status-over-time card stays light at any age of the agreements: a page draws the latest 24
// month ends and says how many there are (the chart's CSV download has them all).
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

const render = (count: number, locale: 'en' | 'vi' = 'en') =>
  renderToStaticMarkup(
    createElement(StatusOverTimeCard, { locale, t: createTranslator(locale), points: monthEnds(count) }),
  );

describe('StatusOverTimeCard', () => {
  it('draws the latest 24 of 60 month ends and says so', () => {
    const html = render(60);
    const dates = [...html.matchAll(/<time dateTime="(\d{4}-\d{2}-\d{2})"/g)].map((m) => m[1]);
    expect(new Set(dates).size).toBe(24);
    expect(dates).toContain(monthEnds(60).at(-1)!.date);
    expect(dates).not.toContain(monthEnds(60).at(-25)!.date);
    expect(html).toContain('The latest 24 of 60 months are shown');
    expect(render(60, 'vi')).toContain('Hiển thị 24 tháng gần nhất trong 60 tháng');
  });

  it('draws every month end of a younger agreement without the note', () => {
    const html = render(10);
    expect(new Set([...html.matchAll(/<time dateTime="([\d-]+)"/g)].map((m) => m[1])).size).toBe(10);
    expect(html).not.toContain('months are shown');
  });
});
