// Role × action matrix for content management: anonymous, editor, admin and disabled users
// against the commitment, citation and milestone server actions, called directly as a POST would
// call them (real session check; only the request's cookie jar is supplied here). Only the
// allowed cells change data, and every attempt leaves an audit row with its outcome.
process.env.NEXTAUTH_SECRET ??= 'integration-secret-not-for-production-0123456789';
import { beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('next/headers', async () => (await import('../support/next-request-mocks')).nextHeaders);
vi.mock('next/cache', async () => (await import('../support/next-request-mocks')).nextCache);

import { sessionJar as jar } from '../support/next-request-mocks';

import crypto from 'node:crypto';
import {
  addCitationAction,
  createCommitmentAction,
  editCitationAction,
  editCommitmentAction,
  removeCitationAction,
  setCommitmentArchivedAction,
} from '@/lib/actions/commitments';
import { saveMilestoneAction } from '@/lib/actions/milestones';
import { db } from '@/lib/db';
import { makeUser, sessionTokenFor } from '../support/auth-fixtures';
import { commitmentForm, contentOptions, freshCommitment } from '../support/content-fixtures';

type Who = 'anonymous' | 'editor' | 'admin' | 'disabled';
const WHO: Who[] = ['anonymous', 'editor', 'admin', 'disabled'];
const cookies: Record<Who, string | undefined> = {
  anonymous: undefined,
  editor: undefined,
  admin: undefined,
  disabled: undefined,
};

beforeAll(async () => {
  for (const who of ['editor', 'admin', 'disabled'] as const) {
    const user = await makeUser(db, { role: who === 'admin' ? 'ADMIN' : 'EDITOR' });
    cookies[who] = (await sessionTokenFor(db, user)).token;
    if (who === 'disabled') await db.user.update({ where: { id: user.id }, data: { disabled: true } });
  }
});

const form = (fields: Record<string, string | number>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, String(value));
  return data;
};
const idle = { kind: 'idle' as const, attempt: 0 };
const dataVersion = async () =>
  (await db.dataVersion.findUnique({ where: { scope: 'public' } }))?.version ?? 0;

/** Each run returns whether the data changed. */
const actions: { name: string; audit: string; allowed: Who[]; run: () => Promise<boolean> }[] = [
  {
    name: 'create a commitment',
    audit: 'commitment.create',
    allowed: ['admin'],
    async run() {
      const { agreement } = await contentOptions(db);
      const slug = `matrix-${crypto.randomBytes(4).toString('hex')}`;
      await createCommitmentAction(idle, commitmentForm({ slug, agreementId: String(agreement.id) }));
      return (await db.commitment.count({ where: { slug } })) === 1;
    },
  },
  {
    name: 'edit a commitment',
    audit: 'commitment.edit',
    allowed: ['admin'],
    async run() {
      const target = await freshCommitment(db);
      await editCommitmentAction(
        idle,
        commitmentForm({
          slug: target.slug,
          version: String(target.version),
          agreementId: String(target.agreementId),
          titleEn: 'Edited title',
        }),
      );
      const after = await db.commitment.findUniqueOrThrow({ where: { id: target.id } });
      return after.titleEn === 'Edited title' && after.version === target.version + 1;
    },
  },
  {
    name: 'archive a commitment',
    audit: 'commitment.archive',
    allowed: ['admin'],
    async run() {
      const target = await freshCommitment(db);
      await setCommitmentArchivedAction(form({ slug: target.slug, archive: 1 }));
      return (await db.commitment.findUniqueOrThrow({ where: { id: target.id } })).archivedAt !== null;
    },
  },
  {
    name: 'unarchive a commitment',
    audit: 'commitment.unarchive',
    allowed: ['admin'],
    async run() {
      const target = await freshCommitment(db, { archived: true });
      await setCommitmentArchivedAction(form({ slug: target.slug, archive: 0 }));
      return (await db.commitment.findUniqueOrThrow({ where: { id: target.id } })).archivedAt === null;
    },
  },
  {
    name: 'add a citation',
    audit: 'citation.add',
    allowed: ['admin'],
    async run() {
      const target = await freshCommitment(db);
      const { source } = await contentOptions(db);
      await addCitationAction(
        idle,
        form({ slug: target.slug, sourceId: source.id, quote: source.text.slice(100, 160) }),
      );
      return (await db.citation.count({ where: { commitmentId: target.id } })) === 2;
    },
  },
  {
    name: 'edit a citation',
    audit: 'citation.edit',
    allowed: ['admin'],
    async run() {
      const target = await freshCommitment(db);
      const { source } = await contentOptions(db);
      const quote = source.text.slice(100, 160).trim();
      await editCitationAction(
        idle,
        form({ slug: target.slug, citationId: target.citations[0]!.id, sourceId: source.id, quote }),
      );
      return (
        (await db.citation.findUniqueOrThrow({ where: { id: target.citations[0]!.id } })).quote === quote
      );
    },
  },
  {
    name: 'remove a citation',
    audit: 'citation.remove',
    allowed: ['admin'],
    async run() {
      const target = await freshCommitment(db);
      await removeCitationAction(form({ slug: target.slug, citationId: target.citations[0]!.id }));
      return (await db.citation.count({ where: { commitmentId: target.id } })) === 0;
    },
  },
  {
    name: 'add a milestone',
    audit: 'milestone.add',
    allowed: ['editor', 'admin'],
    async run() {
      const target = await freshCommitment(db);
      await saveMilestoneAction(
        idle,
        form({
          slug: target.slug,
          intent: 'add',
          titleEn: 'Second step',
          titleVi: 'Bước thứ hai',
          dueDate: '2027-06-30',
          doneDate: '',
        }),
      );
      return (await db.milestone.count({ where: { commitmentId: target.id } })) === 2;
    },
  },
  {
    name: 'edit a milestone',
    audit: 'milestone.edit',
    allowed: ['editor', 'admin'],
    async run() {
      const target = await freshCommitment(db);
      const milestone = target.milestones[0]!;
      await saveMilestoneAction(
        idle,
        form({
          slug: target.slug,
          milestoneId: milestone.id,
          intent: 'save',
          titleEn: 'Renamed',
          titleVi: 'Đổi tên',
          dueDate: '2028-01-31',
          doneDate: '',
        }),
      );
      return (await db.milestone.findUniqueOrThrow({ where: { id: milestone.id } })).titleEn === 'Renamed';
    },
  },
  {
    name: 'mark a milestone done',
    audit: 'milestone.done',
    allowed: ['editor', 'admin'],
    async run() {
      const target = await freshCommitment(db);
      const milestone = target.milestones[0]!;
      await saveMilestoneAction(
        idle,
        form({
          slug: target.slug,
          milestoneId: milestone.id,
          intent: 'done',
          titleEn: 'First step',
          titleVi: 'Bước đầu tiên',
          dueDate: '',
          doneDate: '2026-01-15',
        }),
      );
      const after = await db.milestone.findUniqueOrThrow({ where: { id: milestone.id } });
      return after.doneDate?.toISOString().slice(0, 10) === '2026-01-15';
    },
  },
  {
    name: 'remove a milestone',
    audit: 'milestone.remove',
    allowed: ['editor', 'admin'],
    async run() {
      const target = await freshCommitment(db);
      await saveMilestoneAction(
        idle,
        form({ slug: target.slug, milestoneId: target.milestones[0]!.id, intent: 'remove' }),
      );
      return (await db.milestone.count({ where: { commitmentId: target.id } })) === 0;
    },
  },
];

describe('content role × action matrix', () => {
  for (const action of actions) {
    for (const who of WHO) {
      const allowed = action.allowed.includes(who);
      it(`${action.name} — ${who} ${allowed ? 'changes data' : 'changes nothing'}`, async () => {
        jar.cookie = cookies[who];
        const versionBefore = await dataVersion();
        const lastAudit = (await db.auditEvent.aggregate({ _max: { id: true } }))._max.id ?? 0;
        expect(await action.run()).toBe(allowed);
        // Allowed writes bump the public data version (every instance's cache refreshes); refused ones do not.
        expect((await dataVersion()) > versionBefore).toBe(allowed);
        const audits = await db.auditEvent.findMany({ where: { id: { gt: lastAudit } } });
        expect(audits).toHaveLength(1);
        expect(audits[0]!.action).toBe(action.audit);
        expect(audits[0]!.outcome).toBe(allowed ? 'OK' : 'DENIED');
      });
    }
  }
});
