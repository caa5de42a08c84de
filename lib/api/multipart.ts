// A same-site multipart body of bounded size, read without trusting Content-Length.
import { isForeignOrigin } from '../auth/origin';
import type { Translate } from '../i18n/messages';
import { readBodyBytes } from './read-body';

function refuse(status: number, error: string) {
  return {
    ok: false as const,
    response: Response.json({ error }, { status, headers: { 'Cache-Control': 'no-store' } }),
  };
}

export async function readBoundedMultipart(
  request: Request,
  t: Translate,
  maxBytes: number,
): Promise<{ ok: true; form: FormData } | { ok: false; response: Response }> {
  if (isForeignOrigin(request)) return refuse(403, t('api.errors.crossSite'));
  const contentType = request.headers.get('content-type') ?? '';
  if (!/^multipart\/form-data\s*;\s*boundary=/i.test(contentType))
    return refuse(415, t('api.errors.multipart'));
  if (Number(request.headers.get('content-length') ?? '0') > maxBytes) {
    return refuse(413, t('api.errors.tooLarge', { bytes: maxBytes }));
  }
  const body = await readBodyBytes(request, maxBytes);
  if (body === null) return refuse(413, t('api.errors.tooLarge', { bytes: maxBytes }));
  try {
    const form = await new Response(new Uint8Array(body), {
      headers: { 'content-type': contentType },
    }).formData();
    return { ok: true, form };
  } catch {
    return refuse(400, t('api.errors.multipart'));
  }
}
