// Every server action and every route handler that writes goes through the one mutation pipeline
// (lib/mutations/define-mutation.ts): this reads the source and fails when one writes on its own —
// touching the database client, opening a transaction or writing audit rows itself.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

function filesUnder(dir: string, pattern: RegExp): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(relative, pattern));
    else if (pattern.test(entry.name)) out.push(relative);
  }
  return out;
}

const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');

/** Writing on one's own: the database client, a transaction, the audit log or the cache version. */
const DIRECT_WRITE = /from ['"](@\/lib|\.\.?)\/(db|audit)['"]|\$transaction|recordAudit\(|bumpDataVersion\(/;
/** Runs an operation defined with defineMutation (`someMutation.run(input, context)`). */
const RUNS_MUTATION = /\.run\(/;

/** Writes that are not an actor's change of data, each with why it stands apart. */
const EXEMPT: Record<string, string> = {
  // Sign-in is how an actor comes to exist: throttled and audited in lib/auth/sign-in.ts.
  'app/api/sign-in/route.ts': 'sign-in',
  // next-auth only reads sessions (and ends one on its own sign-out endpoint).
  'app/api/auth/[...nextauth]/route.ts': 'sessions',
};

const serverActionFiles = [...filesUnder('lib', /\.tsx?$/), ...filesUnder('app', /\.tsx?$/)].filter((file) =>
  /^\s*['"]use server['"]/.test(read(file)),
);
const writingRoutes = filesUnder('app', /^route\.ts$/).filter((file) =>
  /export\s+(async\s+)?(function|const)\s+(POST|PUT|PATCH|DELETE)\b/.test(read(file)),
);

describe('every write goes through the mutation pipeline', () => {
  it('finds the server actions and writing routes it checks', () => {
    expect(serverActionFiles.length).toBeGreaterThanOrEqual(5);
    expect(writingRoutes).toContain('app/api/commitments/[slug]/status/route.ts');
  });

  for (const file of [...serverActionFiles, ...writingRoutes]) {
    if (EXEMPT[file]) continue;
    it(`${file} only adapts: it runs mutations and writes nothing itself`, () => {
      const source = read(file);
      expect(source).not.toMatch(DIRECT_WRITE);
      expect(source).toMatch(RUNS_MUTATION);
    });
  }

  it('operations hold no HTTP or form code', () => {
    const operations = [
      'lib/commitments',
      'lib/citations',
      'lib/milestones',
      'lib/users',
      'lib/methodology',
      'lib/agreements',
      'lib/pillars',
      'lib/sources',
      'lib/import',
    ].flatMap((dir) => filesUnder(dir, /\.ts$/));
    expect(operations.length).toBeGreaterThan(5);
    for (const file of operations) {
      expect(read(file), file).not.toMatch(/from ['"]next\/|FormData|\bRequest\b|NextResponse/);
    }
  });
});
