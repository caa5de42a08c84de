// Server-side chart pictures (recharts 3 cannot render on the server): stacked status bars, a
// deadline timeline and a progress step line, in the screen's status colours and font, each in
// the frame that carries title, filters, source and as-of stamp. Pure: data in, SVG text out.
import { PROGRESS_LINE_COLOR, STATUS_TEXT_COLORS } from '../domain/chart-colors';
import { STATUS_COLORS, STATUSES, type Status } from '../domain/status';
import {
  CHART_WIDTH,
  ellipsize,
  escapeXml,
  framedSvg,
  HEADER_HEIGHT,
  INK,
  LINE,
  MUTED,
  niceTicks,
  PAD,
  round,
  svgText,
  textWidth,
  wrapText,
  type ChartFrame,
} from './svg-kit';

/** Text drawn on a status colour: the same as on screen. */
const ON_STATUS = STATUS_TEXT_COLORS;

export type StatusCounts = Record<Status, number>;
export type StatusLabels = Record<Status, string>;

function legend(
  y: number,
  statuses: readonly Status[],
  labels: StatusLabels,
): { markup: string; height: number } {
  const parts: string[] = [];
  let x = PAD;
  let row = 0;
  for (const status of statuses) {
    const width = 14 + 6 + textWidth(labels[status], 12) + 18;
    if (x + width > CHART_WIDTH - PAD && x > PAD) {
      x = PAD;
      row += 1;
    }
    const top = y + row * 20;
    parts.push(
      `<rect x="${round(x)}" y="${top}" width="14" height="14" rx="3" fill="${STATUS_COLORS[status]}"/>`,
      svgText(x + 20, top + 11.5, labels[status], { size: 12 }),
    );
    x += width;
  }
  return { markup: `<g class="legend">${parts.join('')}</g>`, height: (row + 1) * 20 };
}

/** The legend of the statuses that occur among the items, in status order. */
function legendOfPresent(items: readonly { status: Status }[], labels: StatusLabels) {
  const present = STATUSES.filter((status) => items.some((item) => item.status === status));
  return legend(HEADER_HEIGHT, present, labels);
}

/** A chart with nothing to draw: its frame around one centred message. */
function emptyChartSvg(frame: ChartFrame, message: string): string {
  const body = svgText(CHART_WIDTH / 2, HEADER_HEIGHT + 40, message, {
    size: 14,
    fill: MUTED,
    anchor: 'middle',
  });
  return framedSvg(frame, 80, body);
}

// ── Stacked horizontal bars (status by pillar / by agreement) ─────────────────────────────────

export interface StatusBarsInput {
  frame: ChartFrame;
  rows: { label: string; counts: StatusCounts }[];
  statusLabels: StatusLabels;
  emptyText: string;
  /** A last line when rows were left out of the picture, e.g. "+ 80 more pillars". */
  moreText?: string;
}

export function renderStatusBarsSvg({
  frame,
  rows,
  statusLabels,
  emptyText,
  moreText,
}: StatusBarsInput): string {
  if (rows.length === 0) return emptyChartSvg(frame, emptyText);
  const labelWidth = 290;
  const barLeft = PAD + labelWidth + 14;
  const barRight = CHART_WIDTH - PAD - 40;
  const rowHeight = 44;
  const barHeight = 24;
  const { markup: legendMarkup, height: legendHeight } = legend(HEADER_HEIGHT, STATUSES, statusLabels);
  const top = HEADER_HEIGHT + legendHeight + 16;
  const totals = rows.map((row) => STATUSES.reduce((sum, status) => sum + row.counts[status], 0));
  const ticks = niceTicks(Math.max(...totals, 1));
  const max = ticks[ticks.length - 1]!;
  const scale = (value: number) => ((barRight - barLeft) * value) / max;
  const plotHeight = rows.length * rowHeight;
  const parts: string[] = [legendMarkup];

  for (const tick of ticks) {
    const x = barLeft + scale(tick);
    parts.push(
      `<line x1="${round(x)}" x2="${round(x)}" y1="${top - 4}" y2="${top + plotHeight}" stroke="${LINE}"/>`,
      svgText(x, top + plotHeight + 16, String(tick), { size: 11, fill: MUTED, anchor: 'middle' }),
    );
  }
  rows.forEach((row, index) => {
    const y = top + index * rowHeight;
    const lines = wrapText(row.label, labelWidth, 13, 2);
    const firstBaseline = y + rowHeight / 2 + 4.5 - ((lines.length - 1) * 16) / 2;
    lines.forEach((line, lineIndex) => {
      parts.push(
        svgText(PAD + labelWidth, firstBaseline + lineIndex * 16, line, { size: 13, anchor: 'end' }),
      );
    });
    let x = barLeft;
    const barTop = y + (rowHeight - barHeight) / 2;
    for (const status of STATUSES) {
      const count = row.counts[status];
      if (count <= 0) continue;
      const width = scale(count);
      parts.push(
        `<rect x="${round(x)}" y="${round(barTop)}" width="${round(width)}" height="${barHeight}" fill="${STATUS_COLORS[status]}"><title>${escapeXml(`${statusLabels[status]}: ${count}`)}</title></rect>`,
      );
      if (width >= textWidth(String(count), 12) + 6) {
        parts.push(
          svgText(x + width / 2, barTop + barHeight / 2 + 4.5, String(count), {
            size: 12,
            weight: 700,
            fill: ON_STATUS[status],
            anchor: 'middle',
          }),
        );
      }
      x += width;
    }
    parts.push(
      svgText(x + 6, barTop + barHeight / 2 + 4.5, String(totals[index]), { size: 12, fill: MUTED }),
    );
  });
  if (moreText) {
    parts.push(svgText(PAD, top + plotHeight + 38, moreText, { size: 13, fill: MUTED }));
  }
  const bodyHeight = legendHeight + 16 + plotHeight + 26 + (moreText ? 22 : 0);
  return framedSvg(frame, bodyHeight, parts.join('\n'));
}

// ── Deadline timeline ──────────────────────────────────────────────────────────────────────────

export interface TimelineInput {
  frame: ChartFrame;
  items: { label: string; status: Status; deadline: string; deadlineLabel: string }[];
  /** ISO date of "today" (the as-of date, so the picture is reproducible). */
  today: string;
  todayLabel: string;
  statusLabels: StatusLabels;
  emptyText: string;
  /** Shown under the rows when items were cut, e.g. "… and 12 more". */
  moreText?: string;
}

const DAY = 86_400_000;
const toTime = (iso: string) => Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);

export function renderTimelineSvg(input: TimelineInput): string {
  const { frame, items, statusLabels } = input;
  if (items.length === 0) return emptyChartSvg(frame, input.emptyText);
  const { markup: legendMarkup, height: legendHeight } = legendOfPresent(items, statusLabels);
  const labelWidth = 330;
  const left = PAD + labelWidth + 14;
  const right = CHART_WIDTH - PAD - 90;
  const top = HEADER_HEIGHT + legendHeight + 34;
  const rowHeight = 24;
  const today = toTime(input.today);
  const times = items.map((item) => toTime(item.deadline));
  const startYear = new Date(Math.min(today, ...times)).getUTCFullYear();
  const endYear = new Date(Math.max(today, ...times)).getUTCFullYear() + 1;
  const start = Date.UTC(startYear, 0, 1);
  const end = Date.UTC(endYear, 0, 1);
  const x = (time: number) => left + ((right - left) * (time - start)) / Math.max(end - start, DAY);
  const plotHeight = items.length * rowHeight;
  const parts: string[] = [legendMarkup];

  items.forEach((_item, index) => {
    if (index % 2 === 1) return;
    parts.push(
      `<rect x="${PAD}" y="${round(top + index * rowHeight)}" width="${CHART_WIDTH - PAD * 2}" height="${rowHeight}" fill="#f5f6f8"/>`,
    );
  });
  const yearStep = Math.max(1, Math.ceil((endYear - startYear) / 10));
  for (let year = startYear; year <= endYear; year += yearStep) {
    const tickX = x(Date.UTC(year, 0, 1));
    parts.push(
      `<line x1="${round(tickX)}" x2="${round(tickX)}" y1="${top - 8}" y2="${top + plotHeight}" stroke="${LINE}"/>`,
      svgText(tickX, top - 14, String(year), { size: 11, fill: MUTED, anchor: 'middle' }),
    );
  }
  const todayX = x(today);
  parts.push(
    `<line x1="${round(todayX)}" x2="${round(todayX)}" y1="${top - 8}" y2="${top + plotHeight}" stroke="${INK}" stroke-dasharray="4 3"/>`,
    svgText(todayX + 4, top + plotHeight + 16, input.todayLabel, { size: 11, weight: 700 }),
  );
  items.forEach((item, index) => {
    const y = top + index * rowHeight + rowHeight / 2;
    parts.push(
      svgText(PAD + labelWidth, y + 4.5, ellipsize(item.label, labelWidth, 12), { size: 12, anchor: 'end' }),
    );
    const dotX = x(toTime(item.deadline));
    parts.push(
      `<line x1="${round(Math.min(todayX, dotX))}" x2="${round(Math.max(todayX, dotX))}" y1="${round(y)}" y2="${round(y)}" stroke="${STATUS_COLORS[item.status]}" stroke-width="2" stroke-opacity="0.6"/>`,
      `<circle cx="${round(dotX)}" cy="${round(y)}" r="6" fill="${STATUS_COLORS[item.status]}" stroke="${INK}" stroke-width="0.75"><title>${escapeXml(`${item.label} — ${statusLabels[item.status]}, ${item.deadlineLabel}`)}</title></circle>`,
      svgText(dotX + 10, y + 4, item.deadlineLabel, { size: 11, fill: MUTED }),
    );
  });
  let bodyHeight = legendHeight + 34 + plotHeight + 24;
  if (input.moreText) {
    parts.push(svgText(PAD, top + plotHeight + 34, input.moreText, { size: 12, fill: MUTED }));
    bodyHeight += 20;
  }
  return framedSvg(frame, bodyHeight, parts.join('\n'));
}

// ── Progress over time ─────────────────────────────────────────────────────────────────────────

export interface ProgressInput {
  frame: ChartFrame;
  /** Oldest first. */
  points: { date: string; progress: number; status: Status }[];
  deadline?: string;
  deadlineLabel: string;
  today: string;
  todayLabel: string;
  yLabel: string;
  statusLabels: StatusLabels;
  emptyText: string;
  /** Formats an ISO date for the axis (locale-aware). */
  formatTick: (iso: string) => string;
}

export function renderProgressSvg(input: ProgressInput): string {
  const { frame, points, statusLabels } = input;
  if (points.length === 0) return emptyChartSvg(frame, input.emptyText);
  const { markup: legendMarkup, height: legendHeight } = legendOfPresent(points, statusLabels);
  const left = PAD + 56;
  const right = CHART_WIDTH - PAD - 20;
  const top = HEADER_HEIGHT + legendHeight + 20;
  const plotHeight = 300;
  const bottom = top + plotHeight;
  const today = toTime(input.today);
  const times = points.map((point) => toTime(point.date));
  const deadline = input.deadline ? toTime(input.deadline) : undefined;
  const rawStart = Math.min(...times);
  const rawEnd = Math.max(today, ...times, deadline ?? 0);
  const span = Math.max(rawEnd - rawStart, 30 * DAY);
  const start = rawStart - span * 0.03;
  const end = rawEnd + span * 0.03;
  const x = (time: number) => left + ((right - left) * (time - start)) / (end - start);
  const y = (value: number) => bottom - (plotHeight * Math.max(0, Math.min(100, value))) / 100;
  const parts: string[] = [legendMarkup];

  for (const value of [0, 25, 50, 75, 100]) {
    parts.push(
      `<line x1="${left}" x2="${right}" y1="${round(y(value))}" y2="${round(y(value))}" stroke="${LINE}"/>`,
      svgText(left - 8, y(value) + 4, `${value}%`, { size: 11, fill: MUTED, anchor: 'end' }),
    );
  }
  parts.push(
    `<text x="${PAD}" y="${round(top + plotHeight / 2)}" font-size="12" fill="${MUTED}" text-anchor="middle" transform="rotate(-90 ${PAD + 4} ${round(top + plotHeight / 2)})">${escapeXml(input.yLabel)}</text>`,
  );
  // About six date ticks, evenly spaced.
  for (let index = 0; index <= 5; index += 1) {
    const time = start + ((end - start) * index) / 5;
    const iso = new Date(time).toISOString().slice(0, 10);
    parts.push(
      `<line x1="${round(x(time))}" x2="${round(x(time))}" y1="${bottom}" y2="${bottom + 5}" stroke="${MUTED}"/>`,
      svgText(x(time), bottom + 20, input.formatTick(iso), { size: 11, fill: MUTED, anchor: 'middle' }),
    );
  }
  const marker = (time: number, label: string, dash: string) => {
    parts.push(
      `<line x1="${round(x(time))}" x2="${round(x(time))}" y1="${top}" y2="${bottom}" stroke="${INK}" stroke-dasharray="${dash}"/>`,
      svgText(x(time) - 4, top + 12, label, { size: 11, weight: 700, anchor: 'end' }),
    );
  };
  marker(today, input.todayLabel, '4 3');
  if (deadline !== undefined) marker(deadline, input.deadlineLabel, '1 3');

  // Step line: progress holds until the next update, then up to today.
  let path = '';
  points.forEach((point, index) => {
    const px = x(toTime(point.date));
    const py = y(point.progress);
    path += index === 0 ? `M${round(px)} ${round(py)}` : `H${round(px)} V${round(py)}`;
  });
  path += `H${round(x(Math.max(today, ...times)))}`;
  parts.push(`<path d="${path}" fill="none" stroke="${PROGRESS_LINE_COLOR}" stroke-width="3"/>`);
  for (const point of points) {
    const px = x(toTime(point.date));
    const py = y(point.progress);
    parts.push(
      `<circle cx="${round(px)}" cy="${round(py)}" r="6" fill="${STATUS_COLORS[point.status]}" stroke="${INK}" stroke-width="1"><title>${escapeXml(`${statusLabels[point.status]}: ${point.progress}%`)}</title></circle>`,
    );
  }
  const last = points[points.length - 1]!;
  parts.push(
    svgText(x(toTime(last.date)) + 10, y(last.progress) - 10, `${last.progress}%`, { size: 13, weight: 700 }),
  );
  return framedSvg(frame, legendHeight + 20 + plotHeight + 36, parts.join('\n'));
}
