import 'server-only';
// The commitments export (CSV and JSON): one row per commitment matching the page's filters, in
// the columns a spreadsheet user expects, labelled in the reader's language. Files are streamed:
// the ids in file order are read once (≤ 10,000 numbers), then the rows in batches of 500 as the
// client takes them, so a 10,000-row file needs the memory of one batch. (Batches are separate
// reads: an edit landing mid-file may show in later rows; the ids and the first batch are cached per
// data version.)
import { cachedPublicRead, currentDataVersion } from '../cache/public-cache';
import type { Locale } from '../i18n/config';
import { createTranslator } from '../i18n/messages';
import {
  countCommitmentsForExport,
  listCommitmentsForExport,
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
import { figuresHash, figuresHasher } from '../time/content-hash';
import { resolveTimePoint, type TimePoint } from '../queries/time-point';

/**
 * Headers that say which moment a file shows and fingerprint its figures (CSV has no room for
 * them in the body; JSON carries them in the body too).
 */
export function timeHeaders(point: TimePoint, hash: string): Record<string, string> {
  const headers: Record<string, string> = { 'X-Content-Hash': hash };
  if (point.kind === 'past') headers['X-As-Of'] = point.asOf;
  if (point.kind === 'past' && point.snapshot)
    headers['X-Snapshot'] = encodeURIComponent(point.snapshot.slug);
  return headers;
}

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
  /** The moment the file shows: now (rows streamed from the table) or a past date / snapshot. */
  point: TimePoint;
  /** A past view's rows, laid over from its assessments (at most EXPORT_ROW_LIMIT); null for now. */
  pastRows: ExportRow[] | null;
  /** sha256 of the rows' canonical JSON, first 12 hex: printed with the file, so it can be checked. */
  hash: string;
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
  const [total, stamp, dataVersion, point] = await Promise.all([
    countCommitmentsForExport(filters),
    getDataStamp(),
    currentDataVersion(),
    resolveTimePoint(filters),
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
  const toRow = (row: ExportCommitmentRow) => toExportRow(row, labels);
  // A past view is computed whole (its states are laid over from the assessments then); today's
  // file streams from the table, and its fingerprint is one pass over the same batches first.
  const past = point.kind === 'past' ? await listCommitmentsForExport(filters) : null;
  const pastRows = past ? past.rows.map(toRow) : null;
  const day = point.kind === 'past' ? point.asOf : new Date().toISOString().slice(0, 10);
  return {
    ok: true,
    locale,
    filters,
    total: past ? past.total : total,
    dataVersion,
    // A past view is stamped with its day: a snapshot's file is the same whenever it is made.
    asOf: point.kind === 'past' ? new Date(`${point.asOf}T00:00:00Z`) : stamp.asOf,
    filterRecord,
    fileBase: `commitments_${fileNamePart(scope)}${narrowed ? '-filtered' : ''}_${day}`,
    point,
    pastRows,
    hash: pastRows ? figuresHash(pastRows) : await streamedRowsHash(filters, locale, toRow),
    title: t('export.report.title'),
    toRow,
  };
}

/**
 * figuresHash of today's rows without holding them: JSON.stringify of an array is its items'
 * JSON joined by commas in brackets, so hashing those pieces batch by batch gives the same digest.
 * Cached per data version and filters, like the rows themselves.
 */
function streamedRowsHash(
  filters: CommitmentFilters,
  locale: Locale,
  toRow: (row: ExportCommitmentRow) => ExportRow,
) {
  return cachedPublicRead(`exports:hash:${locale}:${filters.sort}:${filterCacheKey(filters)}`, async () => {
    const hasher = figuresHasher();
    for await (const rows of todaysRowBatches(filters, toRow)) hasher.add(rows);
    return hasher.digest();
  });
}

/** The export's rows in file order, a batch at a time (primary-key reads), at most EXPORT_ROW_LIMIT. */
export async function* exportRowBatches(prepared: PreparedExport): AsyncGenerator<ExportRow[]> {
  if (prepared.pastRows) {
    for (let start = 0; start < prepared.pastRows.length; start += EXPORT_BATCH_SIZE)
      yield prepared.pastRows.slice(start, start + EXPORT_BATCH_SIZE);
    return;
  }
  yield* todaysRowBatches(prepared.filters, prepared.toRow);
}

async function* todaysRowBatches(
  filters: CommitmentFilters,
  toRow: (row: ExportCommitmentRow) => ExportRow,
): AsyncGenerator<ExportRow[]> {
  const ids = await listExportIds(filters);
  const key = `${filters.sort}:${filterCacheKey(filters)}`;
  for (let start = 0; start < ids.length; start += EXPORT_BATCH_SIZE) {
    const batch = ids.slice(start, start + EXPORT_BATCH_SIZE);
    const rows = await listCommitmentsForExportBatch(batch, start === 0 ? key : undefined);
    yield rows.map(toRow);
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
    ...(prepared.point.kind === 'now' ? { dataVersion: prepared.dataVersion } : {}),
    asOf: prepared.asOf.toISOString(),
    ...(prepared.point.kind === 'past' && prepared.point.snapshot
      ? {
          snapshot: {
            slug: prepared.point.snapshot.slug,
            name: prepared.point.snapshot.name,
            takenAt: prepared.point.snapshot.takenAt.toISOString(),
          },
        }
      : {}),
    contentHash: prepared.hash,
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

/**
 * The response body of an export file. A file of one batch (one agreement's file, typically) is
 * kept whole per data version, as it is asked for far more often than it changes; a larger one is
 * streamed, so its memory stays one batch.
 */
export async function exportBody(
  prepared: PreparedExport,
  kind: 'csv' | 'json',
): Promise<string | ReadableStream<Uint8Array>> {
  const chunks = () => (kind === 'csv' ? commitmentsCsvChunks(prepared) : commitmentsJsonChunks(prepared));
  if (prepared.total > EXPORT_BATCH_SIZE) return streamOf(chunks());
  const { filters, locale } = prepared;
  return cachedPublicRead(
    `exports:file:${kind}:${locale}:${filters.sort}:${filterCacheKey(filters)}`,
    async () => {
      let body = '';
      for await (const chunk of chunks()) body += chunk;
      return body;
    },
  );
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
