// `npm run import -- <file.csv|file.xlsx> [--dry-run] [--as admin@example.org]`: imports a
// commitments export or an assessments file, on the embedded database or DATABASE_URL. It prints
// every row's outcome (created / updated / unchanged / error, with each problem by cell) and then
// applies the whole file in one transaction, or nothing when any row has an error. The same code
// as the admin page (/admin/import): lib/import/*, through the `import` mutation (audited).
import fs from 'node:fs';
import path from 'node:path';
import { IMPORT_MAX_BYTES } from '../lib/import/limits';
import { runMain, say } from './lib/cli';
import { ConfigurationError } from './lib/ops/database';
import { prepareDatabase } from './lib/ops/prepare-database';

const USAGE = 'usage: npm run import -- <file.csv|file.xlsx> [--dry-run] [--as ADMIN_EMAIL]';

function parseArgs(args: string[]) {
  let file: string | undefined;
  let dryRun = false;
  let as: string | undefined;
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index]!;
    if (arg === '--dry-run') dryRun = true;
    else if (arg === '--as') as = args[++index];
    else if (arg.startsWith('--') || file)
      throw new ConfigurationError(`unexpected argument "${arg}"\n${USAGE}`);
    else file = arg;
  }
  if (!file) throw new ConfigurationError(USAGE);
  return { file, dryRun, as };
}

async function main() {
  const { file, dryRun, as } = parseArgs(process.argv.slice(2));
  // The size first: a file over the limit is refused before a byte of it is read.
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat?.isFile()) throw new ConfigurationError(`no file at ${file}`);
  if (stat.size > IMPORT_MAX_BYTES) {
    throw new ConfigurationError(
      `${file} is ${(stat.size / 1024 / 1024).toFixed(1)} MB; at most ${IMPORT_MAX_BYTES / 1024 / 1024} MB can be imported at once: split it`,
    );
  }
  const database = await prepareDatabase(say, { seed: false });
  process.env.DATABASE_URL = database.url;
  // A batch job: its statements may take longer than a page's.
  process.env.DATABASE_QUERY_TIMEOUT_MS ??= '60000';
  const [{ db }, { planImport }, { importFile }, { createTranslator }] = await Promise.all([
    import('../lib/db'),
    import('../lib/import/plan'),
    import('../lib/import/import-file'),
    import('../lib/i18n/messages'),
  ]);
  const t = createTranslator('en');
  try {
    const bytes = new Uint8Array(fs.readFileSync(file));
    const fileName = path.basename(file);
    const plan = await planImport(db, bytes, fileName);
    if (!plan.ok) throw new ConfigurationError(`${fileName}: ${t(plan.problem.key, plan.problem.values)}`);
    say(
      `${fileName}: ${plan.kind === 'commitments' ? `commitments export (${plan.language})` : 'assessments file'}`,
    );
    for (const row of plan.rows) {
      say(`row ${row.row}\t${row.slug || '-'}\t${row.outcome}`);
      for (const problem of row.problems) say(`    ${problem.column}: ${t(problem.key, problem.values)}`);
    }
    const { created, updated, unchanged, error } = plan.counts;
    say(
      `${plan.rows.length} rows: ${created} to create, ${updated} to update, ${unchanged} unchanged, ${error} with errors`,
    );
    if (error > 0) throw new ConfigurationError(`${error} rows have errors: nothing was imported`);
    if (dryRun) return say('dry run: nothing was written');

    const admins = await db.user.findMany({
      where: { role: 'ADMIN', disabled: false, ...(as ? { email: as.trim().toLowerCase() } : {}) },
      select: { id: true, email: true, name: true, role: true },
    });
    if (admins.length !== 1) {
      throw new ConfigurationError(
        as ? `no active admin account ${as}` : 'name the admin the import is made as: --as ADMIN_EMAIL',
      );
    }
    const started = Date.now();
    const result = await importFile.run(
      { fileName, bytes },
      { actor: { kind: 'user', user: admins[0]! }, ip: null, via: 'cli' },
    );
    if (result.kind === 'ok') {
      const counts = result.value.counts;
      say(
        `imported in ${((Date.now() - started) / 1000).toFixed(1)} s: ${counts.created} created, ${counts.updated} updated, ${counts.unchanged} unchanged`,
      );
    } else if (result.kind === 'conflict') {
      throw new ConfigurationError('a commitment changed meanwhile: nothing was imported; run it again');
    } else {
      throw new ConfigurationError(`nothing was imported (${result.kind})`);
    }
  } finally {
    await db.$disconnect();
    await database.stop();
  }
}

runMain(main);
