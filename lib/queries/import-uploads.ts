import 'server-only';
// A staged import file (admin page): its bytes for the preview and the apply step.
import { db } from '../db';

export function getImportUpload(id: string) {
  if (!/^[0-9a-f-]{36}$/.test(id)) return Promise.resolve(null);
  return db.importUpload.findUnique({
    where: { id },
    select: {
      id: true,
      fileName: true,
      sha256: true,
      bytes: true,
      createdAt: true,
      appliedAt: true,
      result: true,
    },
  });
}
