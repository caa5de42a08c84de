// The JSON a webhook receives for a new assessment: the assessment and its commitment, in the read
// API's documented shapes (lib/api/shapes.ts), validated against those schemas before queueing.
import crypto from 'node:crypto';
import { z } from 'zod';
import { assessmentSchema, commitmentSummarySchema, toCommitmentSummary, toIsoDate } from '../api/shapes';
import type { Tx } from '../mutations/define-mutation';
import { assessmentSelect, commitmentSummarySelect, headlineSelect } from '../queries/commitment-select';

export const ASSESSMENT_CREATED = 'assessment.created';

export const webhookPayloadSchema = z.object({
  event: z.literal(ASSESSMENT_CREATED),
  /** Also sent as X-Tracker-Delivery. */
  deliveryId: z.string().uuid(),
  occurredAt: z.string(),
  assessment: assessmentSchema,
  commitment: commitmentSummarySchema,
});

export type WebhookPayload = z.infer<typeof webhookPayloadSchema>;

/** Reads assessments and their commitments (as now written, inside the same transaction). */
export async function readAssessmentsForPayload(tx: Tx, statusUpdateIds: number[]) {
  return tx.statusUpdate.findMany({
    where: { id: { in: statusUpdateIds } },
    orderBy: { id: 'asc' },
    select: {
      ...assessmentSelect,
      commitment: { select: { id: true, ...commitmentSummarySelect, ...headlineSelect } },
    },
  });
}

type AssessmentRow = Awaited<ReturnType<typeof readAssessmentsForPayload>>[number];

/** The exact bytes to send and sign for one delivery. */
export function buildPayloadBody(row: AssessmentRow, deliveryId: string, origin: string): string {
  const payload: WebhookPayload = {
    event: ASSESSMENT_CREATED,
    deliveryId,
    occurredAt: row.createdAt.toISOString(),
    assessment: {
      assessedOn: toIsoDate(row.assessedOn)!,
      recordedAt: row.createdAt.toISOString(),
      assessor: row.assessor,
      assessorName: row.assessorName,
      status: row.toStatus,
      fromStatus: row.fromStatus,
      progress: row.progress,
      value: row.value,
      reason: row.reason,
      methodologyVersion: row.methodologyVersion,
      evidence: row.evidence.map((item) => ({
        title: item.title,
        publisher: item.publisher,
        publishedOn: toIsoDate(item.publishedOn),
        url: item.url,
        quote: item.quote,
        fileUrl: item.fileId === null ? null : `${origin}/api/evidence/${item.fileId}`,
        sourceUrl: item.source ? `${origin}/sources/${item.source.slug}` : null,
      })),
    },
    commitment: toCommitmentSummary(row.commitment),
  };
  return JSON.stringify(webhookPayloadSchema.parse(payload));
}

/** `sha256=<hex HMAC-SHA256 of the raw body, keyed with the webhook's secret>`. */
export function signBody(body: string, secret: string): string {
  return `sha256=${crypto.createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;
}
