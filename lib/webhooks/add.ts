import { canManageWebhooks } from '../auth/permissions';
import { env } from '../env';
import { defineMutation, rawText } from '../mutations/define-mutation';
import { invalid } from '../mutations/stop';
import { webhookAddSchema } from '../validation/webhook';
import { checkWebhookTarget } from './target';

export const WEBHOOK_ADD_ACTION = 'webhook.add';

/**
 * Admins register a receiver of new assessments. The host must resolve to public addresses only
 * (unless WEBHOOKS_ALLOW_PRIVATE_TARGETS=true); the secret is audited never, stored to sign with.
 */
export const addWebhook = defineMutation(
  {
    action: WEBHOOK_ADD_ACTION,
    permission: canManageWebhooks,
    schema: webhookAddSchema,
    target: (raw) => ({ type: 'webhook', id: rawText(raw, 'url', 200) || undefined }),
    invalidKey: 'feeds.errors.webhookInvalid',
    publicData: false,
  },
  async ({ input, user, tx }) => {
    const verdict = await checkWebhookTarget(input.url, env().WEBHOOKS_ALLOW_PRIVATE_TARGETS);
    if (verdict === 'private') throw invalid({ url: 'feeds.errors.privateTarget' });
    if (verdict === 'unresolvable') throw invalid({ url: 'feeds.errors.unresolvable' });
    const webhook = await tx.webhook.create({
      data: { url: input.url, secret: input.secret, createdBy: user.email },
      select: { id: true, url: true },
    });
    return { value: webhook, audit: { url: webhook.url }, target: { type: 'webhook', id: webhook.id } };
  },
);
