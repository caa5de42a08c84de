// The deadlines calendar (iCalendar, RFC 5545): each dated commitment deadline and each dated
// milestone as an all-day event, in the reader's language. ical-generator writes the format
// (CRLF, escaping, folding at 75 octets); this chooses the events and their words.
import ical, { ICalCalendarMethod } from 'ical-generator';
import type { Locale } from '../i18n/config';
import { formatDate } from '../i18n/format';
import type { Translate } from '../i18n/messages';
import type { CalendarCommitmentRow } from '../queries/feeds';
import { titleIn } from './assessment-feed';

const CLOSED_STATUSES = new Set(['ACHIEVED', 'DISCONTINUED']);

export interface DeadlinesCalendarInput {
  locale: Locale;
  t: Translate;
  origin: string;
  name: string;
  /** Today (UTC day): events before it that are still open are overdue. */
  today: Date;
  /** DTSTAMP of every event: when the public data last changed, so the file is stable between edits. */
  stamp: Date;
  rows: CalendarCommitmentRow[];
}

const uidHost = (origin: string) => new URL(origin).hostname || 'commitment-tracker';

export function renderDeadlinesCalendar(input: DeadlinesCalendarInput): string {
  const { locale, t, origin, today, stamp } = input;
  const calendar = ical({
    name: input.name,
    prodId: { company: 'Commitment Tracker', product: 'Deadlines', language: locale.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
    url: `${origin}/${locale}`,
    ttl: 60 * 60,
  });
  const host = uidHost(origin);
  for (const row of input.rows) {
    const commitment = titleIn(row, locale);
    const url = `${origin}/${locale}/commitments/${row.slug}`;
    const open = !CLOSED_STATUSES.has(row.status);
    const context = [
      t('feeds.ics.status', { status: t(`common.status.${row.status}.label`) }),
      t('feeds.ics.agreement', { agreement: titleIn(row.agreement, locale) }),
    ];
    if (row.deadline) {
      const overdue = open && row.deadline < today;
      const wording =
        locale === 'vi' ? row.deadlineTextVi || row.deadlineTextEn : row.deadlineTextEn || row.deadlineTextVi;
      const summary = t('feeds.ics.deadline', { commitment });
      calendar.createEvent({
        // The UID names the row and what it is, so a calendar app updates the same event on edits.
        id: `deadline-${row.id}@${host}`,
        allDay: true,
        start: row.deadline,
        stamp,
        summary: overdue ? t('feeds.ics.overdue', { summary }) : summary,
        description: [
          ...context,
          ...(wording ? [t('feeds.ics.sourceWording', { text: wording })] : []),
          url,
        ].join('\n'),
        url,
        categories: overdue ? [{ name: 'OVERDUE' }, { name: 'DEADLINE' }] : [{ name: 'DEADLINE' }],
      });
    }
    for (const milestone of row.milestones) {
      if (!milestone.dueDate) continue;
      const overdue = open && !milestone.doneDate && milestone.dueDate < today;
      const name =
        (locale === 'vi' ? milestone.titleVi || milestone.titleEn : milestone.titleEn || milestone.titleVi) ??
        '';
      const summary = t('feeds.ics.milestone', { milestone: name, commitment });
      const done = milestone.doneDate
        ? [t('feeds.ics.milestoneDone', { date: formatDate(milestone.doneDate, locale) })]
        : [];
      calendar.createEvent({
        id: `milestone-${milestone.id}@${host}`,
        allDay: true,
        start: milestone.dueDate,
        stamp,
        summary: overdue ? t('feeds.ics.overdue', { summary }) : summary,
        description: [...done, ...context, url].join('\n'),
        url,
        categories: overdue ? [{ name: 'OVERDUE' }, { name: 'MILESTONE' }] : [{ name: 'MILESTONE' }],
      });
    }
  }
  // Every content line ends with CRLF, the last one too (RFC 5545 §3.1).
  return `${calendar.toString()}\r\n`;
}
