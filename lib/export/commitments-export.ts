import 'server-only';
// The commitments export (CSV and JSON): one row per commitment matching the page's filters, in
// the columns a spreadsheet user expects, labelled in the reader's language.
import { currentDataVersion } from '../cache/public-cache';
import type { Locale } from '../i18n/config';
import { createTranslator } from '../i18n/messages';
import { getDataStamp, listAgreementsForExport, listCommitmentsForExport } from '../queries/exports';
import {
  commitmentFiltersToSearchParams,
  hasActiveFilters,
  type FilterError,
} from '../validation/commitment-filters';
import { exportFileSchema, toExportRow, type ExportRow } from '../api/shapes';
import { fileNamePart, parseExportParams } from './request';
import { toCsv, type CsvColumn } from './to-csv';
import { figuresHash } from '../time/content-hash';
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

export type CommitmentsExport =
  | {
      ok: true;
      locale: Locale;
      rows: ExportRow[];
      total: number;
      dataVersion: number;
      asOf: Date;
      point: TimePoint;
      /** sha256 of the rows' canonical JSON, first 12 hex. */
      hash: string;
      filters: Record<string, string | string[]>;
      fileBase: string;
      title: string;
    }
  | { ok: false; error: string; details: FilterError[] };

export async function buildCommitmentsExport(
  params: URLSearchParams,
  origin: string,
): Promise<CommitmentsExport> {
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
  const [{ rows, total }, stamp, dataVersion, point] = await Promise.all([
    listCommitmentsForExport(filters),
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
  const exportRows = rows.map((row) => toExportRow(row, labels));
  const day = point.kind === 'past' ? point.asOf : new Date().toISOString().slice(0, 10);
  return {
    ok: true,
    locale,
    rows: exportRows,
    total,
    dataVersion,
    // A past view is stamped with its day: a snapshot's file is the same whenever it is made.
    asOf: point.kind === 'past' ? new Date(`${point.asOf}T00:00:00Z`) : stamp.asOf,
    point,
    hash: figuresHash(exportRows),
    filters: filterRecord,
    fileBase: `commitments_${fileNamePart(scope)}${narrowed ? '-filtered' : ''}_${day}`,
    title: t('export.report.title'),
  };
}

export function commitmentsCsv(rows: ExportRow[], locale: Locale): string {
  const t = createTranslator(locale);
  const columns: CsvColumn<ExportRow>[] = [
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
  return toCsv(columns, rows);
}

export function commitmentsJson(result: Extract<CommitmentsExport, { ok: true }>) {
  return exportFileSchema.parse({
    title: result.title,
    language: result.locale,
    filters: result.filters,
    ...(result.point.kind === 'now' ? { dataVersion: result.dataVersion } : {}),
    asOf: result.asOf.toISOString(),
    ...(result.point.kind === 'past' && result.point.snapshot
      ? {
          snapshot: {
            slug: result.point.snapshot.slug,
            name: result.point.snapshot.name,
            takenAt: result.point.snapshot.takenAt.toISOString(),
          },
        }
      : {}),
    contentHash: result.hash,
    total: result.total,
    commitments: result.rows,
  });
}
