// `npm start`: database (embedded unless DATABASE_URL) → migrations → seed → build if stale →
// `next start`. `npm run dev` does the same with `next dev`.
import { spawn, spawnSync } from 'node:child_process';
import net from 'node:net';
import { ConfigurationError } from './lib/ops/database';
import { NEXT_BIN, PROJECT_ROOT } from './lib/ops/paths';
import { prepareDatabase } from './lib/ops/prepare-database';
import { createPrismaClient } from '../lib/prisma-client';
import { buildIsCurrent, recordBuild } from './lib/build-stamp';
import { runMain, say } from './lib/cli';
import { localAuthSecret } from './lib/secrets';

const dev = process.argv.includes('--dev');
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';

function assertPortFree(portToCheck: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', () =>
      reject(new ConfigurationError(`port ${portToCheck} is in use; set PORT to a free port`)),
    );
    server.listen(portToCheck, host, () => server.close(() => resolve()));
  });
}

async function printFirstAdminHint(url: string): Promise<void> {
  const db = createPrismaClient(url);
  try {
    if ((await db.user.count({ where: { role: 'ADMIN' } })) === 0) {
      say('no admin yet — create one with:');
      say('  npm run users -- create --email you@example.org --name "Your Name" --role admin');
    }
  } finally {
    await db.$disconnect();
  }
}

runMain(async () => {
  if (!Number.isInteger(port) || port <= 0 || port > 65535) {
    throw new ConfigurationError(`PORT must be a number between 1 and 65535 (got ${process.env.PORT})`);
  }
  await assertPortFree(port);
  const database = await prepareDatabase(say);
  const appEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    PORT: String(port),
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? localAuthSecret(),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    NEXT_TELEMETRY_DISABLED: '1',
  };

  if (!dev && !buildIsCurrent()) {
    say('building the app (takes a minute the first time)…');
    const build = spawnSync(NEXT_BIN, ['build'], { cwd: PROJECT_ROOT, env: appEnv, stdio: 'inherit' });
    if (build.status !== 0) {
      await database.stop();
      throw new Error('the build failed (see the output above)');
    }
    recordBuild();
  }
  await printFirstAdminHint(database.url);

  const next = spawn(NEXT_BIN, [dev ? 'dev' : 'start', '-p', String(port), '-H', host], {
    cwd: PROJECT_ROOT,
    env: appEnv,
    stdio: ['inherit', 'pipe', 'inherit'],
    // Its own process group, so stopping kills Next's worker processes too.
    detached: true,
  });
  next.stdout.on('data', (chunk: Buffer) => {
    const text = chunk.toString();
    if (/Ready in|✓ Ready/.test(text)) say(`ready on http://localhost:${port}`);
    else process.stdout.write(text);
  });

  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (next.pid) {
      try {
        process.kill(-next.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
    await database.stop().catch(() => {});
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  next.on('exit', (code) => void stop(code ?? 0));
});
