// 20 editors submit the same version at once: exactly one wins, the rest get a conflict, and
// history and audit say exactly that. Repeated 20 times.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { STATUS_UPDATE_ACTION, updateCommitmentStatus } from '@/lib/commitments/update-status';
import type { Actor } from '@/lib/auth';
import { makeUser } from '../support/auth-fixtures';

const SLUG = 'english-second-language-2035';
const STATUSES = ['IN_PROGRESS', 'AT_RISK', 'STALLED', 'ACHIEVED'] as const;

describe('concurrent status updates', () => {
  let actors: Actor[];

  beforeAll(async () => {
    const users = await Promise.all(Array.from({ length: 4 }, () => makeUser(db)));
    actors = users.map((user) => ({
      kind: 'user',
      user: { id: user.id, email: user.email, name: user.name, role: user.role },
    }));
  });

  it('lets exactly one of 20 same-version writers through, 20 rounds in a row', async () => {
    const commitment = await db.commitment.findUniqueOrThrow({ where: { slug: SLUG } });
    for (let round = 0; round < 20; round += 1) {
      const before = await db.commitment.findUniqueOrThrow({ where: { id: commitment.id } });
      const historyBefore = await db.statusUpdate.count({ where: { commitmentId: commitment.id } });
      const auditBefore = await db.auditEvent.count({
        where: { action: STATUS_UPDATE_ACTION, targetId: SLUG },
      });

      const results = await Promise.all(
        Array.from({ length: 20 }, (_, writer) =>
          updateCommitmentStatus.run(
            {
              slug: SLUG,
              status: STATUSES[writer % STATUSES.length],
              progress: writer,
              reason: `round ${round}, writer ${writer}`,
              version: before.version,
            },
            { actor: actors[writer % actors.length]!, ip: null, via: 'api' },
          ),
        ),
      );

      const kinds = results.map((result) => result.kind);
      expect(kinds.filter((kind) => kind === 'ok')).toHaveLength(1);
      expect(kinds.filter((kind) => kind === 'conflict')).toHaveLength(19);
      const winner = results.findIndex((result) => result.kind === 'ok');

      const after = await db.commitment.findUniqueOrThrow({ where: { id: commitment.id } });
      expect(after.version).toBe(before.version + 1);
      expect(after.progress).toBe(winner);
      const history = await db.statusUpdate.findMany({
        where: { commitmentId: commitment.id, version: { gt: before.version } },
      });
      expect(history).toHaveLength(1);
      expect(history[0]!.reason).toBe(`round ${round}, writer ${winner}`);
      expect(await db.statusUpdate.count({ where: { commitmentId: commitment.id } })).toBe(historyBefore + 1);

      const audits = await db.auditEvent.findMany({
        where: { action: STATUS_UPDATE_ACTION, targetId: SLUG },
        orderBy: { id: 'asc' },
        skip: auditBefore,
      });
      expect(audits).toHaveLength(20);
      expect(audits.filter((event) => event.outcome === 'OK')).toHaveLength(1);
      expect(audits.filter((event) => event.outcome === 'CONFLICT')).toHaveLength(19);

      // Every loser is told the state that won.
      for (const result of results) {
        if (result.kind === 'conflict') expect(result.current.version).toBe(before.version + 1);
      }
    }
  });
});
