// Decides whether the production build in .next is stale: a hash of everything that goes into it,
// stored beside the build. Cheap enough to run on every `npm start`.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from './ops/embedded-postgres';

const INPUTS = [
  'app',
  'components',
  'lib',
  'prisma/schema.prisma',
  'proxy.ts',
  'next.config.js',
  'package-lock.json',
  'tsconfig.json',
];
const SKIP = new Set(['node_modules', 'generated', 'ops']);
const DIST_DIR = path.join(PROJECT_ROOT, process.env.NEXT_DIST_DIR ?? '.next');
const STAMP_FILE = path.join(DIST_DIR, 'source-hash');

function addToHash(hash: crypto.Hash, target: string): void {
  if (!fs.existsSync(target)) return;
  const stat = fs.statSync(target);
  if (stat.isDirectory()) {
    for (const entry of fs.readdirSync(target).sort()) {
      if (!SKIP.has(entry)) addToHash(hash, path.join(target, entry));
    }
  } else {
    hash.update(path.relative(PROJECT_ROOT, target));
    hash.update(fs.readFileSync(target));
  }
}

export function sourceHash(): string {
  const hash = crypto.createHash('sha256');
  for (const input of INPUTS) addToHash(hash, path.join(PROJECT_ROOT, input));
  return hash.digest('hex');
}

export function buildIsCurrent(): boolean {
  if (!fs.existsSync(path.join(DIST_DIR, 'BUILD_ID'))) return false;
  return fs.existsSync(STAMP_FILE) && fs.readFileSync(STAMP_FILE, 'utf8') === sourceHash();
}

export function recordBuild(): void {
  fs.writeFileSync(STAMP_FILE, sourceHash());
}
