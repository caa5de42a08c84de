// POST /api/admin/import (multipart, field `file`): the admin page's upload. The file is kept in
// Postgres (stageImportUpload) and the browser is sent to its preview, /<lang>/admin/import?upload=…
// A route handler rather than a server action, so it has its own limit (50 MB) instead of server
// actions' 1 MB; proxy.ts leaves this path alone, so the body is never buffered or cut short there.
// The permission is checked before the body is read: only an admin's upload is ever buffered.
import { NextResponse } from 'next/server';
import { readBoundedMultipart } from '@/lib/api/multipart';
import { apiTranslator, mutationResponse } from '@/lib/api/mutation-response';
import { answeringUnavailable } from '@/lib/api/read-route';
import { authorize, AuthError } from '@/lib/auth';
import { canEditContent } from '@/lib/auth/permissions';
import { IMPORT_MAX_BYTES, IMPORT_MULTIPART_OVERHEAD } from '@/lib/import/limits';
import type { ImportPageError } from '@/lib/import/page-errors';
import { stageImportUpload } from '@/lib/import/stage-upload';
import { requestContext } from '@/lib/mutations/context';

async function stage(request: Request): Promise<Response> {
  const { locale, t } = apiTranslator(request);
  const page = (query: string) =>
    NextResponse.redirect(new URL(`/${locale}/admin/import?${query}`, request.url), 303);
  const refuse = (error: ImportPageError) => page(`error=${error}`);
  const context = await requestContext(request);
  try {
    authorize(context.actor, canEditContent);
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    // Refused (and audited) by the pipeline without reading the body.
    const result = await stageImportUpload.run({}, context);
    return mutationResponse(result, { t, subject: { key: 'import.page.nav', id: '' }, ok: () => ({}) });
  }
  const read = await readBoundedMultipart(request, t, IMPORT_MAX_BYTES + IMPORT_MULTIPART_OVERHEAD);
  if (!read.ok) {
    if (read.response.status === 413) return refuse('tooLarge');
    if (read.response.status === 403) return read.response;
    return refuse('badUpload');
  }
  const file = read.form.get('file');
  if (!(file instanceof File) || file.size === 0) return refuse('noFile');
  if (file.size > IMPORT_MAX_BYTES) return refuse('tooLarge');
  const result = await stageImportUpload.run(
    { fileName: file.name.slice(0, 300) || 'upload', bytes: new Uint8Array(await file.arrayBuffer()) },
    context,
  );
  if (result.kind === 'ok') return page(`upload=${result.value.id}`);
  if (result.kind === 'unavailable') return refuse('unavailable');
  if (result.kind === 'invalid') return refuse('badUpload');
  return mutationResponse(result, { t, subject: { key: 'import.page.nav', id: '' }, ok: () => ({}) });
}

// This path bypasses the proxy's database probe, so an outage is answered here: 503, never a 500.
export const POST = answeringUnavailable(stage);
