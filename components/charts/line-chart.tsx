'use client';

// A single-series line chart (recharts). Only pages that render it load recharts' JavaScript.
import {
  CartesianGrid,
  Line,
  LineChart as RechartsLineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

export interface LinePoint {
  label: string;
  value: number;
}

export function LineChart({
  data,
  color,
  seriesLabel,
  ariaLabel,
  yDomain = [0, 100],
  unit = '',
  height = 260,
}: {
  data: LinePoint[];
  color: string;
  seriesLabel: string;
  ariaLabel: string;
  yDomain?: [number, number];
  unit?: string;
  height?: number;
}) {
  return (
    <div className="line-chart" role="img" aria-label={ariaLabel} style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        <RechartsLineChart data={data} margin={{ top: 12, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid stroke="#d9dde3" strokeDasharray="3 3" />
          <XAxis dataKey="label" tick={{ fill: '#3d4450', fontSize: 12 }} />
          <YAxis domain={yDomain} unit={unit} tick={{ fill: '#3d4450', fontSize: 12 }} width={48} />
          <Tooltip formatter={(value) => [`${value}${unit}`, seriesLabel]} />
          <Line
            type="stepAfter"
            dataKey="value"
            name={seriesLabel}
            stroke={color}
            strokeWidth={3}
            dot={{ r: 4, strokeWidth: 2, fill: '#fff' }}
            isAnimationActive={false}
          />
        </RechartsLineChart>
      </ResponsiveContainer>
    </div>
  );
}
