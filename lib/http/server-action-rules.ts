// Checks on server-action submissions, run in proxy.ts before Next's action decoder. Next 16
// refuses the same requests itself but answers 500 (a cross-site Origin, a body over its 1 MB
// limit, a body it cannot decode: its action handler maps every such error to 500, a known TODO in
// next/dist/server/app-render/action-handler.js), so they are refused here first with a 4xx.
import type { HeaderReader, Refusal } from './request-rules';

/** Next's default `serverActions.bodySizeLimit` (next.config.js does not change it). */
export const SERVER_ACTION_BODY_LIMIT = 1024 * 1024;

/** Mirrors Next's getServerActionRequestMetadata: the POSTs Next hands to its action decoder. */
export function isPossibleServerAction(method: string, headers: HeaderReader): boolean {
  if (method !== 'POST') return false;
  const contentType = headers.get('content-type');
  return (
    headers.get('next-action') !== null ||
    contentType === 'application/x-www-form-urlencoded' ||
    Boolean(contentType?.startsWith('multipart/form-data'))
  );
}

/** The host the Origin must name: Next compares it with X-Forwarded-Host, else Host. */
function expectedHost(headers: HeaderReader): string | null {
  const forwarded = headers.get('x-forwarded-host')?.split(',')[0]?.trim();
  return forwarded || headers.get('host');
}

/** Refusals decided from the headers alone (no body read). */
export function refuseServerActionHeaders(headers: HeaderReader): Refusal | null {
  const origin = headers.get('origin');
  if (origin !== null) {
    // Sandboxed frames and privacy-restricted contexts send "null"; Next treats it as foreign.
    if (origin === 'null') return { status: 403, key: 'http.crossOrigin' };
    let originHost: string;
    try {
      originHost = new URL(origin).host;
    } catch {
      return { status: 400, key: 'http.badOrigin' };
    }
    if (originHost !== expectedHost(headers)) return { status: 403, key: 'http.crossOrigin' };
  }
  const length = headers.get('content-length');
  // Browsers always state the length of a form or fetch body; without it the limit below could
  // only be enforced by Next, whose refusal is a 500.
  if (length === null || !/^\d+$/.test(length)) return { status: 411, key: 'http.lengthRequired' };
  if (Number(length) > SERVER_ACTION_BODY_LIMIT) {
    return { status: 413, key: 'http.tooLarge', values: { max: '1 MB' } };
  }
  const contentType = headers.get('content-type') ?? '';
  // React sends an action's arguments as multipart form data or as text; anything else (JSON, …)
  // fails inside React's decoder.
  if (
    headers.get('next-action') !== null &&
    !contentType.startsWith('multipart/form-data') &&
    !contentType.startsWith('text/plain')
  ) {
    return { status: 415, key: 'http.unsupportedType', values: { type: contentType.split(';')[0] || '—' } };
  }
  return null;
}

const isJson = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

/**
 * Reads the body (at most 1 MB, see above) as React's reply decoder would: multipart must parse,
 * and the argument models React writes as JSON (a text body, numbered multipart fields) must be
 * JSON. Each of these failed inside the decoder with a 500.
 */
export async function refuseServerActionBody(request: Request): Promise<Refusal | null> {
  const contentType = request.headers.get('content-type') ?? '';
  const fetchAction = request.headers.get('next-action') !== null;
  const malformed: Refusal = { status: 400, key: 'http.malformedBody' };
  if (contentType.startsWith('text/plain')) {
    return fetchAction && !isJson(await request.clone().text()) ? malformed : null;
  }
  if (!contentType.startsWith('multipart/form-data')) return null;
  let form: FormData;
  try {
    form = await request.clone().formData();
  } catch {
    return malformed;
  }
  if (!fetchAction) return null;
  for (const [name, value] of form) {
    // Files (numbered too) are binary arguments; only text models are JSON.
    if (/^\d+$/.test(name) && typeof value === 'string' && !isJson(value)) return malformed;
  }
  return null;
}
