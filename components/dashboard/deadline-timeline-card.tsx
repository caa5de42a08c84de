import { ChartFrame } from '@/components/charts/chart-frame';
import { Timeline, type TimelineGroup } from '@/components/charts/timeline';
import { fallbackNote } from '@/components/i18n/localized-text';
import { StatusBadge } from '@/components/ui/status-badge';
import type { Status } from '@/lib/domain/status';
import type { Locale } from '@/lib/i18n/config';
import { pickLocalized } from '@/lib/i18n/content';
import { formatDate } from '@/lib/i18n/format';
import type { Translate } from '@/lib/i18n/messages';

export interface DeadlineRow {
  slug: string;
  titleEn: string | null;
  titleVi: string | null;
  status: Status;
  deadline: Date | null;
  deadlineTextEn?: string | null;
  deadlineTextVi?: string | null;
}

/** Upcoming and overdue deadlines grouped by year; overdue ones first and emphasised. */
export function DeadlineTimelineCard({
  locale,
  t,
  rows,
  vague = [],
  now,
  headingLevel = 2,
  id = 'deadlines',
  actions,
}: {
  locale: Locale;
  t: Translate;
  rows: DeadlineRow[];
  /** Open commitments with only the source's vague wording of a deadline, listed last. */
  vague?: DeadlineRow[];
  now: Date;
  headingLevel?: 2 | 3;
  id?: string;
  /** Rendered in the chart header (the download menu). */
  actions?: React.ReactNode;
}) {
  const overdueLabel = t('dashboard.pace.state.OVERDUE');
  const groups = new Map<string, TimelineGroup>();
  for (const row of rows) {
    if (!row.deadline) continue;
    const overdue = row.deadline < now;
    const key = overdue ? 'overdue' : String(row.deadline.getUTCFullYear());
    const group = groups.get(key) ?? { key, label: overdue ? overdueLabel : key, items: [] };
    const title = pickLocalized({ en: row.titleEn, vi: row.titleVi }, locale);
    group.items.push({
      key: row.slug,
      label: title.text,
      lang: title.fallback ? title.lang : undefined,
      note: fallbackNote(title, t),
      href: `/${locale}/commitments/${row.slug}`,
      dateLabel: formatDate(row.deadline, locale),
      emphasis: overdue,
      marker: <StatusBadge status={row.status} label={t(`common.status.${row.status}.label`)} />,
    });
    groups.set(key, group);
  }
  if (vague.length > 0) {
    groups.set('vague', {
      key: 'vague',
      label: t('dashboard.overview.vagueDeadlines'),
      items: vague.map((row) => {
        const title = pickLocalized({ en: row.titleEn, vi: row.titleVi }, locale);
        const wording = pickLocalized({ en: row.deadlineTextEn, vi: row.deadlineTextVi }, locale);
        return {
          key: row.slug,
          label: title.text,
          lang: title.fallback ? title.lang : undefined,
          note: fallbackNote(title, t),
          href: `/${locale}/commitments/${row.slug}`,
          dateLabel: `“${wording.text}”`,
          marker: <StatusBadge status={row.status} label={t(`common.status.${row.status}.label`)} />,
        };
      }),
    });
  }
  // The same title as the exported image (lib/export/charts.ts).
  const title = t('export.charts.deadlines');
  return (
    <ChartFrame
      id={id}
      title={title}
      headingLevel={headingLevel}
      description={t('dashboard.overview.deadlinesDescription')}
      actions={actions}
      tableToggleLabel={t('dashboard.chart.showTable')}
    >
      {groups.size === 0 ? (
        <p className="muted">{t('dashboard.overview.noDeadlines')}</p>
      ) : (
        <Timeline groups={[...groups.values()]} headingLevel={headingLevel === 2 ? 3 : 4} />
      )}
    </ChartFrame>
  );
}
