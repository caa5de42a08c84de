import { canManageWebhooks } from '../auth/permissions';
import { defineMutation, rawText } from '../mutations/define-mutation';
import { notFound } from '../mutations/stop';
import { webhookRemoveSchema } from '../validation/webhook';

/** Admins remove a webhook; its queued deliveries and its log go with it. */
export const removeWebhook = defineMutation(
  {
    action: 'webhook.remove',
    permission: canManageWebhooks,
    schema: webhookRemoveSchema,
    target: (raw) => ({ type: 'webhook', id: rawText(raw, 'webhookId', 12) || undefined }),
    invalidKey: 'feeds.errors.webhookInvalid',
    publicData: false,
  },
  async ({ input, tx }) => {
    const { count } = await tx.webhook.deleteMany({ where: { id: input.webhookId } });
    if (count === 0) throw notFound();
    return { value: input.webhookId };
  },
);
