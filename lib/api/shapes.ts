// The read API's and the JSON export's documented shapes, as zod schemas: the routes build their
// responses through these mappers, the OpenAPI description (/api/openapi.json) is generated from
// the same schemas, and the tests validate responses against them. Changing a field here changes
// all three, so keep additions backwards compatible.
import { z } from 'zod';
import { STATUSES } from '../domain/status';
import type { ApiCommitment, ApiListRow, ExportCommitmentRow } from '../queries/exports';
import { RESPONSIBLE_PARTIES } from '../validation/commitment-filters';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .describe('Calendar date, YYYY-MM-DD');
const isoDateTime = z.string().describe('Timestamp, ISO 8601 in UTC');
const bilingual = z
  .object({ en: z.string().nullable(), vi: z.string().nullable() })
  .describe('The same text in English and Vietnamese (null where not yet translated)');
const status = z.enum(STATUSES);
const party = z.enum(RESPONSIBLE_PARTIES);

export const commitmentSummarySchema = z.object({
  slug: z.string().describe('Stable identifier, used in URLs'),
  url: z.string().describe('Path of the commitment’s page (prefix with /en or /vi)'),
  title: bilingual,
  agreement: z.object({ slug: z.string(), title: bilingual }),
  pillar: z.object({ slug: z.string(), name: bilingual }).nullable(),
  responsibleParty: party,
  kind: z.enum(['NUMERIC_TARGET', 'MILESTONE', 'QUALITATIVE']),
  status,
  progress: z.number().int().min(0).max(100).nullable().describe('Per cent, where one is recorded'),
  deadline: isoDate.nullable(),
  deadlineText: bilingual.describe('The source’s own wording of the deadline'),
  updatedAt: isoDateTime,
});

export const commitmentListSchema = z.object({
  data: z.array(commitmentSummarySchema),
  total: z.number().int().describe('Commitments matching the filters, over all pages'),
  page: z.number().int(),
  pageSize: z.number().int(),
  pageCount: z.number().int(),
  dataVersion: z.number().int().describe('Changes whenever public data changes'),
});

const metricPoint = z.object({ value: z.number().nullable(), date: isoDate.nullable() });

export const commitmentDetailSchema = commitmentSummarySchema.extend({
  description: bilingual,
  version: z.number().int().describe('Increases with every saved change'),
  metric: z.object({
    unit: z.string().nullable(),
    baseline: metricPoint,
    target: metricPoint,
    current: metricPoint,
  }),
  citations: z.array(
    z.object({
      quote: z.string().describe('Verbatim sentence from the source'),
      source: z.object({
        slug: z.string(),
        title: z.string(),
        publisher: z.string(),
        publishedOn: isoDate.nullable(),
        language: z.string(),
      }),
    }),
  ),
  milestones: z.array(
    z.object({ title: bilingual, dueDate: isoDate.nullable(), doneDate: isoDate.nullable() }),
  ),
  history: z
    .array(
      z.object({
        fromStatus: status.nullable(),
        toStatus: status,
        progress: z.number().int().nullable(),
        value: z.number().nullable(),
        reason: z.string(),
        evidenceUrl: z.string().nullable(),
        author: z.string(),
        version: z.number().int(),
        createdAt: isoDateTime,
      }),
    )
    .describe('Status changes, newest first'),
  dataVersion: z.number().int(),
});

export const exportRowSchema = z.object({
  agreement: z.string(),
  agreementSlug: z.string(),
  pillar: z.string().nullable(),
  slug: z.string(),
  title: z.string(),
  responsibleParty: z.string(),
  status: z.string().describe('Status label in the export’s language'),
  statusCode: status,
  progress: z.number().int().nullable(),
  baseline: z.number().nullable(),
  baselineDate: isoDate.nullable(),
  target: z.number().nullable(),
  targetDate: isoDate.nullable(),
  unit: z.string().nullable(),
  deadline: isoDate.nullable(),
  deadlineText: z.string().nullable(),
  lastUpdate: isoDateTime.nullable(),
  reason: z.string().nullable(),
  sourceQuote: z.string().nullable(),
  source: z.string().nullable(),
  url: z.string(),
});

export const exportFileSchema = z.object({
  title: z.string(),
  language: z.enum(['en', 'vi']),
  filters: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
  dataVersion: z.number().int(),
  asOf: isoDateTime,
  total: z.number().int(),
  commitments: z.array(exportRowSchema),
});

export const apiErrorSchema = z.object({
  error: z.string().describe('What was wrong, in words'),
  details: z.array(z.object({ param: z.string(), message: z.string() })).optional(),
});

export type CommitmentSummary = z.infer<typeof commitmentSummarySchema>;
export type CommitmentDetailResponse = z.infer<typeof commitmentDetailSchema>;
export type ExportRow = z.infer<typeof exportRowSchema>;

export const toIsoDate = (value: Date | null | undefined) =>
  value ? value.toISOString().slice(0, 10) : null;

export function toCommitmentSummary(row: ApiListRow): CommitmentSummary {
  return {
    slug: row.slug,
    url: `/commitments/${row.slug}`,
    title: { en: row.titleEn, vi: row.titleVi },
    agreement: { slug: row.agreement.slug, title: { en: row.agreement.titleEn, vi: row.agreement.titleVi } },
    pillar: row.pillar
      ? { slug: row.pillar.slug, name: { en: row.pillar.nameEn, vi: row.pillar.nameVi } }
      : null,
    responsibleParty: row.responsibleParty,
    kind: row.kind,
    status: row.status,
    progress: row.progress,
    deadline: toIsoDate(row.deadline),
    deadlineText: { en: row.deadlineTextEn, vi: row.deadlineTextVi },
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toCommitmentDetail(row: ApiCommitment, dataVersion: number): CommitmentDetailResponse {
  return {
    ...toCommitmentSummary(row),
    description: { en: row.descriptionEn, vi: row.descriptionVi },
    version: row.version,
    metric: {
      unit: row.metricUnit,
      baseline: { value: row.baselineValue, date: toIsoDate(row.baselineDate) },
      target: { value: row.targetValue, date: toIsoDate(row.targetDate) },
      current: { value: row.currentValue, date: toIsoDate(row.currentValueDate) },
    },
    citations: row.citations.map((citation) => ({
      quote: citation.quote,
      source: { ...citation.source, publishedOn: toIsoDate(citation.source.publishedOn) },
    })),
    milestones: row.milestones.map((milestone) => ({
      title: { en: milestone.titleEn, vi: milestone.titleVi },
      dueDate: toIsoDate(milestone.dueDate),
      doneDate: toIsoDate(milestone.doneDate),
    })),
    history: row.updates.map((update) => ({
      fromStatus: update.fromStatus,
      toStatus: update.toStatus,
      progress: update.progress,
      value: update.value,
      reason: update.reason,
      evidenceUrl: update.evidenceUrl,
      author: update.authorName,
      version: update.version,
      createdAt: update.createdAt.toISOString(),
    })),
    dataVersion,
  };
}

/** Localised texts an export row needs (status and party labels, the reader's language). */
export interface ExportLabels {
  locale: 'en' | 'vi';
  status: (status: (typeof STATUSES)[number]) => string;
  party: (party: (typeof RESPONSIBLE_PARTIES)[number]) => string;
  /** Absolute origin for links, e.g. https://tracker.example. */
  origin: string;
}

function pick(
  en: string | null | undefined,
  vi: string | null | undefined,
  locale: 'en' | 'vi',
): string | null {
  return (locale === 'vi' ? vi || en : en || vi) ?? null;
}

export function toExportRow(row: ExportCommitmentRow, labels: ExportLabels): ExportRow {
  const citation = row.citations[0];
  const update = row.updates[0];
  return {
    agreement: pick(row.agreement.titleEn, row.agreement.titleVi, labels.locale) ?? row.agreement.slug,
    agreementSlug: row.agreement.slug,
    pillar: row.pillar ? pick(row.pillar.nameEn, row.pillar.nameVi, labels.locale) : null,
    slug: row.slug,
    title: pick(row.titleEn, row.titleVi, labels.locale) ?? row.slug,
    responsibleParty: labels.party(row.responsibleParty),
    status: labels.status(row.status),
    statusCode: row.status,
    progress: row.progress,
    baseline: row.baselineValue,
    baselineDate: toIsoDate(row.baselineDate),
    target: row.targetValue,
    targetDate: toIsoDate(row.targetDate),
    unit: row.metricUnit,
    deadline: toIsoDate(row.deadline),
    deadlineText: pick(row.deadlineTextEn, row.deadlineTextVi, labels.locale),
    lastUpdate: update ? update.createdAt.toISOString() : null,
    reason: update?.reason ?? null,
    sourceQuote: citation?.quote ?? null,
    source: citation ? `${citation.source.title} (${citation.source.publisher})` : null,
    url: `${labels.origin}/${labels.locale}/commitments/${row.slug}`,
  };
}
