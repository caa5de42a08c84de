import { LocalizedText } from '@/components/i18n/localized-text';
import type { Locale } from '@/lib/i18n/config';
import { pickLocalized } from '@/lib/i18n/content';
import { formatDate } from '@/lib/i18n/format';
import type { Translate } from '@/lib/i18n/messages';

export interface MilestoneItem {
  id: number;
  titleEn: string | null;
  titleVi: string | null;
  dueDate: Date | null;
  doneDate: Date | null;
}

/** A commitment's milestones in order, each with its due date and whether (and when) it was done. */
export function MilestoneList({
  locale,
  t,
  milestones,
}: {
  locale: Locale;
  t: Translate;
  milestones: MilestoneItem[];
}) {
  return (
    <ol className="milestones">
      {milestones.map((milestone) => (
        <li
          key={milestone.id}
          className={milestone.doneDate ? 'milestones__item milestones__item--done' : 'milestones__item'}
        >
          <span className="milestones__mark" aria-hidden="true">
            {milestone.doneDate ? '✓' : '○'}
          </span>
          <LocalizedText
            value={pickLocalized({ en: milestone.titleEn, vi: milestone.titleVi }, locale)}
            t={t}
          />
          <span className="muted">
            {' · '}
            {milestone.dueDate
              ? t('dashboard.commitment.milestoneDue', { date: formatDate(milestone.dueDate, locale) })
              : t('dashboard.commitment.milestoneNoDate')}
            {' · '}
            {milestone.doneDate
              ? t('dashboard.commitment.milestoneDone', { date: formatDate(milestone.doneDate, locale) })
              : t('dashboard.commitment.milestoneOpen')}
          </span>
        </li>
      ))}
    </ol>
  );
}
