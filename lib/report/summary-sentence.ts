// The briefing's one-sentence summary, generated from the figures in the reader's language:
// "Since 31 Mar 2026, 4 of 37 commitments moved to achieved; 2 are contested; 3 deadlines fall
// within 90 days." Pure: the page and the PDF print the very same words.
import type { Locale } from '../i18n/config';
import { formatDate } from '../i18n/format';
import { createTranslator } from '../i18n/messages';

export const DEADLINE_HORIZON_DAYS = 90;

export interface SummaryFigures {
  total: number;
  achieved: number;
  contested: number;
  deadlinesSoon: number;
  /** With a "since" point: how many moved to achieved in the period, and its start day. */
  since?: { day: string; movedToAchieved: number };
  /** The day the figures describe. */
  asOf: string;
}

export function summarySentence(figures: SummaryFigures, locale: Locale): string {
  const t = createTranslator(locale);
  const opening = figures.since
    ? t('time.briefing.sentence.since', {
        date: formatDate(figures.since.day, locale),
        count: figures.since.movedToAchieved,
        total: figures.total,
      })
    : t('time.briefing.sentence.asOf', {
        date: formatDate(figures.asOf, locale),
        count: figures.achieved,
        total: figures.total,
      });
  const contested = t(
    figures.contested === 1 ? 'time.briefing.sentence.contestedOne' : 'time.briefing.sentence.contested',
    { count: figures.contested },
  );
  const deadlines = t(
    figures.deadlinesSoon === 1 ? 'time.briefing.sentence.deadlineOne' : 'time.briefing.sentence.deadlines',
    { count: figures.deadlinesSoon, days: DEADLINE_HORIZON_DAYS },
  );
  return `${opening}; ${contested}; ${deadlines}.`;
}
