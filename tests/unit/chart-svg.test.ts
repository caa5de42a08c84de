import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { STATUSES, type Status } from '@/lib/domain/status';
import { renderProgressSvg, renderStatusBarsSvg, renderTimelineSvg } from '@/lib/export/chart-svg';
import { escapeXml, wrapText } from '@/lib/export/svg-kit';
import { svgToPng } from '@/lib/export/svg-to-png';

const labels = Object.fromEntries(STATUSES.map((status) => [status, status.toLowerCase()])) as Record<
  Status,
  string
>;
const counts = (partial: Partial<Record<Status, number>>) =>
  Object.fromEntries(STATUSES.map((status) => [status, partial[status] ?? 0])) as Record<Status, number>;

const frame = {
  title: 'Tình trạng các cam kết theo trụ cột <&>',
  filterLine: 'Bộ lọc: văn kiện "VN–UK" & tình trạng đang thực hiện',
  sourceLine: 'Nguồn: Theo dõi Cam kết — Tuyên bố chung về quan hệ Đối tác Chiến lược Toàn diện',
  stampLine: 'Số liệu tính đến 23/11/2026 09:00 UTC · phiên bản dữ liệu 42',
  lang: 'vi',
};

/** Text content of every <text> element, unescaped. */
function texts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) =>
    match[1]!
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&'),
  );
}

async function parsesAsSvg(svg: string) {
  // librsvg is a strict XML parser: malformed markup (an unescaped "&", say) throws here.
  return sharp(Buffer.from(svg)).metadata();
}

describe('chart SVG builders', () => {
  it('draws status bars with title, filters, source and as-of stamp as escaped text', async () => {
    const svg = renderStatusBarsSvg({
      frame,
      rows: [
        {
          label: 'Kinh tế, thương mại, đầu tư và tài chính',
          counts: counts({ IN_PROGRESS: 3, ACHIEVED: 2 }),
        },
        { label: 'Môi trường, năng lượng và chuyển đổi xanh', counts: counts({ AT_RISK: 1 }) },
      ],
      statusLabels: labels,
      emptyText: 'none',
    });
    const metadata = await parsesAsSvg(svg);
    expect(metadata.format).toBe('svg');
    expect(metadata.width).toBe(960);
    const all = texts(svg);
    expect(all).toContain(frame.title);
    expect(all).toContain(frame.filterLine);
    expect(all).toContain(frame.sourceLine);
    expect(all).toContain(frame.stampLine);
    expect(svg).toContain('&lt;&amp;&gt;');
    // One rectangle per non-zero count, in the status colours.
    expect(svg).toContain('fill="#56B4E9"');
    expect(svg).toContain('fill="#009E73"');
    expect(svg).toContain('fill="#E69F00"');
    expect(all).toContain('5'); // row total
  });

  it('says so when there is nothing to draw', () => {
    const svg = renderStatusBarsSvg({
      frame,
      rows: [],
      statusLabels: labels,
      emptyText: 'Không có cam kết nào.',
    });
    expect(texts(svg)).toContain('Không có cam kết nào.');
  });

  it('draws a deadline timeline with a today line and a “more” note', async () => {
    const svg = renderTimelineSvg({
      frame,
      items: [
        {
          label: 'Double trade',
          status: 'IN_PROGRESS',
          deadline: '2030-12-31',
          deadlineLabel: '31 Dec 2030',
        },
        { label: 'Overdue thing', status: 'AT_RISK', deadline: '2025-01-01', deadlineLabel: '01 Jan 2025' },
      ],
      today: '2026-11-23',
      todayLabel: 'Today',
      statusLabels: labels,
      emptyText: 'none',
      moreText: '… and 3 more',
    });
    await parsesAsSvg(svg);
    const all = texts(svg);
    expect(all).toEqual(expect.arrayContaining(['Double trade', 'Today', '2026', '2030', '… and 3 more']));
  });

  it('draws progress as a step line ending at the latest value', async () => {
    const svg = renderProgressSvg({
      frame,
      points: [
        { date: '2025-10-29T00:00:00Z', progress: 10, status: 'IN_PROGRESS' },
        { date: '2026-05-01T00:00:00Z', progress: 45, status: 'AT_RISK' },
      ],
      deadline: '2030-12-31',
      deadlineLabel: 'Deadline',
      today: '2026-11-23',
      todayLabel: 'Today',
      yLabel: 'Progress',
      statusLabels: labels,
      emptyText: 'none',
      formatTick: (iso) => iso.slice(0, 7),
    });
    await parsesAsSvg(svg);
    expect(texts(svg)).toEqual(expect.arrayContaining(['45%', '100%', 'Deadline', 'Today']));
    expect(svg).toMatch(/<path d="M[\d.]+ [\d.]+H[\d.]+ V[\d.]+H[\d.]+"/);
  });

  it('ends a capped bar chart with the line naming what was left out', async () => {
    const rows = [{ label: 'Giáo dục', counts: counts({ ACHIEVED: 1 }) }];
    const plain = renderStatusBarsSvg({ frame, rows, statusLabels: labels, emptyText: 'none' });
    const capped = renderStatusBarsSvg({
      frame,
      rows,
      statusLabels: labels,
      emptyText: 'none',
      moreText: '+ 80 trụ cột khác',
    });
    await parsesAsSvg(capped);
    expect(texts(plain)).not.toContain('+ 80 trụ cột khác');
    expect(texts(capped)).toContain('+ 80 trụ cột khác');
    // The picture grows to fit the line (it is the last one drawn above the frame's footer).
    expect((await parsesAsSvg(capped)).height!).toBeGreaterThan((await parsesAsSvg(plain)).height!);
  });

  it('renders PNG at twice the SVG size on a white background, with Vietnamese text drawn', async () => {
    const svg = renderStatusBarsSvg({
      frame,
      rows: [{ label: 'Giáo dục', counts: counts({ ACHIEVED: 1 }) }],
      statusLabels: labels,
      emptyText: 'none',
    });
    const svgMeta = await parsesAsSvg(svg);
    const png = await svgToPng(svg);
    const meta = await sharp(png).metadata();
    expect(meta.format).toBe('png');
    expect(meta.width).toBe(svgMeta.width! * 2);
    expect(meta.height).toBe(svgMeta.height! * 2);
    const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
    // Top-left pixel is white (background), and the title row has dark pixels (text was drawn).
    expect([...data.subarray(0, 3)]).toEqual([255, 255, 255]);
    let dark = 0;
    for (let y = 50; y < 90; y += 1) {
      for (let x = 56; x < 900; x += 1) {
        const offset = (y * info.width + x) * info.channels;
        if (data[offset]! < 100) dark += 1;
      }
    }
    expect(dark).toBeGreaterThan(500);
  });
});

describe('svg kit', () => {
  it('escapes XML and drops characters XML cannot carry', () => {
    expect(escapeXml(`a<b>&"c'\u0001`)).toBe('a&lt;b&gt;&amp;&quot;c&apos;');
  });

  it('wraps long labels into at most the given lines, ellipsising the rest', () => {
    const lines = wrapText(
      'Education, culture, sports, tourism, people-to-people exchanges, gender equality and other areas',
      200,
      13,
      2,
    );
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
  });
});
