// The overview's charts draw their colours from the stylesheet rather than from a style on every
// element (each element is sent twice: as HTML and in the RSC payload). What a reader sees must not
// change: the stylesheet's status colours are the ones the exported images use, every bar segment
// gets its series' colour, and each bar still says all its counts.
import fs from 'node:fs';
import path from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { StackedBarChart } from '@/components/charts/stacked-bar-chart';
import { ChartLegend } from '@/components/charts/chart-frame';
import { StatusBadge } from '@/components/ui/status-badge';
import { progressChartLabel } from '@/components/commitments/progress-chart-card';
import { statusSeries } from '@/components/dashboard/status-series';
import { STATUS_TEXT_COLORS } from '@/lib/domain/chart-colors';
import { STATUS_COLORS, STATUSES } from '@/lib/domain/status';
import { createTranslator } from '@/lib/i18n/messages';

const css = fs.readFileSync(path.join(import.meta.dirname, '../../app/globals.css'), 'utf8');

describe('status colours in the stylesheet', () => {
  it('are exactly STATUS_COLORS, one rule per status', () => {
    const declared = Object.fromEntries(
      [...css.matchAll(/\[data-status='([A-Z_]+)'\]\s*\{\s*--status-color:\s*(#[0-9a-fA-F]{6});/g)].map(
        (m) => [m[1], m[2]!.toLowerCase()],
      ),
    );
    expect(declared).toEqual(
      Object.fromEntries(STATUSES.map((status) => [status, STATUS_COLORS[status].toLowerCase()])),
    );
  });

  it('leave a status badge one element: label and status, no inline colour', () => {
    const html = renderToStaticMarkup(createElement(StatusBadge, { status: 'AT_RISK', label: 'At risk' }));
    expect(html).toBe('<span class="status-badge" data-status="AT_RISK">At risk</span>');
  });
});

describe('StackedBarChart', () => {
  const t = createTranslator('en');
  const series = statusSeries(t);
  const values = { NOT_STARTED: 1, IN_PROGRESS: 2, AT_RISK: 0, STALLED: 0, ACHIEVED: 3, DISCONTINUED: 0 };
  const html = renderToStaticMarkup(
    createElement(StackedBarChart, {
      rows: [
        { key: 'a', label: 'Pillar A', href: '/en/agreements/x/pillars/a', values },
        { key: 'b', label: 'Pillar B', values: { ...values, DISCONTINUED: 6 } },
      ],
      series,
      totalLabel: 'Total',
    }),
  );

  it('sets each series colour once on the list, and the stylesheet maps every index to it', () => {
    STATUSES.forEach((status, index) => {
      expect(html.split(`--s${index}:${STATUS_COLORS[status]}`)).toHaveLength(2);
      expect(html).toContain(`--t${index}:${STATUS_TEXT_COLORS[status]}`);
      expect(css).toMatch(new RegExp(`\\[data-s='${index}'\\] \\{\\s*--s: var\\(--s${index}\\);`));
    });
  });

  it('gives a segment only its series and a short width, and none to an empty status', () => {
    const segments = [...html.matchAll(/<span data-s="(\d)" style="width:([\d.]+)%">(\d*)<\/span>/g)];
    expect(segments.map((m) => m[1])).toEqual(['0', '1', '4', '0', '1', '4', '5']);
    // Shares of 1/6 etc. are rounded to a tenth of a percent.
    expect(segments.map((m) => m[2])).toEqual(['16.7', '33.3', '50', '8.3', '16.7', '25', '50']);
    expect(html).not.toContain('background:');
  });

  it('describes each whole bar (name and tooltip) with every non-zero count and the total', () => {
    expect(html).toContain('role="img" title="Pillar A: Not started 1, In progress 2, Achieved 3; Total 6"');
    expect(html).toContain('<a href="/en/agreements/x/pillars/a">Pillar A</a>');
    expect(html).not.toContain('lang=');
  });
});

describe('ChartLegend', () => {
  it('names every series, its swatch coloured by index from the list', () => {
    const html = renderToStaticMarkup(
      createElement(ChartLegend, {
        label: 'Legend',
        items: [
          { key: 'x', label: 'Not started', color: '#BBBBBB' },
          { key: 'y', label: 'Achieved', color: '#009E73' },
        ],
      }),
    );
    expect(html).toBe(
      '<ul class="chart__legend" aria-label="Legend" style="--s0:#BBBBBB;--s1:#009E73">' +
        '<li data-s="0">Not started</li><li data-s="1">Achieved</li></ul>',
    );
  });
});

describe("a commitment's progress chart, as a screen reader says it", () => {
  const series = (count: number) =>
    Array.from({ length: count }, (_, index) => ({ label: `${index + 1} Jan 2026`, value: index * 2 }));

  it('lists every figure of a short series', () => {
    const label = progressChartLabel(createTranslator('en'), 'Progress over time', series(3));
    expect(label).toBe('Progress over time: 1 Jan 2026 0%, 2 Jan 2026 2%, 3 Jan 2026 4%');
  });

  it('summarises a long one by its count and ends, in both languages, and leaves each figure to the table', () => {
    const long = series(40);
    const en = progressChartLabel(createTranslator('en'), 'Progress over time', long);
    expect(en).toContain('40 figures');
    expect(en).toContain('0% on 1 Jan 2026');
    expect(en).toContain('78% on 40 Jan 2026');
    expect(en).not.toContain('20 Jan 2026');
    const vi = progressChartLabel(createTranslator('vi'), 'Tiến độ theo thời gian', long);
    expect(vi).toContain('40 số liệu');
    expect(vi).toContain('78% ngày 40 Jan 2026');
  });
});
