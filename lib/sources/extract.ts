// The text of an uploaded source file, extracted with kept libraries (never a hand-written
// parser): unpdf (pdf.js) for PDF, mammoth for DOCX, html-to-text for HTML; plain text must be
// UTF-8. The kind is read from the bytes, not from the name or the browser's claim.
import { convert } from 'html-to-text';
import mammoth from 'mammoth';
import { extractText, getDocumentProxy } from 'unpdf';

export const SOURCE_FILE_MAX_BYTES = 20 * 1024 * 1024;

export type SourceFileKind = 'pdf' | 'docx' | 'html' | 'txt';

export type Extracted =
  | { ok: true; kind: SourceFileKind; contentType: string; text: string }
  | { ok: false; error: 'unsupported' | 'encoding' | 'unreadable' | 'empty' | 'tooLarge' };

const CONTENT_TYPES: Record<SourceFileKind, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html',
  txt: 'text/plain',
};

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

/**
 * One paragraph per line, whatever the format (a PDF knows lines, a DOCX paragraphs): lines
 * trimmed, blank lines dropped, composed (NFC). So a PDF, a DOCX and a TXT of the same text agree.
 */
export function tidyExtractedText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n')
    .normalize('NFC');
}

export async function extractSourceText(bytes: Uint8Array, fileName: string): Promise<Extracted> {
  if (bytes.byteLength > SOURCE_FILE_MAX_BYTES) return { ok: false, error: 'tooLarge' };
  let kind: SourceFileKind;
  let text: string;
  try {
    if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) {
      kind = 'pdf';
      const pdf = await getDocumentProxy(new Uint8Array(bytes));
      const { text: pages } = await extractText(pdf, { mergePages: false });
      text = pages.join('\n\n');
    } else if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
      kind = 'docx';
      const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
      text = result.value;
    } else {
      // A NUL byte never occurs in text: an image or another binary format.
      if (bytes.includes(0)) return { ok: false, error: 'unsupported' };
      let decoded: string;
      try {
        decoded = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
      } catch {
        return { ok: false, error: 'encoding' };
      }
      const looksHtml = /\.html?$/i.test(fileName) || /^\s*(<!doctype html|<html[\s>])/i.test(decoded);
      kind = looksHtml ? 'html' : 'txt';
      text = looksHtml
        ? convert(decoded, {
            wordwrap: false,
            selectors: [
              { selector: 'a', options: { ignoreHref: true } },
              { selector: 'img', format: 'skip' },
              ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({
                selector,
                options: { uppercase: false },
              })),
            ],
          })
        : decoded;
    }
  } catch {
    return { ok: false, error: 'unreadable' };
  }
  const tidy = tidyExtractedText(text);
  if (tidy === '') return { ok: false, error: 'empty' };
  return { ok: true, kind, contentType: CONTENT_TYPES[kind], text: tidy };
}
