// `npm run webhooks -- <command>`: manage webhooks from the shell, whether or not the app runs, on
// the embedded database or DATABASE_URL. Writes run the same operations as the admin page
// (lib/webhooks/add.ts, remove.ts), so they are validated and audited alike (actor "cli").
//   add --url U --secret S     (the URL must be http(s) and resolve to public addresses)
//   list                       (id, URL, deliveries per state; never the secret)
//   remove --id N              (its queued deliveries and log go with it)
import type { Actor } from '../lib/auth';
import { ConfigurationError } from './lib/ops/database';
import { prepareDatabase } from './lib/ops/prepare-database';
import { runMain, say } from './lib/cli';

const USAGE = `usage: npm run webhooks -- <command>
  add --url U --secret S
  list
  remove --id N`;

// Whoever can run this has the database itself: the CLI acts as an admin, audited as "cli".
const CLI_ACTOR: Actor = { kind: 'user', user: { id: 0, email: 'cli', name: 'cli', role: 'ADMIN' } };
const CLI_CONTEXT = { actor: CLI_ACTOR, ip: null, via: 'cli' as const };

function parseFlags(args: string[]): Record<string, string> {
  const flags: Record<string, string> = {};
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index]!;
    if (!arg.startsWith('--')) throw new ConfigurationError(`unexpected argument "${arg}"\n${USAGE}`);
    const value = args[index + 1];
    if (value === undefined || value.startsWith('--')) throw new ConfigurationError(`${arg} needs a value`);
    flags[arg.slice(2)] = value;
    index += 1;
  }
  return flags;
}

async function run(command: string, flags: Record<string, string>): Promise<void> {
  const { createTranslator } = await import('../lib/i18n/messages');
  const t = createTranslator('en');
  const explain = (errors: Record<string, string>) =>
    Object.entries(errors)
      .map(([field, key]) => `--${field}: ${t(key as Parameters<typeof t>[0])}`)
      .join('\n');
  switch (command) {
    case 'add': {
      const { addWebhook } = await import('../lib/webhooks/add');
      const result = await addWebhook.run({ url: flags.url, secret: flags.secret }, CLI_CONTEXT);
      if (result.kind === 'invalid') throw new ConfigurationError(explain(result.errors));
      if (result.kind !== 'ok') throw new Error(`not added (${result.kind})`);
      say(`added webhook ${result.value.id}: ${result.value.url} (the secret is stored and not shown again)`);
      return;
    }
    case 'list': {
      const { db } = await import('../lib/db');
      const webhooks = await db.webhook.findMany({ orderBy: { id: 'asc' }, select: { id: true, url: true } });
      if (webhooks.length === 0)
        return say('no webhooks; add one with: npm run webhooks -- add --url U --secret S');
      const counts = await db.webhookDelivery.groupBy({ by: ['webhookId', 'state'], _count: { _all: true } });
      for (const webhook of webhooks) {
        const of = (state: string) =>
          counts.find((row) => row.webhookId === webhook.id && row.state === state)?._count._all ?? 0;
        say(
          `${String(webhook.id).padStart(4)}  ${webhook.url}  (delivered ${of('DELIVERED')}, waiting ${of('PENDING')}, failed ${of('FAILED')})`,
        );
      }
      return;
    }
    case 'remove': {
      const { removeWebhook } = await import('../lib/webhooks/remove');
      const result = await removeWebhook.run({ webhookId: flags.id }, CLI_CONTEXT);
      if (result.kind === 'invalid' || result.kind === 'not-found')
        throw new ConfigurationError(`--id: no webhook with id ${flags.id ?? ''} (see \`list\`)`);
      if (result.kind !== 'ok') throw new Error(`not removed (${result.kind})`);
      say(`removed webhook ${result.value}`);
      return;
    }
    default:
      throw new ConfigurationError(USAGE);
  }
}

runMain(async () => {
  const [command = '', ...rest] = process.argv.slice(2);
  const flags = parseFlags(rest);
  if (!['add', 'list', 'remove'].includes(command)) throw new ConfigurationError(USAGE);
  const database = await prepareDatabase(() => {}, { seed: false });
  // lib/db reads DATABASE_URL when first used; the embedded server's URL is only known now.
  process.env.DATABASE_URL = database.url;
  try {
    await run(command, flags);
  } finally {
    const { db } = await import('../lib/db');
    await db.$disconnect();
    await database.stop();
  }
});
