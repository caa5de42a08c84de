import 'server-only';
// The briefing as a PDF, generated on the server from the same data and words as the /report page
// (no browser): pdfkit lays out A4 pages with Noto Sans embedded (subset) so Vietnamese renders
// anywhere, and the charts are the same server SVGs rasterised to PNG. A row or a chart never
// splits across pages: each is measured first and moved to the next page when it does not fit.
// A snapshot's PDF carries no generation time, so it is the same bytes whenever it is made.
import fs from 'node:fs';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { STATUSES } from '../domain/status';
import { BRIEFING_CHANGES_SHOWN } from './limits';
import type { RenderedChart } from '../export/charts';
import { svgToPng } from '../export/svg-to-png';
import type { Locale } from '../i18n/config';
import { pickLocalized } from '../i18n/content';
import { formatDate, formatNumber } from '../i18n/format';
import { createTranslator } from '../i18n/messages';
import { briefingSentence, type Briefing } from '../queries/briefing';
import { DEADLINE_HORIZON_DAYS } from './summary-sentence';

const FONT_DIR = path.join(process.cwd(), 'node_modules', '@expo-google-fonts', 'noto-sans');
const REGULAR = path.join(FONT_DIR, '400Regular', 'NotoSans_400Regular.ttf');
const BOLD = path.join(FONT_DIR, '700Bold', 'NotoSans_700Bold.ttf');

export interface BriefingPdfInput {
  locale: Locale;
  title: string;
  scope: string;
  briefing: Briefing;
  methodologyVersion: number;
  /** Per agreement in scope: its name and its charts. */
  sections: { title: string; charts: RenderedChart[] }[];
}

const MARGIN = 50;

export async function renderBriefingPdf(input: BriefingPdfInput): Promise<Buffer> {
  const { locale, briefing } = input;
  const t = createTranslator(locale);
  const snapshot = briefing.point.kind === 'past' ? briefing.point.snapshot : null;
  // Fixed metadata for snapshots (byte-identical downloads); otherwise the time it was made.
  const created = snapshot ? new Date(`${snapshot.asOf}T00:00:00Z`) : new Date();
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    font: REGULAR,
    info: { Title: input.title, Creator: t('common.app.name'), CreationDate: created, ModDate: created },
  });
  doc.registerFont('regular', fs.readFileSync(REGULAR));
  doc.registerFont('bold', fs.readFileSync(BOLD));
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const width = doc.page.width - MARGIN * 2;
  const bottom = () => doc.page.height - MARGIN;
  /** Starts a new page unless `height` still fits on this one. */
  const keep = (height: number) => {
    if (doc.y + height > bottom()) doc.addPage();
  };
  const heading = (text: string, size = 14) => {
    doc.font('bold').fontSize(size);
    keep(doc.heightOfString(text, { width }) + 40);
    doc.moveDown(0.6).text(text, { width }).moveDown(0.3);
    doc.font('regular').fontSize(10);
  };
  const paragraph = (text: string, size = 10) => {
    doc.font('regular').fontSize(size);
    keep(doc.heightOfString(text, { width }));
    doc.text(text, { width });
  };
  const n = (value: number) => formatNumber(value, locale);

  // Title, scope and the point in time.
  doc.font('bold').fontSize(20).text(input.title, { width });
  doc.font('regular').fontSize(10).moveDown(0.3).text(input.scope, { width });
  const when = snapshot
    ? t('time.briefing.viewSnapshot', { name: snapshot.name, date: formatDate(snapshot.asOf, locale) })
    : t('time.briefing.viewDate', { date: formatDate(briefing.day, locale) });
  doc.text(when, { width });

  heading(t('time.briefing.summary'));
  paragraph(briefingSentence(briefing, locale), 12);

  // Key figures, each with its denominator.
  heading(t('export.report.headline'));
  const total = briefing.summary.total;
  const of = (count: number) => t('time.briefing.ofTotal', { count: n(count), total: n(total) });
  const figures: [string, string][] = [
    [t('export.report.total'), n(total)],
    ...STATUSES.map((status): [string, string] => [
      t(`common.status.${status}.label`),
      of(briefing.summary.counts[status]),
    ]),
    [t('time.briefing.contestedFigure'), of(briefing.contested)],
    [t('time.briefing.deadlinesFigure', { days: DEADLINE_HORIZON_DAYS }), of(briefing.deadlinesSoon)],
  ];
  for (const [label, value] of figures) paragraph(`${label}: ${value}`);

  // What changed since the chosen point.
  if (briefing.changes) {
    const changes = briefing.changes;
    heading(t('time.briefing.changesTitle', { date: formatDate(changes.from.asOf, locale) }));
    const moved = changes.rows.filter((row) => row.statusChanged || row.figuresChanged || row.newlyContested);
    if (moved.length === 0) paragraph(t('time.changes.none'));
    for (const row of moved.slice(0, BRIEFING_CHANGES_SHOWN)) {
      const name = pickLocalized({ en: row.titleEn, vi: row.titleVi }, locale).text || row.slug;
      const from = row.from ? t(`common.status.${row.from.status}.label`) : t('time.changes.new');
      const to = t(`common.status.${row.to.status}.label`);
      const flags = row.newlyContested ? ` (${t('time.changes.contestedFlag')})` : '';
      paragraph(`• ${name}: ${from} → ${to}${flags}`);
    }
    if (moved.length > BRIEFING_CHANGES_SHOWN) {
      paragraph(t('time.changes.moreRows', { count: moved.length - BRIEFING_CHANGES_SHOWN }));
    }
  }

  // One section per agreement, with its charts (whole, never split).
  for (const section of input.sections) {
    heading(t('time.briefing.agreementSection', { title: section.title }));
    for (const chart of section.charts) {
      const png = await svgToPng(chart.svg);
      // A PNG's IHDR chunk gives its size: width at byte 16, height at byte 20.
      const height = (png.readUInt32BE(20) / png.readUInt32BE(16)) * width;
      keep(height + 10);
      doc.image(png, MARGIN, doc.y, { width });
      doc.y += height + 10;
    }
  }

  // The commitments table: headline status, as of, assessor, evidence count; rows never split.
  heading(t('export.report.table'));
  if (briefing.totalRows > briefing.rows.length) {
    paragraph(t('export.report.truncated', { shown: briefing.rows.length, total: briefing.totalRows }));
  }
  const columns = [
    { label: t('export.columns.title'), width: width * 0.42 },
    { label: t('export.columns.status'), width: width * 0.16 },
    { label: t('time.briefing.tableAsOf'), width: width * 0.14 },
    { label: t('time.briefing.tableAssessor'), width: width * 0.18 },
    { label: t('time.briefing.tableEvidence'), width: width * 0.1 },
  ];
  const row = (cells: string[], font: 'regular' | 'bold') => {
    doc.font(font).fontSize(8.5);
    const height =
      Math.max(...cells.map((cell, i) => doc.heightOfString(cell, { width: columns[i]!.width - 4 }))) + 4;
    keep(height);
    const top = doc.y;
    let x = MARGIN;
    cells.forEach((cell, i) => {
      doc.text(cell, x, top, { width: columns[i]!.width - 4 });
      x += columns[i]!.width;
    });
    doc.x = MARGIN;
    doc.y = top + height;
    doc
      .moveTo(MARGIN, doc.y - 1)
      .lineTo(MARGIN + width, doc.y - 1)
      .lineWidth(0.3)
      .strokeColor('#bbbbbb')
      .stroke();
  };
  row(
    columns.map((column) => column.label),
    'bold',
  );
  for (const item of briefing.rows) {
    row(
      [
        pickLocalized({ en: item.titleEn, vi: item.titleVi }, locale).text || item.slug,
        t(`common.status.${item.status}.label`),
        item.headlineAssessedOn ? formatDate(item.headlineAssessedOn, locale) : '—',
        item.headlineAssessor ? t(`assessment.assessor.${item.headlineAssessor}`) : '—',
        n(item.evidenceCount),
      ],
      'regular',
    );
  }

  doc.moveDown();
  paragraph(t('time.briefing.methodology', { version: input.methodologyVersion }));

  // Page numbers, once every page exists.
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index += 1) {
    doc.switchToPage(index);
    doc
      .font('regular')
      .fontSize(8)
      .text(t('time.briefing.page', { page: index + 1 }), MARGIN, doc.page.height - 35, {
        width,
        align: 'right',
        lineBreak: false,
      });
  }
  doc.end();
  return done;
}
