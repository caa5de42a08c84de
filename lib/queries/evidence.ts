import 'server-only';
import { db } from '../db';

/** A stored evidence file, only when an assessment of a public commitment cites it. */
export function getCitedEvidenceFile(id: number) {
  return db.evidenceFile.findFirst({
    where: { id, evidence: { some: {} }, commitment: { archivedAt: null } },
    select: { fileName: true, contentType: true, byteSize: true, sha256: true, bytes: true },
  });
}
