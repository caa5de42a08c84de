// Small helpers for hand-written SVG: XML escaping, rough text measurement (for wrapping labels
// without a layout engine) and the frame every exported chart carries: title, filter line,
// source and as-of stamp, so a figure pasted into a report can be traced and reproduced.

/** Same family as the screen (globals.css); Noto Sans is bundled for the PNG renderer. */
export const FONT_FAMILY = "'Noto Sans', 'DejaVu Sans', Arial, sans-serif";
export const INK = '#1a1d21';
export const MUTED = '#5b6470';
export const LINE = '#d9dde3';
export const CHART_WIDTH = 960;
export const PAD = 28;

export function escapeXml(value: string): string {
  return (
    value
      // Characters XML 1.0 forbids even when escaped.
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

/** Approximate advance width in px: good enough to wrap and ellipsise labels. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let units = 0;
  for (const char of text.normalize('NFC')) {
    if (/[il.,:;'!|\u2019]/.test(char)) units += 0.3;
    else if (/[fjrt()[\]\-\s]/.test(char)) units += 0.38;
    else if (/[mwMW—]/.test(char)) units += 0.88;
    else if (/[A-ZĐ0-9]/.test(char)) units += 0.66;
    else units += 0.56;
  }
  // A 6 % margin: wide glyphs with diacritics run slightly longer than the estimate.
  return units * fontSize * (bold ? 1.06 : 1) * 1.06;
}

/** Cuts text to fit maxWidth, ending with an ellipsis when cut. */
export function ellipsize(text: string, maxWidth: number, fontSize: number, bold = false): string {
  if (textWidth(text, fontSize, bold) <= maxWidth) return text;
  const chars = [...text];
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (textWidth(`${chars.slice(0, mid).join('').trimEnd()}…`, fontSize, bold) <= maxWidth) low = mid;
    else high = mid - 1;
  }
  return `${chars.slice(0, low).join('').trimEnd()}…`;
}

/** Word-wraps into at most maxLines lines; the last line is ellipsised if text remains. */
export function wrapText(
  text: string,
  maxWidth: number,
  fontSize: number,
  maxLines: number,
  bold = false,
): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  let index = 0;
  for (; index < words.length; index += 1) {
    const word = words[index]!;
    const candidate = current ? `${current} ${word}` : word;
    if (textWidth(candidate, fontSize, bold) <= maxWidth || !current) {
      current = candidate;
      continue;
    }
    lines.push(current);
    current = word;
    if (lines.length === maxLines - 1) break;
  }
  if (lines.length === maxLines - 1 && index < words.length) {
    const rest = [current, ...words.slice(index + 1)].join(' ');
    lines.push(ellipsize(rest, maxWidth, fontSize, bold));
  } else if (current) {
    lines.push(lines.length < maxLines ? current : ellipsize(current, maxWidth, fontSize, bold));
  }
  return lines.map((line) => ellipsize(line, maxWidth, fontSize, bold));
}

export interface TextOptions {
  size?: number;
  weight?: 400 | 600 | 700;
  fill?: string;
  anchor?: 'start' | 'middle' | 'end';
  baseline?: 'auto' | 'middle' | 'hanging';
}

export function svgText(x: number, y: number, text: string, options: TextOptions = {}): string {
  const { size = 13, weight = 400, fill = INK, anchor = 'start', baseline = 'auto' } = options;
  const attributes = [
    `x="${round(x)}"`,
    `y="${round(y)}"`,
    `font-size="${size}"`,
    weight !== 400 ? `font-weight="${weight}"` : '',
    `fill="${fill}"`,
    anchor !== 'start' ? `text-anchor="${anchor}"` : '',
    baseline !== 'auto' ? `dominant-baseline="${baseline}"` : '',
  ].filter(Boolean);
  return `<text ${attributes.join(' ')}>${escapeXml(text)}</text>`;
}

export function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** The texts every exported chart carries. */
export interface ChartFrame {
  title: string;
  /** "Filters: …" or "All commitments". */
  filterLine: string;
  /** "Source: Commitment Tracker — <agreements>". */
  sourceLine: string;
  /** "As of <time> · data v<n>". */
  stampLine: string;
  /** BCP 47 language of the texts (xml:lang). */
  lang: string;
}

export const HEADER_HEIGHT = 92;
export const FOOTER_HEIGHT = 78;

/** Wraps chart body markup (drawn from y = HEADER_HEIGHT) in the titled, sourced frame. */
export function framedSvg(frame: ChartFrame, bodyHeight: number, body: string): string {
  const height = Math.ceil(HEADER_HEIGHT + bodyHeight + FOOTER_HEIGHT);
  const innerWidth = CHART_WIDTH - PAD * 2;
  const titleLine = ellipsize(frame.title, innerWidth, 20, true);
  const footerTop = height - FOOTER_HEIGHT + 24;
  const sourceLines = wrapText(frame.sourceLine, innerWidth, 12, 2);
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CHART_WIDTH}" height="${height}" viewBox="0 0 ${CHART_WIDTH} ${height}" role="img" aria-labelledby="chart-title" xml:lang="${escapeXml(frame.lang)}" font-family="${escapeXml(FONT_FAMILY)}">`,
    `<title id="chart-title">${escapeXml(frame.title)}</title>`,
    `<desc>${escapeXml([frame.filterLine, frame.sourceLine, frame.stampLine].join('. '))}</desc>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    svgText(PAD, 40, titleLine, { size: 20, weight: 700 }),
    svgText(PAD, 66, ellipsize(frame.filterLine, innerWidth, 13), { size: 13, fill: MUTED }),
    `<g class="chart-body">${body}</g>`,
    `<line x1="${PAD}" x2="${CHART_WIDTH - PAD}" y1="${footerTop - 16}" y2="${footerTop - 16}" stroke="${LINE}"/>`,
    ...sourceLines.map((line, index) =>
      svgText(PAD, footerTop + index * 17, line, { size: 12, fill: MUTED }),
    ),
    svgText(PAD, footerTop + sourceLines.length * 17, ellipsize(frame.stampLine, innerWidth, 12), {
      size: 12,
      fill: MUTED,
    }),
    `</svg>`,
  ].join('\n');
}

/** Round tick values (0, 5, 10 …) covering 0..max. */
export function niceTicks(max: number, target = 5): number[] {
  if (max <= 0) return [0, 1];
  const rough = max / target;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= rough) ?? rough;
  const ticks: number[] = [];
  for (let value = 0; value <= max + step / 2 && ticks.length < 50; value += step) ticks.push(value);
  if (ticks[ticks.length - 1]! < max) ticks.push(ticks[ticks.length - 1]! + step);
  return ticks;
}
