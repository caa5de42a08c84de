// GET /api/evidence/[id] — an evidence file that an assessment cites, served as an attachment with
// the type detected at upload (never rendered inline in the tracker's origin).
import { EVIDENCE_TYPES } from '@/lib/evidence/file-type';
import { jsonError } from '@/lib/export/http';
import { getCitedEvidenceFile } from '@/lib/queries/evidence';
import { createTranslator } from '@/lib/i18n/messages';
import { answeringUnavailable } from '@/lib/api/read-route';

const KNOWN_TYPES = new Set<string>(Object.values(EVIDENCE_TYPES).map((type) => type.mime));

async function read(_request: Request, context: { params: Promise<{ id: string }> }) {
  const { id } = await context.params;
  const t = createTranslator('en');
  const file = /^\d{1,9}$/.test(id) ? await getCitedEvidenceFile(Number(id)) : null;
  if (!file || !KNOWN_TYPES.has(file.contentType)) {
    return jsonError(404, t('api.errors.notFound', { subject: 'evidence file', id: id.slice(0, 20) }));
  }
  return new Response(Buffer.from(file.bytes), {
    headers: {
      'Content-Type': file.contentType,
      'Content-Length': String(file.byteSize),
      'Content-Disposition': `attachment; filename="${file.fileName}"`,
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
      ETag: `"${file.sha256}"`,
      // An id always names the same bytes.
      'Cache-Control': 'public, max-age=86400, immutable',
    },
  });
}

export const GET = answeringUnavailable(read);
