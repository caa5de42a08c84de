// Queues one delivery per webhook for a new assessment, inside the assessment's own transaction:
// the assessment and its deliveries are committed together or not at all, and the deliveries
// then live in Postgres until a sender (any instance) has sent them.
import crypto from 'node:crypto';
import { publicOrigin } from '../export/http';
import type { Tx } from '../mutations/define-mutation';
import { ASSESSMENT_CREATED, buildPayloadBody, readAssessmentsForPayload } from './payload';

/** Rows read and queued per round: an import of 10,000 assessments stays a few statements. */
const BATCH = 500;

export async function enqueueAssessmentDeliveries(
  tx: Tx,
  statusUpdateIds: number | number[],
): Promise<number> {
  const ids = Array.isArray(statusUpdateIds) ? statusUpdateIds : [statusUpdateIds];
  const webhooks = await tx.webhook.findMany({ select: { id: true } });
  if (webhooks.length === 0 || ids.length === 0) return 0;
  const origin = publicOrigin();
  const now = new Date();
  let queued = 0;
  for (let start = 0; start < ids.length; start += BATCH) {
    const rows = await readAssessmentsForPayload(tx, ids.slice(start, start + BATCH));
    const { count } = await tx.webhookDelivery.createMany({
      data: rows.flatMap((row) =>
        webhooks.map((webhook) => {
          const deliveryId = crypto.randomUUID();
          return {
            deliveryId,
            webhookId: webhook.id,
            statusUpdateId: row.id,
            event: ASSESSMENT_CREATED,
            body: buildPayloadBody(row, deliveryId, origin),
            nextAttemptAt: now,
            createdAt: now,
          };
        }),
      ),
    });
    queued += count;
  }
  return queued;
}
