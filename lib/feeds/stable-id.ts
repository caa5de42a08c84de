// Stable identifiers for feed entries and calendar events: a name-based UUID (RFC 4122 version 5,
// SHA-1) of a fixed namespace and a name such as "assessment:42". The same row always gets the
// same id, whatever host the tracker is served from.
import crypto from 'node:crypto';

// Generated once for this tracker; never change it, or every reader sees every entry as new.
const NAMESPACE = Buffer.from('6c1f3b0e8d2a4f7e9b5c1a2d3e4f5a6b', 'hex');

export function stableUuid(name: string): string {
  const hash = crypto.createHash('sha1').update(NAMESPACE).update(name, 'utf8').digest();
  const bytes = Buffer.from(hash.subarray(0, 16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
