import type { TimeParams } from '@/lib/time/as-of';
import type { ComponentProps, ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/config';
import type { Translate } from '@/lib/i18n/messages';
import { DeadlineTimelineCard } from './deadline-timeline-card';
import { PillarStatusCard } from './pillar-status-card';

type TimelineProps = ComponentProps<typeof DeadlineTimelineCard>;

/** Status by pillar beside the deadline timeline: the pair every dashboard scope shows. */
export function ScopeChartsGrid({
  locale,
  t,
  byPillar,
  deadlines,
  vague,
  menu,
  time = {},
  now = new Date(),
  pillarFooter,
  pillarDescription,
}: {
  pillarFooter?: ReactNode;
  pillarDescription?: string;
  locale: Locale;
  t: Translate;
  byPillar: ComponentProps<typeof PillarStatusCard>['rows'];
  deadlines: TimelineProps['rows'];
  vague: TimelineProps['vague'];
  menu: (chart: 'status-by-pillar' | 'deadlines') => ReactNode;
  /** A past view: the pillar links keep it, and its day is the timeline's "today". */
  time?: TimeParams;
  now?: Date;
}) {
  return (
    <div className="dash__grid">
      <PillarStatusCard
        locale={locale}
        t={t}
        rows={byPillar}
        title={t('export.charts.status-by-pillar')}
        description={pillarDescription ?? t('dashboard.overview.byPillarDescription')}
        actions={menu('status-by-pillar')}
        time={time}
        footer={pillarFooter}
      />
      <DeadlineTimelineCard
        locale={locale}
        t={t}
        rows={deadlines}
        vague={vague}
        now={now}
        actions={menu('deadlines')}
      />
    </div>
  );
}
