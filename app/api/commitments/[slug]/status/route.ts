// PATCH /api/commitments/[slug]/status — the editor form's operation as JSON, for systems that sync
// from elsewhere. Authenticated by `Authorization: Bearer <token>` or the session cookie.
import { apiTranslator, mutationResponse, readJsonObject } from '@/lib/api/mutation-response';
import { updateCommitmentStatus } from '@/lib/commitments/update-status';
import { requestContext } from '@/lib/mutations/context';

/** Room for ten evidence items with long quotes in Vietnamese (several bytes a character). */
const MAX_BODY_BYTES = 128 * 1024;

export async function PATCH(request: Request, context: { params: Promise<{ slug: string }> }) {
  const { t } = apiTranslator(request);
  const read = await readJsonObject(request, t, MAX_BODY_BYTES);
  if (!read.ok) return read.response;
  const { slug } = await context.params;
  const result = await updateCommitmentStatus.run({ ...read.body, slug }, await requestContext(request));
  return mutationResponse(result, {
    t,
    subject: { key: 'api.subjects.commitment', id: slug },
    ok: (state) => ({ version: state.version, commitment: state }),
    conflict: (current) => ({ version: current.version, body: { current } }),
  });
}
