// POST /api/commitments/[slug]/evidence — stores one evidence file (multipart field `file`) and
// answers its id, for an assessment's `evidence: [{ title, fileId }]`. The editor form uses it too.
import { apiTranslator, mutationResponse } from '@/lib/api/mutation-response';
import { readBoundedMultipart } from '@/lib/api/multipart';
import { uploadEvidenceFile } from '@/lib/evidence/upload';
import { EVIDENCE_FILE_MAX_BYTES } from '@/lib/evidence/file-type';
import { canUpdateStatus } from '@/lib/auth/permissions';
import { requestContext } from '@/lib/mutations/context';

/** Room for the multipart envelope around the largest accepted file. */
const MAX_BODY_BYTES = EVIDENCE_FILE_MAX_BYTES + 64 * 1024;

export async function POST(request: Request, context: { params: Promise<{ slug: string }> }) {
  const { t } = apiTranslator(request);
  const { slug } = await context.params;
  const mutationContext = await requestContext(request);
  const respond = (result: Awaited<ReturnType<typeof uploadEvidenceFile.run>>) =>
    mutationResponse(result, {
      t,
      subject: { key: 'api.subjects.commitment', id: slug },
      ok: (stored) => ({
        id: stored.id,
        fileName: stored.fileName,
        contentType: stored.contentType,
        byteSize: stored.byteSize,
        sha256: stored.sha256,
        url: `/api/evidence/${stored.id}`,
      }),
    });
  // Refuse (and audit) a caller without the permission before buffering up to 10 MB of their body.
  const { actor } = mutationContext;
  if (actor.kind !== 'user' || !canUpdateStatus.allows(actor.user)) {
    return respond(await uploadEvidenceFile.run({ slug }, mutationContext));
  }
  const read = await readBoundedMultipart(request, t, MAX_BODY_BYTES);
  if (!read.ok) return read.response;
  const file = read.form.get('file');
  const result = await uploadEvidenceFile.run(
    {
      slug,
      fileName: file instanceof File ? file.name : '',
      declaredType: file instanceof File ? file.type : '',
      bytes: file instanceof File ? new Uint8Array(await file.arrayBuffer()) : undefined,
    },
    mutationContext,
  );
  return respond(result);
}
