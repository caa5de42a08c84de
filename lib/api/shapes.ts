// The read API's and the JSON export's documented shapes, as zod schemas: the routes build their
// responses through these mappers, the OpenAPI description (/api/openapi.json) is generated from
// the same schemas, and the tests validate responses against them. Changing a field here changes
// all three, so keep additions backwards compatible.
import { z } from 'zod';
import { STATUSES } from '../domain/status';
import { ASSESSORS, currentVerdicts } from '../domain/verdicts';
import { API_ASSESSMENT_LIMIT } from '../queries/commitment-select';
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
const assessor = z
  .enum(ASSESSORS)
  .describe(
    'Whose verdict: INDEPENDENT (this tracker’s editors), VIET_NAM or UK (that government’s own account), JOINT (a joint body or joint statement of the parties), ASEAN',
  );
const contested = z
  .boolean()
  .describe('The assessors’ current verdicts give different statuses (“the sides disagree”)');
const headlineAssessor = assessor
  .nullable()
  .describe(
    'Whose verdict the headline status is: the independent one where there is one, else the most recent of any assessor (null before any assessment)',
  );
const headlineAssessedOn = isoDate.nullable().describe('The day the headline verdict describes');

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
  contested,
  headlineAssessor,
  headlineAssessedOn,
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

export const evidenceItemResponseSchema = z.object({
  title: z.string(),
  publisher: z.string().nullable(),
  publishedOn: isoDate.nullable(),
  url: z.string().nullable().describe('Link to the document (http or https)'),
  quote: z.string().nullable().describe('Verbatim words from the document'),
  fileUrl: z
    .string()
    .nullable()
    .describe('Absolute URL of the uploaded copy (GET /api/evidence/{id}), when a file is attached'),
  sourceUrl: z
    .string()
    .nullable()
    .describe('Absolute URL of the tracker’s page for the source text, when the evidence is one'),
});

export const assessmentSchema = z.object({
  assessedOn: isoDate.describe('The calendar day the verdict describes'),
  recordedAt: isoDateTime.describe('When it was saved'),
  assessor,
  assessorName: z.string().nullable().describe('e.g. “Ministry of Education and Training”'),
  status,
  fromStatus: status.nullable().describe('The headline status before this assessment was saved'),
  progress: z.number().int().nullable(),
  value: z.number().nullable(),
  reason: z.string(),
  methodologyVersion: z.number().int().describe('Version of the status definitions it was made under'),
  evidence: z.array(evidenceItemResponseSchema),
});

export const verdictSchema = z.object({
  assessor,
  assessorName: z.string().nullable(),
  status,
  progress: z.number().int().nullable(),
  value: z.number().nullable(),
  assessedOn: isoDate,
  recordedAt: isoDateTime,
});

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
    .describe('Status changes by recording time, newest first (at most 500; see `assessments`)'),
  assessments: z
    .array(assessmentSchema)
    .describe(
      `Every assessment, newest by the day it describes first (ties: latest recorded); at most ${API_ASSESSMENT_LIMIT}, see assessmentsTotal`,
    ),
  assessmentsTotal: z.number().int().describe('How many assessments there are in all'),
  verdicts: z
    .array(verdictSchema)
    .describe(
      'Each assessor’s current verdict: its latest by the day described, ties by recording time (order: INDEPENDENT, VIET_NAM, UK, JOINT, ASEAN)',
    ),
  headline: z
    .object({ assessor: headlineAssessor, assessedOn: headlineAssessedOn })
    .describe('Whose verdict `status` is, and as of when'),
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
  contested,
  headlineAssessor: headlineAssessor.describe('Code of whose verdict the status is, e.g. JOINT'),
  headlineAssessedOn,
});

export const exportFileSchema = z.object({
  title: z.string(),
  language: z.enum(['en', 'vi']),
  filters: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
  dataVersion: z
    .number()
    .int()
    .optional()
    .describe('Changes whenever public data changes; absent for a past view (asOf or snapshot)'),
  asOf: isoDateTime.describe(
    'Now: when public data last changed. Past view: the day the verdicts are valid on (midnight UTC)',
  ),
  snapshot: z
    .object({ slug: z.string(), name: z.string(), takenAt: isoDateTime })
    .optional()
    .describe('The snapshot shown, when `snapshot=` was asked for'),
  contentHash: z.string().describe('sha256 of the commitments array (canonical JSON), first 12 hex digits'),
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
    contested: row.contested,
    headlineAssessor: row.headlineAssessor,
    headlineAssessedOn: toIsoDate(row.headlineAssessedOn),
  };
}

type ApiAssessment = ApiCommitment['assessments'][number];

function toEvidenceItem(item: ApiAssessment['evidence'][number], origin: string) {
  return {
    title: item.title,
    publisher: item.publisher,
    publishedOn: toIsoDate(item.publishedOn),
    url: item.url,
    quote: item.quote,
    fileUrl: item.fileId === null ? null : `${origin}/api/evidence/${item.fileId}`,
    sourceUrl: item.source ? `${origin}/sources/${item.source.slug}` : null,
  };
}

/** The read API's assessments and each assessor's current verdict among them. */
function assessmentsOf(row: ApiCommitment, origin: string) {
  const asVerdict = (assessment: ApiAssessment) => ({
    ...assessment,
    status: assessment.toStatus,
    recordedAt: assessment.createdAt,
  });
  // When the history is longer than one answer, each assessor's latest is read apart and added.
  const current = currentVerdicts([...row.assessments, ...row.latestPerAssessor].map(asVerdict));
  return {
    assessments: row.assessments.map((assessment) => ({
      assessedOn: toIsoDate(assessment.assessedOn)!,
      recordedAt: assessment.createdAt.toISOString(),
      assessor: assessment.assessor,
      assessorName: assessment.assessorName,
      status: assessment.toStatus,
      fromStatus: assessment.fromStatus,
      progress: assessment.progress,
      value: assessment.value,
      reason: assessment.reason,
      methodologyVersion: assessment.methodologyVersion,
      evidence: assessment.evidence.map((item) => toEvidenceItem(item, origin)),
    })),
    verdicts: current.map((verdict) => ({
      assessor: verdict.assessor,
      assessorName: verdict.assessorName,
      status: verdict.status,
      progress: verdict.progress,
      value: verdict.value,
      assessedOn: toIsoDate(verdict.assessedOn)!,
      recordedAt: verdict.recordedAt.toISOString(),
    })),
  };
}

/** `origin`: the app's public origin (publicOrigin()), for the absolute evidence links. */
export function toCommitmentDetail(
  row: ApiCommitment,
  dataVersion: number,
  origin: string,
): CommitmentDetailResponse {
  const { assessments, verdicts } = assessmentsOf(row, origin);
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
    assessments,
    assessmentsTotal: row.assessmentsTotal,
    verdicts,
    headline: { assessor: row.headlineAssessor, assessedOn: toIsoDate(row.headlineAssessedOn) },
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
    contested: row.contested,
    headlineAssessor: row.headlineAssessor,
    headlineAssessedOn: toIsoDate(row.headlineAssessedOn),
  };
}

const pointSchema = z.object({
  asOf: isoDate,
  snapshot: z.object({ slug: z.string(), name: z.string() }).nullable(),
});
const verdictAtSchema = z.object({
  status,
  progress: z.number().int().nullable(),
  currentValue: z.number().nullable(),
  contested,
  headlineAssessor,
});

/** GET /api/changes (built in lib/export/changes-export.ts). */
export const changesSchema = z.object({
  from: pointSchema,
  to: pointSchema,
  summary: z.object({
    total: z.number().int().describe('Commitments in scope at `to`'),
    changed: z.number().int().describe('Headline status, progress or value differs'),
    movedTo: z
      .record(z.string(), z.number().int())
      .describe('Of those whose status changed, per status reached'),
    newlyContested: z.number().int(),
    deadlinesPassed: z.number().int(),
  }),
  commitments: z.array(
    z.object({
      slug: z.string(),
      title: bilingual,
      agreement: z.string(),
      from: verdictAtSchema.nullable().describe('null: the commitment did not exist yet at `from`'),
      to: verdictAtSchema,
      statusChanged: z.boolean(),
      figuresChanged: z.boolean(),
      newlyContested: z.boolean(),
      deadlinePassed: z.boolean(),
      deadline: isoDate.nullable(),
      assessments: z
        .array(
          z.object({
            assessedOn: isoDate,
            recordedAt: isoDateTime,
            assessor,
            assessorName: z.string().nullable(),
            status,
            progress: z.number().int().nullable(),
            value: z.number().nullable(),
            reason: z.string(),
            recordedBy: z.string(),
            evidence: z.array(
              z.object({ title: z.string(), publisher: z.string().nullable(), url: z.string().nullable() }),
            ),
          }),
        )
        .describe('Assessments visible at `to` but not at `from`, oldest first'),
    }),
  ),
  contentHash: z.string().describe('sha256 of `commitments` (canonical JSON), first 12 hex digits'),
});
