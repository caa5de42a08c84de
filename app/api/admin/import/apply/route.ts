// POST /api/admin/import/apply (form field `upload`): applies a previewed upload. The file is read
// again from Postgres and planned again inside the import's transaction; nothing the browser sends
// but the upload's id is trusted. Then back to the preview page, which shows the outcome.
import { NextResponse } from 'next/server';
import { apiTranslator, mutationResponse } from '@/lib/api/mutation-response';
import { answeringUnavailable } from '@/lib/api/read-route';
import { readBodyText } from '@/lib/api/read-body';
import { authorize, AuthError } from '@/lib/auth';
import { isForeignOrigin } from '@/lib/auth/origin';
import { canEditContent } from '@/lib/auth/permissions';
import { importFile } from '@/lib/import/import-file';
import type { ImportPageError } from '@/lib/import/page-errors';
import { requestContext } from '@/lib/mutations/context';
import { getImportUpload } from '@/lib/queries/import-uploads';

const FORM_LIMIT = 4096;

async function apply(request: Request): Promise<Response> {
  const { locale, t } = apiTranslator(request);
  if (isForeignOrigin(request)) {
    return NextResponse.json({ error: t('api.errors.crossSite') }, { status: 403 });
  }
  const page = (query: string) =>
    NextResponse.redirect(new URL(`/${locale}/admin/import?${query}`, request.url), 303);
  const refuse = (error: ImportPageError, upload?: string) =>
    page(`${upload ? `upload=${upload}&` : ''}error=${error}`);
  const context = await requestContext(request);
  const body = await readBodyText(request, FORM_LIMIT);
  const id = body === null ? '' : (new URLSearchParams(body).get('upload') ?? '');
  // Anyone but an admin is refused (and audited) by the pipeline before the upload is read.
  try {
    authorize(context.actor, canEditContent);
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    const result = await importFile.run({}, context);
    return mutationResponse(result, { t, subject: { key: 'import.page.nav', id }, ok: () => ({}) });
  }
  const upload = await getImportUpload(id);
  if (!upload) return refuse('unknownUpload');
  if (upload.appliedAt) return page(`upload=${upload.id}`);
  const result = await importFile.run(
    { fileName: upload.fileName, bytes: new Uint8Array(upload.bytes), uploadId: upload.id },
    context,
  );
  switch (result.kind) {
    case 'ok':
      return page(`upload=${upload.id}`);
    case 'invalid':
      return refuse('hasErrors', upload.id);
    case 'conflict':
    case 'not-found':
      return refuse('conflict', upload.id);
    case 'unavailable':
      return refuse('unavailable', upload.id);
    default:
      return mutationResponse(result, { t, subject: { key: 'import.page.nav', id }, ok: () => ({}) });
  }
}

// This path bypasses the proxy's database probe, so an outage is answered here: 503, never a 500.
export const POST = answeringUnavailable(apply);
