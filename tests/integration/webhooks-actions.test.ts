// The admin page's webhook actions, called as a POST would call them (real session check; only
// the request's cookie jar is supplied): only an admin adds or removes, a non-http URL is a field
// error, and every attempt is audited without the secret.
process.env.NEXTAUTH_SECRET ??= 'integration-secret-not-for-production-0123456789';
import { beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('next/headers', async () => (await import('../support/next-request-mocks')).nextHeaders);
vi.mock('next/cache', async () => (await import('../support/next-request-mocks')).nextCache);

import { sessionJar as jar } from '../support/next-request-mocks';

import { addWebhookAction, removeWebhookAction } from '@/lib/actions/webhooks';
import { db } from '@/lib/db';
import { makeUser, sessionTokenFor } from '../support/auth-fixtures';

const SECRET = 'an-admin-chosen-secret-42';
const cookies: Record<'editor' | 'admin', string> = { editor: '', admin: '' };

beforeAll(async () => {
  for (const who of ['editor', 'admin'] as const) {
    const user = await makeUser(db, { role: who === 'admin' ? 'ADMIN' : 'EDITOR' });
    cookies[who] = (await sessionTokenFor(db, user)).token;
  }
});

const form = (fields: Record<string, string | number>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, String(value));
  return data;
};

describe('webhook actions', () => {
  it('refuses anonymous visitors and editors; nothing is written', async () => {
    for (const cookie of [undefined, cookies.editor]) {
      jar.cookie = cookie;
      const state = await addWebhookAction(
        { kind: 'idle' },
        form({ url: 'https://8.8.8.8/h', secret: SECRET }),
      );
      expect(state).toMatchObject({ kind: 'error', errors: { form: 'feeds.errors.forbidden' } });
    }
    expect(await db.webhook.count()).toBe(0);
    expect(await db.auditEvent.count({ where: { action: 'webhook.add', outcome: 'DENIED' } })).toBe(2);
  });

  it('gives a field error for a URL that is not http(s), keeping what was typed', async () => {
    jar.cookie = cookies.admin;
    const state = await addWebhookAction(
      { kind: 'idle' },
      form({ url: 'gopher://x.example', secret: SECRET }),
    );
    expect(state).toEqual({
      kind: 'error',
      errors: { url: 'feeds.errors.webhookUrl' },
      url: 'gopher://x.example',
    });
    expect(await db.webhook.count()).toBe(0);
  });

  it('lets an admin add and remove one; the audit never holds the secret', async () => {
    jar.cookie = cookies.admin;
    const state = await addWebhookAction(
      { kind: 'idle' },
      form({ url: 'https://8.8.8.8/h', secret: SECRET }),
    );
    expect(state).toEqual({ kind: 'ok', url: 'https://8.8.8.8/h' });
    const webhook = await db.webhook.findFirstOrThrow();
    expect(webhook.secret).toBe(SECRET);

    jar.cookie = cookies.editor;
    await removeWebhookAction(form({ webhookId: webhook.id }));
    expect(await db.webhook.count()).toBe(1);
    jar.cookie = cookies.admin;
    await removeWebhookAction(form({ webhookId: webhook.id }));
    expect(await db.webhook.count()).toBe(0);

    const audits = await db.auditEvent.findMany({ where: { action: { startsWith: 'webhook.' } } });
    expect(audits.map((row) => `${row.action}:${row.outcome}`)).toEqual(
      expect.arrayContaining(['webhook.add:OK', 'webhook.remove:DENIED', 'webhook.remove:OK']),
    );
    expect(JSON.stringify(audits)).not.toContain(SECRET);
  });
});
