// API tokens: shown once, stored only as a sha256 hash (a random 256-bit token needs no slow hash).
import crypto from 'node:crypto';

const PREFIX = 'ct_';

export function generateApiToken(): string {
  return `${PREFIX}${crypto.randomBytes(32).toString('base64url')}`;
}

export function hashApiToken(token: string): string {
  return crypto.createHash('sha256').update(token, 'utf8').digest('hex');
}
