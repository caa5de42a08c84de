// `npm run users -- <command>`: manage editor and admin accounts from the shell, whether or not the
// app is running, on the embedded database or DATABASE_URL.
//   create --email E --name N --role editor|admin   (password from stdin; typed hidden on a terminal)
//   disable --email E | enable --email E | role --email E --role editor|admin
//   list
//   token --email E [--name N] [--days D]           (prints a new API token once; only its hash is kept)
//   tokens --email E | revoke-token --id N          (list a user's tokens; revoke one for good)
//   unlock --email E                                (lifts the sign-in lock after failed attempts)
import readline from 'node:readline';
import { recordAudit } from '../lib/audit';
import { AccountExistsError, createAccount, unlockAccount } from '../lib/auth/accounts';
import { passwordProblem, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../lib/auth/password';
import { revokeAllSessions } from '../lib/auth/sessions';
import { normalizeEmail } from '../lib/auth/sign-in';
import {
  API_TOKEN_DEFAULT_DAYS,
  API_TOKEN_MAX_DAYS,
  createApiToken,
  listApiTokens,
  revokeAllApiTokens,
  revokeApiToken,
} from '../lib/auth/tokens';
import { ConfigurationError } from './lib/ops/database';
import { prepareDatabase } from './lib/ops/prepare-database';
import { createPrismaClient, type Db } from '../lib/prisma-client';
import { runMain, say } from './lib/cli';

const USAGE = `usage: npm run users -- <command>
  create --email E --name N --role editor|admin   (password read from stdin)
  disable --email E
  enable --email E
  role --email E --role editor|admin
  list
  token --email E [--name N] [--days D]   (default ${API_TOKEN_DEFAULT_DAYS} days)
  tokens --email E
  revoke-token --id N
  unlock --email E`;

const CLI_ACTOR = { id: null, label: 'cli' };

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

function need(flags: Record<string, string>, name: string): string {
  const value = flags[name]?.trim();
  if (!value) throw new ConfigurationError(`--${name} is required\n${USAGE}`);
  return value;
}

function parseRole(value: string): 'EDITOR' | 'ADMIN' {
  const role = value.toLowerCase();
  if (role !== 'editor' && role !== 'admin') throw new ConfigurationError('--role must be editor or admin');
  return role === 'admin' ? 'ADMIN' : 'EDITOR';
}

function parseEmail(value: string): string {
  const email = normalizeEmail(value);
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) || email.length > 320) {
    throw new ConfigurationError(`"${value}" is not an email address`);
  }
  return email;
}

/** One line from stdin: hidden when typed at a terminal, otherwise piped (`echo … | npm run users`). */
async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
  }
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  process.stdout.write('password (not shown): ');
  const writeOutput = rl as unknown as { _writeToOutput: (text: string) => void };
  writeOutput._writeToOutput = () => {};
  const answer = await new Promise<string>((resolve) => rl.question('', resolve));
  rl.close();
  process.stdout.write('\n');
  return answer;
}

async function findUser(db: Db, email: string) {
  const user = await db.user.findUnique({ where: { email } });
  if (!user) throw new ConfigurationError(`no user with email ${email}`);
  return user;
}

async function run(db: Db, command: string, flags: Record<string, string>): Promise<void> {
  switch (command) {
    case 'create': {
      const email = parseEmail(need(flags, 'email'));
      const name = need(flags, 'name').slice(0, 200);
      const role = parseRole(need(flags, 'role'));
      if (await db.user.findUnique({ where: { email } }))
        throw new ConfigurationError(`${email} already exists`);
      const password = await readPassword();
      const problem = passwordProblem(password);
      if (problem === 'tooShort')
        throw new ConfigurationError(`the password needs at least ${PASSWORD_MIN_LENGTH} characters`);
      if (problem === 'tooLong')
        throw new ConfigurationError(`the password may have at most ${PASSWORD_MAX_LENGTH} characters`);
      if (problem === 'common') throw new ConfigurationError('that password is too common; choose another');
      // The check above is for a quick answer; two creations at once are settled by the unique index.
      const user = await createAccount(db, { email, name, role, password }).catch((error: unknown) => {
        throw error instanceof AccountExistsError ? new ConfigurationError(error.message) : error;
      });
      await recordAudit(db, {
        actor: CLI_ACTOR,
        action: 'user.create',
        targetType: 'user',
        targetId: user.id,
        outcome: 'OK',
        details: { email, role },
      });
      say(`created ${role.toLowerCase()} ${email} (id ${user.id})`);
      return;
    }
    case 'disable':
    case 'enable': {
      const user = await findUser(db, parseEmail(need(flags, 'email')));
      // Disabling also revokes every API token for good: enabling again does not bring them back.
      const revokedTokens = await db.$transaction(async (tx) => {
        await tx.user.update({ where: { id: user.id }, data: { disabled: command === 'disable' } });
        if (command !== 'disable') return 0;
        await revokeAllSessions(tx, user.id);
        return revokeAllApiTokens(tx, user.id);
      });
      await recordAudit(db, {
        actor: CLI_ACTOR,
        action: `user.${command}`,
        targetType: 'user',
        targetId: user.id,
        outcome: 'OK',
        details: command === 'disable' ? { revokedTokens } : undefined,
      });
      say(
        `${command}d ${user.email}${command === 'disable' ? ` (signed out everywhere, ${revokedTokens} API token(s) revoked)` : ''}`,
      );
      return;
    }
    case 'role': {
      const user = await findUser(db, parseEmail(need(flags, 'email')));
      const role = parseRole(need(flags, 'role'));
      await db.user.update({ where: { id: user.id }, data: { role } });
      await revokeAllSessions(db, user.id);
      await recordAudit(db, {
        actor: CLI_ACTOR,
        action: 'user.role',
        targetType: 'user',
        targetId: user.id,
        outcome: 'OK',
        details: { role },
      });
      say(`${user.email} is now ${role.toLowerCase()} (signed out everywhere)`);
      return;
    }
    case 'list': {
      const users = await db.user.findMany({ orderBy: { id: 'asc' } });
      if (users.length === 0) {
        say('no users yet; create one with: npm run users -- create --email E --name N --role admin');
        return;
      }
      for (const user of users) {
        say(
          [
            String(user.id).padStart(4),
            user.email.padEnd(32),
            user.role.toLowerCase().padEnd(6),
            user.disabled ? 'disabled' : 'active  ',
            user.name,
          ].join('  '),
        );
      }
      return;
    }
    case 'token': {
      const user = await findUser(db, parseEmail(need(flags, 'email')));
      if (user.disabled) throw new ConfigurationError(`${user.email} is disabled`);
      const days = flags.days === undefined ? API_TOKEN_DEFAULT_DAYS : Number(flags.days);
      if (!Number.isInteger(days) || days < 1 || days > API_TOKEN_MAX_DAYS) {
        throw new ConfigurationError(`--days must be a whole number from 1 to ${API_TOKEN_MAX_DAYS}`);
      }
      // --label was this flag's name before tokens had names; still accepted.
      const created = await createApiToken(db, user.id, { name: flags.name ?? flags.label, days });
      await recordAudit(db, {
        actor: CLI_ACTOR,
        action: 'token.create',
        targetType: 'user',
        targetId: user.id,
        outcome: 'OK',
        details: { tokenId: created.id, expiresAt: created.expiresAt.toISOString() },
      });
      process.stderr.write(
        `new API token ${created.id} for ${user.email}, valid until ${created.expiresAt.toISOString()} (shown once; only its hash is stored):\n`,
      );
      say(created.token);
      return;
    }
    case 'tokens': {
      const user = await findUser(db, parseEmail(need(flags, 'email')));
      const tokens = await listApiTokens(db, user.id);
      if (tokens.length === 0) {
        say(`${user.email} has no API tokens`);
        return;
      }
      const day = (date: Date | null) => (date ? date.toISOString().slice(0, 16).replace('T', ' ') : '-');
      say(
        [
          'id'.padStart(5),
          'name'.padEnd(24),
          'created'.padEnd(16),
          'expires'.padEnd(16),
          'last used'.padEnd(16),
          'revoked',
        ].join('  '),
      );
      for (const token of tokens) {
        say(
          [
            String(token.id).padStart(5),
            (token.name || '-').slice(0, 24).padEnd(24),
            day(token.createdAt).padEnd(16),
            day(token.expiresAt).padEnd(16),
            day(token.lastUsedAt).padEnd(16),
            day(token.revokedAt),
          ].join('  '),
        );
      }
      return;
    }
    case 'revoke-token': {
      const id = Number(need(flags, 'id'));
      if (!Number.isSafeInteger(id) || id < 1)
        throw new ConfigurationError('--id must be a token id (see `tokens`)');
      const token = await db.apiToken.findUnique({ where: { id }, select: { userId: true } });
      if (!token) throw new ConfigurationError(`no API token with id ${id}`);
      const revoked = await revokeApiToken(db, id);
      await recordAudit(db, {
        actor: CLI_ACTOR,
        action: 'token.revoke',
        targetType: 'user',
        targetId: token.userId,
        outcome: 'OK',
        details: { tokenId: id },
      });
      say(revoked ? `revoked API token ${id}` : `API token ${id} was already revoked`);
      return;
    }
    case 'unlock': {
      const email = parseEmail(need(flags, 'email'));
      const cleared = await unlockAccount(db, email);
      await recordAudit(db, {
        actor: CLI_ACTOR,
        action: 'user.unlock',
        targetType: 'user',
        targetId: email,
        outcome: 'OK',
        details: { clearedFailures: cleared },
      });
      say(`unlocked ${email} (${cleared} failed attempt(s) no longer count)`);
      return;
    }
    default:
      throw new ConfigurationError(`unknown command "${command}"\n${USAGE}`);
  }
}

runMain(async () => {
  const [command, ...rest] = process.argv.slice(2);
  if (!command || command === '--help' || command === 'help') {
    say(USAGE);
    return;
  }
  if (
    !['create', 'disable', 'enable', 'role', 'list', 'token', 'tokens', 'revoke-token', 'unlock'].includes(
      command,
    )
  ) {
    throw new ConfigurationError(`unknown command "${command}"\n${USAGE}`);
  }
  const flags = parseFlags(rest);
  // Progress lines go to stderr so `users -- token` prints only the token on stdout.
  const database = await prepareDatabase((line) => process.stderr.write(`${line}\n`), { seed: false });
  const db = createPrismaClient(database.url);
  try {
    await run(db, command, flags);
  } finally {
    await db.$disconnect();
    await database.stop();
  }
});
