// Role × action matrix: anonymous, editor, admin and disabled users against every write path —
// the JSON API (session cookie and API token) and the server actions called directly as a POST
// would call them (with the real session check; only the request's cookie jar is supplied here).
process.env.NEXTAUTH_SECRET ??= 'integration-secret-not-for-production-0123456789';
import { beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('next/headers', async () => (await import('../support/next-request-mocks')).nextHeaders);
vi.mock('next/cache', async () => (await import('../support/next-request-mocks')).nextCache);

import { sessionJar as jar } from '../support/next-request-mocks';

import { PATCH } from '@/app/api/commitments/[slug]/status/route';
import { updateCommitmentStatus } from '@/lib/actions/status-update';
import { changeUserAction, createUserAction } from '@/lib/actions/users';
import { db } from '@/lib/db';
import { apiTokenFor, makeUser, SESSION_COOKIE, sessionTokenFor } from '../support/auth-fixtures';

const SLUG = 'english-second-language-2035';
type Who = 'anonymous' | 'editor' | 'admin' | 'disabled';
const WHO: Who[] = ['anonymous', 'editor', 'admin', 'disabled'];
const credentials: Record<Who, { cookie?: string; token?: string }> = {
  anonymous: {},
  editor: {},
  admin: {},
  disabled: {},
};

async function version() {
  return (await db.commitment.findUniqueOrThrow({ where: { slug: SLUG } })).version;
}

beforeAll(async () => {
  for (const who of ['editor', 'admin', 'disabled'] as const) {
    const user = await makeUser(db, { role: who === 'admin' ? 'ADMIN' : 'EDITOR' });
    credentials[who] = {
      cookie: (await sessionTokenFor(db, user)).token,
      token: await apiTokenFor(db, user.id),
    };
    // Disabled after signing in and after getting a token: both must stop working at once.
    if (who === 'disabled') await db.user.update({ where: { id: user.id }, data: { disabled: true } });
  }
});

const statusBody = async () => ({
  status: 'AT_RISK',
  progress: 30,
  reason: 'Matrix check',
  version: await version(),
});

const actions: { name: string; allowed: Who[]; run: (who: Who) => Promise<boolean> }[] = [
  {
    name: 'PATCH status with the session cookie',
    allowed: ['editor', 'admin'],
    async run(who) {
      const before = await version();
      const cookie = credentials[who].cookie;
      const response = await PATCH(
        new Request(`http://localhost/api/commitments/${SLUG}/status`, {
          method: 'PATCH',
          headers: {
            'content-type': 'application/json',
            ...(cookie ? { cookie: `${SESSION_COOKIE}=${cookie}` } : {}),
          },
          body: JSON.stringify(await statusBody()),
        }),
        { params: Promise.resolve({ slug: SLUG }) },
      );
      expect(response.status).toBe(who === 'anonymous' ? 401 : who === 'disabled' ? 403 : 200);
      return (await version()) !== before;
    },
  },
  {
    name: 'PATCH status with an API token',
    allowed: ['editor', 'admin'],
    async run(who) {
      const before = await version();
      const token = credentials[who].token;
      const response = await PATCH(
        new Request(`http://localhost/api/commitments/${SLUG}/status`, {
          method: 'PATCH',
          headers: {
            'content-type': 'application/json',
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
          body: JSON.stringify(await statusBody()),
        }),
        { params: Promise.resolve({ slug: SLUG }) },
      );
      expect(response.status).toBe(who === 'anonymous' ? 401 : who === 'disabled' ? 403 : 200);
      return (await version()) !== before;
    },
  },
  {
    name: 'server action: update status',
    allowed: ['editor', 'admin'],
    async run(who) {
      const before = await version();
      jar.cookie = credentials[who].cookie;
      const form = new FormData();
      for (const [key, value] of Object.entries({ slug: SLUG, ...(await statusBody()) }))
        form.set(key, String(value));
      const state = await updateCommitmentStatus({ kind: 'idle', attempt: 0 }, form);
      expect(state.kind).toBe(
        who === 'anonymous' ? 'unauthenticated' : who === 'disabled' ? 'forbidden' : 'ok',
      );
      return (await version()) !== before;
    },
  },
  {
    name: 'server action: create user',
    allowed: ['admin'],
    async run(who) {
      const before = await db.user.count();
      jar.cookie = credentials[who].cookie;
      const form = new FormData();
      form.set('email', `new-${who}-${Date.now()}@example.org`);
      form.set('name', 'New Person');
      form.set('role', 'ADMIN');
      form.set('password', 'quiet-meadow-compass-77');
      await createUserAction({ kind: 'idle' }, form);
      return (await db.user.count()) !== before;
    },
  },
  {
    name: 'server action: disable a user',
    allowed: ['admin'],
    async run(who) {
      const victim = await makeUser(db);
      jar.cookie = credentials[who].cookie;
      const form = new FormData();
      form.set('userId', String(victim.id));
      form.set('change', 'disable');
      await changeUserAction(form);
      return (await db.user.findUniqueOrThrow({ where: { id: victim.id } })).disabled;
    },
  },
];

describe('role × action matrix', () => {
  for (const action of actions) {
    for (const who of WHO) {
      const allowed = action.allowed.includes(who);
      it(`${action.name} — ${who} ${allowed ? 'changes data' : 'changes nothing'}`, async () => {
        expect(await action.run(who)).toBe(allowed);
        const audit = await db.auditEvent.findFirstOrThrow({ orderBy: { id: 'desc' } });
        expect(audit.outcome).toBe(allowed ? 'OK' : 'DENIED');
      });
    }
  }
});
