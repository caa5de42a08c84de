// PATCH /api/commitments/[slug]/status — the editor form's operation as JSON, for systems that sync
// from elsewhere. Authenticated by `Authorization: Bearer <token>` or the session cookie.
import { NextResponse } from 'next/server';
import { actorFromRequest } from '@/lib/auth';
import { clientIpFrom } from '@/lib/auth/client-ip';
import { isForeignOrigin } from '@/lib/auth/origin';
import { recordStatusUpdate } from '@/lib/actions/record-status-update';
import { isDatabaseUnavailable } from '@/lib/database-errors';
import { createTranslator } from '@/lib/i18n/messages';
import type { MessageKey } from '@/lib/i18n/messages';

const MAX_BODY_BYTES = 16 * 1024;

const t = createTranslator('en');

function json(status: number, body: Record<string, unknown>) {
  return NextResponse.json(body, { status, headers: { 'Cache-Control': 'no-store' } });
}

/** Reads at most `limit` bytes; null when the body is larger (whatever Content-Length claimed). */
async function readLimited(request: Request, limit: number): Promise<string | null> {
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  return new TextDecoder('utf-8', { fatal: false }).decode(Buffer.concat(chunks));
}

export async function PATCH(request: Request, context: { params: Promise<{ slug: string }> }) {
  if (isForeignOrigin(request)) return json(403, { error: 'Cross-site requests are not allowed.' });
  const contentType = request.headers.get('content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(contentType)) {
    return json(415, { error: 'Send the body as application/json.' });
  }
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > MAX_BODY_BYTES)
    return json(413, { error: `The body is larger than ${MAX_BODY_BYTES} bytes.` });
  const text = await readLimited(request, MAX_BODY_BYTES);
  if (text === null) return json(413, { error: `The body is larger than ${MAX_BODY_BYTES} bytes.` });

  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return json(400, { error: 'The body is not valid JSON.' });
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return json(400, { error: 'The body must be a JSON object.' });
  }

  const { slug } = await context.params;
  const actor = await actorFromRequest(request);
  let result;
  try {
    result = await recordStatusUpdate(actor, slug, body, { ip: clientIpFrom(request.headers), via: 'api' });
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    // Nothing was written (the transaction never started or was rolled back): safe to retry.
    return NextResponse.json(
      { error: 'The database is busy or unavailable; nothing was saved. Try again in a moment.' },
      { status: 503, headers: { 'Retry-After': '2', 'Cache-Control': 'no-store' } },
    );
  }
  switch (result.kind) {
    case 'ok':
      return json(200, { version: result.state.version, commitment: result.state });
    case 'unauthenticated':
      return NextResponse.json(
        { error: 'Sign in or send an API token (Authorization: Bearer …).' },
        { status: 401, headers: { 'WWW-Authenticate': 'Bearer', 'Cache-Control': 'no-store' } },
      );
    case 'forbidden':
      return json(403, { error: 'This account may not update statuses.' });
    case 'not-found':
      return json(404, { error: `There is no commitment "${slug.slice(0, 100)}".` });
    case 'invalid':
      return json(400, {
        error: 'Some fields are not valid.',
        fields: Object.fromEntries(
          Object.entries(result.errors).map(([field, key]) => [field, t(key as MessageKey)]),
        ),
      });
    case 'conflict':
      return json(409, {
        error: `Someone saved a change first: the commitment is now at version ${result.current.version}. Re-send your change with that version if it still applies.`,
        current: result.current,
      });
  }
}
