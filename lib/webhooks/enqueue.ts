// Queues one delivery per webhook for a new assessment, inside the assessment's own transaction:
// the assessment and its deliveries are committed together or not at all, and the deliveries
// then live in Postgres until a sender (any instance) has sent them.
import crypto from 'node:crypto';
import { publicOrigin } from '../export/http';
import type { Tx } from '../mutations/define-mutation';
import { ASSESSMENT_CREATED, buildPayloadBody, readAssessmentForPayload } from './payload';

export async function enqueueAssessmentDeliveries(tx: Tx, statusUpdateId: number): Promise<number> {
  const webhooks = await tx.webhook.findMany({ select: { id: true } });
  if (webhooks.length === 0) return 0;
  const row = await readAssessmentForPayload(tx, statusUpdateId);
  const origin = publicOrigin();
  const now = new Date();
  const { count } = await tx.webhookDelivery.createMany({
    data: webhooks.map((webhook) => {
      const deliveryId = crypto.randomUUID();
      return {
        deliveryId,
        webhookId: webhook.id,
        statusUpdateId,
        event: ASSESSMENT_CREATED,
        body: buildPayloadBody(row, deliveryId, origin),
        nextAttemptAt: now,
        createdAt: now,
      };
    }),
  });
  return count;
}
