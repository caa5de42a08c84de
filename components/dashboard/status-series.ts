import type { ChartLegendItem } from '@/components/charts/chart-frame';
import type { StackedBarSeries } from '@/components/charts/stacked-bar-chart';
import { STATUS_TEXT_COLORS } from '@/lib/domain/chart-colors';
import { STATUS_COLORS, STATUSES } from '@/lib/domain/status';
import type { Translate } from '@/lib/i18n/messages';

export function statusSeries(t: Translate): StackedBarSeries[] {
  return STATUSES.map((status) => ({
    key: status,
    label: t(`common.status.${status}.label`),
    color: STATUS_COLORS[status],
    textColor: STATUS_TEXT_COLORS[status],
  }));
}

export function statusLegend(t: Translate): ChartLegendItem[] {
  return STATUSES.map((status) => ({
    key: status,
    label: t(`common.status.${status}.label`),
    color: STATUS_COLORS[status],
  }));
}
