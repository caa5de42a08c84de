import 'server-only';
// The commitments export (CSV and JSON): one row per commitment matching the page's filters, in
// the columns a spreadsheet user expects, labelled in the reader's language. Files are streamed:
// the ids in file order are read once (≤ 10,000 numbers), then the rows in batches of 500 as the
// client takes them, so a 10,000-row file needs the memory of one batch. (Batches are separate
// reads: an edit landing mid-file may show in later rows; the ids and the first batch are cached per
// data version.)
import { currentDataVersion } from '../cache/public-cache';
import type { Locale } from '../i18n/config';
import { createTranslator } from '../i18n/messages';
import {
  countCommitmentsForExport,
  EXPORT_BATCH_SIZE,
  getDataStamp,
  listAgreementsForExport,
  listCommitmentsForExportBatch,
  listExportIds,
  type ExportCommitmentRow,
} from '../queries/exports';
import {
  commitmentFiltersToSearchParams,
  hasActiveFilters,
  type CommitmentFilters,
  type FilterError,
} from '../validation/commitment-filters';
import { filterCacheKey } from '../queries/commitment-where';
import { exportFileSchema, exportRowSchema, toExportRow, type ExportRow } from '../api/shapes';
import { fileNamePart, parseExportParams } from './request';
import { csvHead, csvLines, toCsv, type CsvColumn } from './to-csv';

/** Everything about an export file except its rows, which are read batch by batch. */
export interface PreparedExport {
  ok: true;
  locale: Locale;
  filters: CommitmentFilters;
  total: number;
  dataVersion: number;
  asOf: Date;
  filterRecord: Record<string, string | string[]>;
  fileBase: string;
  title: string;
  toRow: (row: ExportCommitmentRow) => ExportRow;
}

export type PreparedExportResult = PreparedExport | { ok: false; error: string; details: FilterError[] };

export async function prepareCommitmentsExport(
  params: URLSearchParams,
  origin: string,
): Promise<PreparedExportResult> {
  const parsed = parseExportParams(params, await listAgreementsForExport());
  if (!parsed.ok) {
    const t = createTranslator(params.get('lang') === 'vi' ? 'vi' : 'en');
    const [first] = parsed.errors;
    return {
      ok: false,
      error: t('export.api.badParameter', { param: first!.param, message: first!.message }),
      details: parsed.errors,
    };
  }
  const { filters, locale } = parsed;
  const t = createTranslator(locale);
  const [total, stamp, dataVersion] = await Promise.all([
    countCommitmentsForExport(filters),
    getDataStamp(),
    currentDataVersion(),
  ]);
  const labels = {
    locale,
    origin,
    status: (status: ExportRow['statusCode']) => t(`common.status.${status}.label`),
    party: (party: Parameters<typeof toExportRow>[0]['responsibleParty']) => t(`export.parties.${party}`),
  };
  const query = commitmentFiltersToSearchParams({ ...filters, page: 1 });
  const filterRecord: Record<string, string | string[]> = {};
  for (const key of new Set(query.keys())) {
    const values = query.getAll(key);
    filterRecord[key] = values.length > 1 ? values : values[0]!;
  }
  const scope = [filters.agreement, filters.pillar].filter(Boolean).join('-') || 'all';
  // Narrowed within its scope (the scope is already in the name).
  const narrowed = hasActiveFilters({ ...filters, agreement: undefined, pillar: undefined });
  return {
    ok: true,
    locale,
    filters,
    total,
    dataVersion,
    asOf: stamp.asOf,
    filterRecord,
    fileBase: `commitments_${fileNamePart(scope)}${narrowed ? '-filtered' : ''}_${new Date().toISOString().slice(0, 10)}`,
    title: t('export.report.title'),
    toRow: (row) => toExportRow(row, labels),
  };
}

/** The export's rows in file order, a batch at a time (primary-key reads), at most EXPORT_ROW_LIMIT. */
export async function* exportRowBatches(prepared: PreparedExport): AsyncGenerator<ExportRow[]> {
  const ids = await listExportIds(prepared.filters);
  const key = `${prepared.filters.sort}:${filterCacheKey(prepared.filters)}`;
  for (let start = 0; start < ids.length; start += EXPORT_BATCH_SIZE) {
    const batch = ids.slice(start, start + EXPORT_BATCH_SIZE);
    const rows = await listCommitmentsForExportBatch(batch, start === 0 ? key : undefined);
    yield rows.map(prepared.toRow);
  }
}

function commitmentsCsvColumns(locale: Locale): CsvColumn<ExportRow>[] {
  const t = createTranslator(locale);
  return [
    { header: t('export.columns.agreement'), value: (row) => row.agreement },
    { header: t('export.columns.pillar'), value: (row) => row.pillar },
    { header: t('export.columns.title'), value: (row) => row.title },
    { header: t('export.columns.party'), value: (row) => row.responsibleParty },
    { header: t('export.columns.status'), value: (row) => row.status },
    { header: t('export.columns.progress'), value: (row) => row.progress },
    { header: t('export.columns.baseline'), value: (row) => row.baseline },
    { header: t('export.columns.target'), value: (row) => row.target },
    { header: t('export.columns.unit'), value: (row) => row.unit },
    { header: t('export.columns.deadline'), value: (row) => row.deadline },
    { header: t('export.columns.deadlineText'), value: (row) => row.deadlineText },
    { header: t('export.columns.lastUpdate'), value: (row) => row.lastUpdate?.slice(0, 10) },
    { header: t('export.columns.reason'), value: (row) => row.reason },
    { header: t('export.columns.sourceQuote'), value: (row) => row.sourceQuote },
    { header: t('export.columns.source'), value: (row) => row.source },
    { header: t('export.columns.slug'), value: (row) => row.slug },
    { header: t('export.columns.url'), value: (row) => row.url },
    // Appended, so spreadsheets reading the columns above by position keep working.
    { header: t('export.columns.contested'), value: (row) => String(row.contested) },
    { header: t('export.columns.headlineAssessor'), value: (row) => row.headlineAssessor },
    { header: t('export.columns.headlineAssessedOn'), value: (row) => row.headlineAssessedOn },
  ];
}

/** The whole CSV file at once: what the streamed pieces add up to, byte for byte (tests). */
export function commitmentsCsv(rows: ExportRow[], locale: Locale): string {
  return toCsv(commitmentsCsvColumns(locale), rows);
}

/** The whole JSON file's object: what the streamed pieces add up to once stringified (tests). */
export function commitmentsJson(prepared: PreparedExport, rows: ExportRow[]) {
  return exportFileSchema.parse({
    title: prepared.title,
    language: prepared.locale,
    filters: prepared.filterRecord,
    dataVersion: prepared.dataVersion,
    asOf: prepared.asOf.toISOString(),
    total: prepared.total,
    commitments: rows,
  });
}

/** The CSV file in pieces: the header line, then the lines of each batch. */
export async function* commitmentsCsvChunks(prepared: PreparedExport): AsyncGenerator<string> {
  const columns = commitmentsCsvColumns(prepared.locale);
  yield csvHead(columns);
  for await (const rows of exportRowBatches(prepared)) yield csvLines(columns, rows);
}

/**
 * The JSON file in pieces, byte for byte what JSON.stringify(exportFileSchema.parse(file)) gives:
 * the fields in the schema's order, then the commitments array row by row.
 */
export async function* commitmentsJsonChunks(prepared: PreparedExport): AsyncGenerator<string> {
  const head = JSON.stringify(commitmentsJson(prepared, []));
  // `…,"commitments":[]}` → open the array, stream its items, close it.
  if (!head.endsWith('"commitments":[]}')) throw new Error('commitments must be the last field');
  yield head.slice(0, -2);
  let first = true;
  for await (const rows of exportRowBatches(prepared)) {
    const items = rows.map((row) => JSON.stringify(exportRowSchema.parse(row))).join(',');
    yield first ? items : `,${items}`;
    first = false;
  }
  yield ']}';
}

/** A byte stream pulling one piece at a time: memory stays one batch, whatever the file size. */
export function streamOf(chunks: AsyncGenerator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { value, done } = await chunks.next();
        if (done) controller.close();
        else if (value) controller.enqueue(encoder.encode(value));
      } catch (error) {
        controller.error(error);
      }
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}
