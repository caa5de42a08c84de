import type { ChartLegendItem } from '@/components/charts/chart-frame';
import type { StackedBarSeries } from '@/components/charts/stacked-bar-chart';
import { STATUS_COLORS, STATUSES, type Status } from '@/lib/domain/status';
import type { Translate } from '@/lib/i18n/messages';

// Black text has at least 4.5:1 contrast on every status colour except the darkest grey.
const TEXT_ON: Record<Status, string> = {
  NOT_STARTED: '#000',
  IN_PROGRESS: '#000',
  AT_RISK: '#000',
  STALLED: '#000',
  ACHIEVED: '#000',
  DISCONTINUED: '#fff',
};

export function statusSeries(t: Translate): StackedBarSeries[] {
  return STATUSES.map((status) => ({
    key: status,
    label: t(`common.status.${status}.label`),
    color: STATUS_COLORS[status],
    textColor: TEXT_ON[status],
  }));
}

export function statusLegend(t: Translate): ChartLegendItem[] {
  return STATUSES.map((status) => ({
    key: status,
    label: t(`common.status.${status}.label`),
    color: STATUS_COLORS[status],
  }));
}
