// An update that dies mid-transaction — an error in its last statement, or its connection killed
// while the transaction is open — leaves no half-written state: the commitment row, its history,
// the audit log and the public data version still agree.
import pg from 'pg';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { updateCommitmentStatus } from '@/lib/commitments/update-status';
import type { Actor } from '@/lib/auth';
import { db } from '@/lib/db';
import { makeUser } from '../support/auth-fixtures';

const SLUG = 'jetp-implementation-support';
let actor: Actor;

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function state() {
  const commitment = await db.commitment.findUniqueOrThrow({
    where: { slug: SLUG },
    select: { id: true, status: true, progress: true, version: true, updatedAt: true },
  });
  return {
    commitment,
    history: await db.statusUpdate.count({ where: { commitmentId: commitment.id } }),
    okAudits: await db.auditEvent.count({ where: { targetId: SLUG, outcome: 'OK' } }),
    dataVersion: (await db.dataVersion.findUniqueOrThrow({ where: { scope: 'public' } })).version,
  };
}

beforeAll(async () => {
  const user = await makeUser(db, { role: 'EDITOR', name: 'Interrupted Editor' });
  actor = { kind: 'user', user: { id: user.id, email: user.email, name: user.name, role: user.role } };
});

afterEach(async () => {
  await admin((client) =>
    client.query(
      'DROP TRIGGER IF EXISTS sabotage ON "AuditEvent"; DROP FUNCTION IF EXISTS sabotage_audit();',
    ),
  );
});

describe('an update interrupted mid-transaction', () => {
  it('rolls back everything when its last statement fails', async () => {
    const before = await state();
    // The successful-update audit row is written last inside the transaction: make it fail.
    await admin((client) =>
      client.query(`
        CREATE FUNCTION sabotage_audit() RETURNS trigger AS $$
        BEGIN
          IF NEW.outcome = 'OK' THEN RAISE EXCEPTION 'disk full (simulated)'; END IF;
          RETURN NEW;
        END $$ LANGUAGE plpgsql;
        CREATE TRIGGER sabotage BEFORE INSERT ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION sabotage_audit();`),
    );

    await expect(
      updateCommitmentStatus.run(
        {
          slug: SLUG,
          status: 'ACHIEVED',
          progress: 100,
          reason: 'Should not stick',
          version: before.commitment.version,
        },
        { actor, ip: null, via: 'api' },
      ),
    ).rejects.toThrow();

    expect(await state()).toEqual(before);
  });

  it('rolls back everything when its connection is killed while the transaction is open', async () => {
    const before = await state();
    await admin((client) =>
      client.query(`
        CREATE FUNCTION sabotage_audit() RETURNS trigger AS $$
        BEGIN
          IF NEW.outcome = 'OK' THEN PERFORM pg_sleep(5); END IF;
          RETURN NEW;
        END $$ LANGUAGE plpgsql;
        CREATE TRIGGER sabotage BEFORE INSERT ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION sabotage_audit();`),
    );

    const update = updateCommitmentStatus.run(
      {
        slug: SLUG,
        status: 'STALLED',
        progress: 10,
        reason: 'Connection will die',
        version: before.commitment.version,
      },
      { actor, ip: null, via: 'api' },
    );
    // A lost connection is reported as "unavailable, nothing saved" (or thrown): never as saved.
    const outcome = update.then(
      (result) => (result.kind === 'ok' ? 'saved' : 'failed'),
      () => 'failed',
    );
    // Wait until the transaction has written the commitment row and is asleep in the audit insert,
    // then kill its backend, as a crashed app server or a network cut would.
    const killed = await admin(async (client) => {
      for (let attempt = 0; attempt < 100; attempt += 1) {
        const { rows } = await client.query<{ pid: number }>(
          `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND wait_event = 'PgSleep'`,
        );
        if (rows.length > 0) {
          await client.query('SELECT pg_terminate_backend($1)', [rows[0]!.pid]);
          return true;
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return false;
    });
    expect(killed).toBe(true);
    expect(await outcome).toBe('failed');

    expect(await state()).toEqual(before);
  });
});
