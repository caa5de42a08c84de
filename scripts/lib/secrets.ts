// A local NEXTAUTH_SECRET for zero-configuration runs, generated once and kept in .data so
// sessions survive restarts. Production deployments set NEXTAUTH_SECRET themselves.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from './ops/embedded-postgres';

export function localAuthSecret(): string {
  const file = path.join(PROJECT_ROOT, '.data', 'nextauth-secret');
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const secret = crypto.randomBytes(32).toString('base64url');
  fs.writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
