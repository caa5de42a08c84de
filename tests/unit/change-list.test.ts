// The changes list stays readable when a commitment was assessed many times in the period: the
// latest few assessments are listed and the earlier ones counted, with a link to its history.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ChangeList } from '@/components/changes/change-list';
import { createTranslator } from '@/lib/i18n/messages';
import type { ChangeAssessment, ChangeRow } from '@/lib/queries/changes';

function assessment(day: number): ChangeAssessment {
  return {
    id: day,
    commitmentId: 1,
    assessor: 'UK',
    assessorName: null,
    fromStatus: 'NOT_STARTED',
    toStatus: 'IN_PROGRESS',
    progress: day,
    value: null,
    assessedOn: new Date(Date.UTC(2026, 0, day)),
    createdAt: new Date(Date.UTC(2026, 0, day)),
    reason: `Reason of day ${day}\nsecond line`,
    authorName: 'Editor',
    evidence: [],
  };
}

function row(assessments: ChangeAssessment[]): ChangeRow {
  const verdict = { contested: false, headlineAssessor: 'UK' as const, currentValue: null };
  return {
    slug: 'english-2035',
    titleEn: 'English as a second language',
    titleVi: null,
    agreement: { slug: 'vn-uk-csp', titleEn: 'CSP', titleVi: null },
    deadline: null,
    from: { ...verdict, status: 'NOT_STARTED', progress: null },
    to: { ...verdict, status: 'IN_PROGRESS', progress: assessments.length },
    statusChanged: true,
    figuresChanged: true,
    newlyContested: false,
    deadlinePassed: false,
    assessments,
  };
}

const render = (rows: ChangeRow[], locale: 'en' | 'vi' = 'en') =>
  renderToStaticMarkup(
    createElement(ChangeList, { locale, t: createTranslator(locale), rows, linkQuery: 'asOf=2026-03-31' }),
  );

describe('ChangeList', () => {
  it('lists the latest five assessments of a busy commitment and counts the earlier ones', () => {
    const html = render([row(Array.from({ length: 8 }, (_, index) => assessment(index + 1)))]);
    for (const day of [4, 5, 6, 7, 8]) expect(html).toContain(`Reason of day ${day}`);
    for (const day of [1, 2, 3]) expect(html).not.toContain(`Reason of day ${day}<`);
    expect(html).toContain('3 earlier assessments in this period');
    expect(html).toContain('href="/en/commitments/english-2035?asOf=2026-03-31#history-title"');
    // The reason's first line only.
    expect(html).not.toContain('second line');
  });

  it('says nothing about earlier ones when all fit, in Vietnamese too', () => {
    const html = render([row([assessment(1), assessment(2)])], 'vi');
    expect(html).toContain('Reason of day 1');
    expect(html).not.toContain('đánh giá trước đó');
    expect(render([row(Array.from({ length: 6 }, (_, i) => assessment(i + 1)))], 'vi')).toContain(
      '1 đánh giá trước đó',
    );
  });
});
