// What an uploaded evidence file really is, read from its bytes (never from its name or the type
// the browser claims). Five kinds are accepted; anything else is refused.

export const EVIDENCE_FILE_MAX_BYTES = 10 * 1024 * 1024;

export const EVIDENCE_TYPES = {
  pdf: { mime: 'application/pdf', extensions: ['pdf'] },
  png: { mime: 'image/png', extensions: ['png'] },
  jpeg: { mime: 'image/jpeg', extensions: ['jpg', 'jpeg'] },
  docx: {
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
  },
  txt: { mime: 'text/plain', extensions: ['txt'] },
} as const;

export type EvidenceType = keyof typeof EVIDENCE_TYPES;

const startsWith = (bytes: Uint8Array, signature: number[]) =>
  bytes.length >= signature.length && signature.every((byte, index) => bytes[index] === byte);

/** A ZIP whose entries include word/document.xml: a Word document, not any zip. */
function isDocx(bytes: Uint8Array): boolean {
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return false;
  // Entry names are stored uncompressed in the local headers and the central directory.
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes('word/document.xml');
}

/** UTF-8 text without NUL bytes or other binary control characters. */
function isPlainText(bytes: Uint8Array): boolean {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return !/[\u0000-\u0008\u000E-\u001A\u001C-\u001F]/.test(text);
  } catch {
    return false;
  }
}

export function detectEvidenceType(bytes: Uint8Array): EvidenceType | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf'; // %PDF-
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (isDocx(bytes)) return 'docx';
  if (isPlainText(bytes)) return 'txt';
  return null;
}

/** The kind a file claims by its extension or declared type (null when it claims nothing known). */
export function claimedEvidenceType(fileName: string, declaredType: string): EvidenceType | null {
  const extension = fileName.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  const mime = declaredType.toLowerCase().split(';')[0]!.trim();
  for (const [kind, info] of Object.entries(EVIDENCE_TYPES) as [
    EvidenceType,
    (typeof EVIDENCE_TYPES)[EvidenceType],
  ][]) {
    if (extension && (info.extensions as readonly string[]).includes(extension)) return kind;
  }
  for (const [kind, info] of Object.entries(EVIDENCE_TYPES) as [
    EvidenceType,
    (typeof EVIDENCE_TYPES)[EvidenceType],
  ][]) {
    if (mime === info.mime) return kind;
  }
  return null;
}

/** A file name safe for a Content-Disposition header and any file system. */
export function safeFileName(name: string, kind: EvidenceType): string {
  const base = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\.[a-z0-9]+$/i, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 80);
  return `${base || 'evidence'}.${EVIDENCE_TYPES[kind].extensions[0]}`;
}
