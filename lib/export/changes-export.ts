import 'server-only';
// "What changed" as the read API, a CSV and a JSON file: one parser, one read, two writers.
import type { Locale } from '../i18n/config';
import { pickLocalized } from '../i18n/content';
import { createTranslator } from '../i18n/messages';
import { listChanges, type ChangesResult } from '../queries/changes';
import { parseChangesParams } from '../time/changes-params';
import { figuresHash } from '../time/content-hash';
import type { FilterError } from '../validation/commitment-filters';
import { toCsv, type CsvColumn } from './to-csv';

type Ok = Extract<ChangesResult, { ok: true }>;
export type ChangesExport =
  | { ok: true; result: Ok; locale: Locale; hash: string; body: ReturnType<typeof changesBody> }
  | { ok: false; status: 400; error: string; details: FilterError[] };

export async function buildChangesExport(params: URLSearchParams): Promise<ChangesExport> {
  const locale: Locale = params.get('lang') === 'vi' ? 'vi' : 'en';
  const t = createTranslator(locale);
  const bad = (details: FilterError[]): ChangesExport => ({
    ok: false,
    status: 400,
    error: t('export.api.badParameter', { param: details[0]!.param, message: details[0]!.message }),
    details,
  });
  const parsed = parseChangesParams({
    from: params.get('from'),
    to: params.get('to'),
    agreement: params.get('agreement'),
  });
  if (!parsed.ok) {
    return bad(
      parsed.errors.map((error) => ({ param: error.param, message: t(error.messageKey, error.values) })),
    );
  }
  const result = await listChanges(parsed.params);
  if (!result.ok) {
    return bad([
      result.error === 'order'
        ? { param: 'from', message: t('filters.errors.fromAfterTo') }
        : {
            param: 'agreement',
            message: t('filters.errors.unknownAgreement', { value: parsed.params.agreement ?? '' }),
          },
    ]);
  }
  const body = changesBody(result);
  return { ok: true, result, locale, hash: figuresHash(body.commitments), body };
}

const iso = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

/** The JSON shape (documented in lib/api/openapi.ts): codes, not labels, so it reads in any language. */
export function changesBody(result: Ok) {
  const point = (p: Ok['from']) => ({
    asOf: p.asOf,
    snapshot: p.snapshot ? { slug: p.snapshot.slug, name: p.snapshot.name } : null,
  });
  return {
    from: point(result.from),
    to: point(result.to),
    summary: result.summary,
    commitments: result.rows.map((row) => ({
      slug: row.slug,
      title: { en: row.titleEn, vi: row.titleVi },
      agreement: row.agreement.slug,
      from: row.from,
      to: row.to,
      statusChanged: row.statusChanged,
      figuresChanged: row.figuresChanged,
      newlyContested: row.newlyContested,
      deadlinePassed: row.deadlinePassed,
      deadline: iso(row.deadline),
      assessments: row.assessments.map((a) => ({
        assessedOn: iso(a.assessedOn),
        recordedAt: a.createdAt.toISOString(),
        assessor: a.assessor,
        assessorName: a.assessorName,
        status: a.toStatus,
        progress: a.progress,
        value: a.value,
        reason: a.reason,
        recordedBy: a.authorName,
        evidence: a.evidence.map((e) => ({ title: e.title, publisher: e.publisher, url: e.url })),
      })),
    })),
  };
}

type Row = ReturnType<typeof changesBody>['commitments'][number];

export function changesCsv(body: ReturnType<typeof changesBody>, locale: Locale): string {
  const t = createTranslator(locale);
  const status = (value: string | undefined) =>
    value ? t(`common.status.${value as 'ACHIEVED'}.label`) : null;
  const columns: CsvColumn<Row>[] = [
    { header: t('export.columns.agreement'), value: (row) => row.agreement },
    { header: t('export.columns.title'), value: (row) => pickLocalized(row.title, locale).text },
    { header: t('time.changes.columns.fromStatus'), value: (row) => status(row.from?.status) },
    { header: t('time.changes.columns.toStatus'), value: (row) => status(row.to.status) },
    { header: t('time.changes.columns.fromProgress'), value: (row) => row.from?.progress ?? null },
    { header: t('time.changes.columns.toProgress'), value: (row) => row.to.progress },
    { header: t('time.changes.columns.fromValue'), value: (row) => row.from?.currentValue ?? null },
    { header: t('time.changes.columns.toValue'), value: (row) => row.to.currentValue },
    { header: t('time.changes.columns.newlyContested'), value: (row) => String(row.newlyContested) },
    { header: t('time.changes.columns.deadlinePassed'), value: (row) => String(row.deadlinePassed) },
    { header: t('export.columns.deadline'), value: (row) => row.deadline },
    {
      header: t('time.changes.columns.assessments'),
      value: (row) =>
        row.assessments
          .map(
            (a) =>
              `${a.assessedOn} ${t(`assessment.assessor.${a.assessor}`)}: ${status(a.status)}${a.progress !== null ? ` ${a.progress}%` : ''} — ${a.reason.split('\n')[0]}${a.evidence.length > 0 ? ` [${a.evidence.map((e) => e.title).join('; ')}]` : ''}`,
          )
          .join('\n'),
    },
    { header: t('export.columns.slug'), value: (row) => row.slug },
  ];
  return toCsv(columns, body.commitments);
}
