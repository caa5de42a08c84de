// What an admin submits to register or remove a webhook (form, CLI).
import { z } from 'zod';

const E = (key: string) => `feeds.errors.${key}`;

export const WEBHOOK_URL_MAX_LENGTH = 2000;

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (
      (url.protocol === 'http:' || url.protocol === 'https:') &&
      url.hostname !== '' &&
      !url.username &&
      !url.password
    );
  } catch {
    return false;
  }
}

export const webhookAddSchema = z.object({
  url: z
    .string({ error: E('webhookUrl') })
    .trim()
    .min(1, { error: E('webhookUrl') })
    .max(WEBHOOK_URL_MAX_LENGTH, { error: E('webhookUrl') })
    .refine(isHttpUrl, { error: E('webhookUrl') }),
  secret: z
    .string({ error: E('secret') })
    .min(16, { error: E('secret') })
    .max(200, { error: E('secret') })
    .refine((secret) => !/[\u0000-\u001F\u007F]/.test(secret), { error: E('secret') }),
});

export const webhookRemoveSchema = z.object({
  webhookId: z.coerce
    .number({ error: E('webhookNotFound') })
    .int({ error: E('webhookNotFound') })
    .positive({ error: E('webhookNotFound') })
    .max(2_147_483_647, { error: E('webhookNotFound') }),
});
