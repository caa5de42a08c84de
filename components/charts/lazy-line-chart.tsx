'use client';

// Loads recharts only when a line chart is actually on screen: a page that renders none (e.g. a
// commitment with no progress figures) ships only this small wrapper.
import dynamic from 'next/dynamic';
import type { ComponentProps } from 'react';
import type { LineChart as LineChartType } from './line-chart';

const LineChart = dynamic(() => import('./line-chart').then((module) => module.LineChart), {
  ssr: false,
  loading: () => <div className="line-chart line-chart--loading" style={{ height: 260 }} />,
});

export function LazyLineChart(props: ComponentProps<typeof LineChartType>) {
  return <LineChart {...props} />;
}
