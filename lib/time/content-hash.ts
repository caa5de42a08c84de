// A short fingerprint of the figures a chart or export shows, printed in its footer or metadata,
// so a figure pasted into a briefing can be checked later against a fresh download of the same
// view: sha256 of the canonical JSON of the data, first 12 hex digits.
import crypto from 'node:crypto';

export function figuresHash(data: unknown): string {
  return crypto.createHash('sha256').update(JSON.stringify(data)).digest('hex').slice(0, 12);
}

/** figuresHash of an array fed in batches: JSON.stringify([a, b]) is `[` + a + `,` + b + `]`. */
export function figuresHasher() {
  const hash = crypto.createHash('sha256').update('[');
  let first = true;
  return {
    add(items: unknown[]) {
      for (const item of items) {
        hash.update(first ? JSON.stringify(item) : `,${JSON.stringify(item)}`);
        first = false;
      }
    },
    digest: () => hash.update(']').digest('hex').slice(0, 12),
  };
}
