// `npm run db:migrate | db:seed | db:reset` against the embedded database or DATABASE_URL.
import readline from 'node:readline/promises';
import pg from 'pg';
import { openDatabase } from './lib/ops/database';
import { applyMigrations } from './lib/ops/migrate';
import { prepareDatabase } from './lib/ops/prepare-database';
import { runMain, say } from './lib/cli';

async function confirmReset(): Promise<boolean> {
  if (process.argv.includes('--yes')) return true;
  if (!process.stdin.isTTY) {
    say('refusing to reset without a terminal; pass --yes to confirm');
    return false;
  }
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  const answer = await rl.question(
    'This deletes every commitment, update, user and audit row. Type "reset" to continue: ',
  );
  rl.close();
  return answer.trim() === 'reset';
}

runMain(async () => {
  const command = process.argv[2];
  if (command === 'migrate') {
    const database = await prepareDatabase(say, { seed: false });
    await database.stop();
  } else if (command === 'seed') {
    const database = await prepareDatabase(say);
    await database.stop();
  } else if (command === 'reset') {
    if (!(await confirmReset())) return;
    const database = await openDatabase(say);
    try {
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      say('dropping all tables…');
      await client.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
      await client.end();
      await applyMigrations(database.url, { log: say });
    } finally {
      await database.stop();
    }
    const seeded = await prepareDatabase(say);
    await seeded.stop();
  } else {
    throw new Error('usage: tsx scripts/db.ts migrate|seed|reset [--yes]');
  }
});
