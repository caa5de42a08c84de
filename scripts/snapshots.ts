// `npm run snapshots -- <command>`: snapshots from the shell, whether or not the app is running.
//   create --name "Q1 2026 briefing"   (freezes what has been recorded until now; prints its slug)
//   list
import { recordAudit } from '../lib/audit';
import { insertSnapshot } from '../lib/snapshots/insert';
import { snapshotNameSchema } from '../lib/validation/snapshot';
import { ConfigurationError } from './lib/ops/database';
import { prepareDatabase } from './lib/ops/prepare-database';
import { createPrismaClient, type Db } from '../lib/prisma-client';
import { runMain, say } from './lib/cli';

const USAGE = `usage: npm run snapshots -- <command>
  create --name N   (freezes what has been recorded until now)
  list`;

function nameFrom(args: string[]): string {
  const index = args.indexOf('--name');
  const parsed = snapshotNameSchema.safeParse(index >= 0 ? args[index + 1] : undefined);
  if (!parsed.success) throw new ConfigurationError(`--name: 1 to 120 characters of plain text\n${USAGE}`);
  return parsed.data;
}

async function run(db: Db, command: string, args: string[]) {
  if (command === 'list') {
    const rows = await db.snapshot.findMany({ orderBy: [{ takenAt: 'asc' }, { id: 'asc' }] });
    for (const row of rows) {
      say(`${row.slug}\t${row.asOf.toISOString().slice(0, 10)}\t${row.takenAt.toISOString()}\t${row.name}`);
    }
    if (rows.length === 0) say('no snapshots');
    return;
  }
  const name = nameFrom(args);
  const snapshot = await db.$transaction(async (tx) => {
    const created = await insertSnapshot(tx, { name, createdById: null, createdByName: 'command line' });
    await recordAudit(tx, {
      actor: { id: null, label: 'cli' },
      action: 'snapshot.create',
      targetType: 'snapshot',
      targetId: created.id,
      outcome: 'OK',
      details: { slug: created.slug, name, takenAt: created.takenAt.toISOString() },
    });
    // Public data changed (the snapshot list): every instance's caches follow, as after any write.
    await tx.dataVersion.upsert({
      where: { scope: 'public' },
      create: { scope: 'public', version: 1 },
      update: { version: { increment: 1 }, updatedAt: new Date() },
    });
    return created;
  });
  say(
    `created snapshot ${snapshot.slug} (as recorded at ${snapshot.takenAt.toISOString()}): ?snapshot=${snapshot.slug}`,
  );
}

runMain(async () => {
  const [command, ...rest] = process.argv.slice(2);
  if (!command || command === '--help' || command === 'help') {
    say(USAGE);
    return;
  }
  if (command !== 'create' && command !== 'list')
    throw new ConfigurationError(`unknown command "${command}"\n${USAGE}`);
  const database = await prepareDatabase((line) => process.stderr.write(`${line}\n`), { seed: false });
  const db = createPrismaClient(database.url);
  try {
    await run(db, command, rest);
  } finally {
    await db.$disconnect();
    await database.stop();
  }
});
