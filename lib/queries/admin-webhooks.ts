import 'server-only';
// Admin reads of webhooks and their delivery logs (never the secret).
import { db } from '../db';

export const DELIVERY_LOG_LIMIT = 50;

export async function listWebhooksForAdmin() {
  const [webhooks, counts] = await Promise.all([
    db.webhook.findMany({
      orderBy: { id: 'asc' },
      select: { id: true, url: true, createdAt: true, createdBy: true },
    }),
    db.webhookDelivery.groupBy({ by: ['webhookId', 'state'], _count: { _all: true } }),
  ]);
  return webhooks.map((webhook) => ({
    ...webhook,
    deliveries: Object.fromEntries(
      counts.filter((row) => row.webhookId === webhook.id).map((row) => [row.state, row._count._all]),
    ) as Partial<Record<'PENDING' | 'DELIVERED' | 'FAILED', number>>,
  }));
}

export async function getWebhookLog(id: number) {
  return db.webhook.findUnique({
    where: { id },
    select: {
      id: true,
      url: true,
      deliveries: {
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take: DELIVERY_LOG_LIMIT,
        select: {
          id: true,
          deliveryId: true,
          state: true,
          attempts: true,
          createdAt: true,
          lastAttemptAt: true,
          nextAttemptAt: true,
          lastStatusCode: true,
          lastError: true,
          deliveredAt: true,
        },
      },
    },
  });
}
