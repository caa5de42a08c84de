// The status-update operation, used by the editor form's server action and by
// PATCH /api/commitments/[slug]/status: auth → zod → one transaction guarded by the version the
// editor started from. A failed attempt (denied, invalid, conflict) is audited outside the
// transaction, so the audit row survives the rollback.
import 'server-only';
import { recordAudit } from '../audit';
import { authorize, actorLabel, AuthError, type Actor } from '../auth';
import { bumpDataVersion } from '../cache/public-cache';
import { db } from '../db';
import type { CommitmentStatus } from '../generated/prisma/enums';
import {
  fieldErrorsOf,
  statusUpdateSchema,
  type FieldErrors,
  type StatusUpdateInput,
} from '../validation/status-update';

export const STATUS_UPDATE_ACTION = 'commitment.status.update';

export interface CommitmentState {
  slug: string;
  /** Only numeric-target commitments take a current value. */
  numeric: boolean;
  unit: string | null;
  version: number;
  status: CommitmentStatus;
  progress: number | null;
  value: number | null;
  /** The saved change that produced this version (what "the other person" did). */
  lastUpdate: {
    authorName: string;
    toStatus: CommitmentStatus;
    progress: number | null;
    value: number | null;
    reason: string;
    evidenceUrl: string | null;
    createdAt: string;
  } | null;
}

export type StatusUpdateResult =
  | { kind: 'ok'; state: CommitmentState }
  | { kind: 'unauthenticated' }
  | { kind: 'forbidden' }
  | { kind: 'not-found' }
  | { kind: 'invalid'; errors: FieldErrors }
  | { kind: 'conflict'; current: CommitmentState; submitted: StatusUpdateInput };

class VersionConflict extends Error {}

export async function readCommitmentState(slug: string): Promise<CommitmentState | null> {
  const row = await db.commitment.findFirst({
    where: { slug, archivedAt: null },
    select: {
      slug: true,
      kind: true,
      metricUnit: true,
      version: true,
      status: true,
      progress: true,
      currentValue: true,
      updates: {
        orderBy: { version: 'desc' },
        take: 1,
        select: {
          authorName: true,
          toStatus: true,
          progress: true,
          value: true,
          reason: true,
          evidenceUrl: true,
          createdAt: true,
        },
      },
    },
  });
  if (!row) return null;
  const last = row.updates[0];
  return {
    slug: row.slug,
    numeric: row.kind === 'NUMERIC_TARGET',
    unit: row.metricUnit,
    version: row.version,
    status: row.status,
    progress: row.progress,
    value: row.currentValue,
    lastUpdate: last ? { ...last, createdAt: last.createdAt.toISOString() } : null,
  };
}

export async function recordStatusUpdate(
  actor: Actor,
  slug: string,
  input: unknown,
  meta: { ip?: string | null; via: 'form' | 'api' },
): Promise<StatusUpdateResult> {
  const who = actorLabel(actor);
  const audit = (outcome: 'OK' | 'DENIED' | 'CONFLICT' | 'INVALID', details: Record<string, unknown>) =>
    recordAudit(db, {
      actor: who,
      action: STATUS_UPDATE_ACTION,
      targetType: 'commitment',
      targetId: slug.slice(0, 200),
      outcome,
      details: { via: meta.via, ...details } as never,
      ip: meta.ip,
    });

  let user;
  try {
    user = authorize(actor, 'editor');
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    await audit('DENIED', { reason: error.status === 401 ? 'no-credentials' : 'not-allowed' });
    return error.status === 401 ? { kind: 'unauthenticated' } : { kind: 'forbidden' };
  }

  const parsed = statusUpdateSchema.safeParse(input);
  if (!parsed.success) {
    const errors = fieldErrorsOf(parsed.error);
    await audit('INVALID', { fields: Object.keys(errors) });
    return { kind: 'invalid', errors };
  }
  const data = parsed.data;

  const commitment = await db.commitment.findFirst({
    where: { slug, archivedAt: null },
    select: { id: true, kind: true, status: true, version: true, progress: true, currentValue: true },
  });
  if (!commitment) {
    await audit('INVALID', { reason: 'unknown-commitment' });
    return { kind: 'not-found' };
  }
  if (data.value !== undefined && data.value !== null && commitment.kind !== 'NUMERIC_TARGET') {
    await audit('INVALID', { fields: ['value'] });
    return { kind: 'invalid', errors: { value: 'editor.errors.valueNotNumeric' } };
  }

  const nextVersion = data.version + 1;
  const progress = data.progress === undefined ? commitment.progress : data.progress;
  const value = data.value === undefined ? commitment.currentValue : data.value;
  try {
    await db.$transaction(async (tx) => {
      const now = new Date();
      // The version check and the write are one statement: of two writers holding the same
      // version, the second finds no row once the first commits.
      const { count } = await tx.commitment.updateMany({
        where: { id: commitment.id, version: data.version, archivedAt: null },
        data: {
          status: data.status,
          progress,
          currentValue: value,
          ...(data.value !== undefined && value !== commitment.currentValue ? { currentValueDate: now } : {}),
          version: nextVersion,
          updatedAt: now,
          updatedById: user.id,
        },
      });
      if (count === 0) throw new VersionConflict();
      // commitment.status was read at this same version (versions only grow), so it is the "from".
      await tx.statusUpdate.create({
        data: {
          commitmentId: commitment.id,
          fromStatus: commitment.version === data.version ? commitment.status : null,
          toStatus: data.status,
          progress,
          value,
          reason: data.reason,
          evidenceUrl: data.evidenceUrl ?? null,
          authorId: user.id,
          authorName: user.name,
          version: nextVersion,
          createdAt: now,
        },
      });
      await recordAudit(tx, {
        actor: who,
        action: STATUS_UPDATE_ACTION,
        targetType: 'commitment',
        targetId: slug,
        outcome: 'OK',
        details: { via: meta.via, from: commitment.status, to: data.status, progress, version: nextVersion },
        ip: meta.ip,
      });
      await bumpDataVersion(tx);
    });
  } catch (error) {
    if (!(error instanceof VersionConflict) && !isUniqueViolation(error)) throw error;
    await audit('CONFLICT', { staleVersion: data.version });
    const current = await readCommitmentState(slug);
    if (!current) return { kind: 'not-found' };
    return { kind: 'conflict', current, submitted: data };
  }

  const state = await readCommitmentState(slug);
  if (!state) return { kind: 'not-found' };
  return { kind: 'ok', state };
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === 'P2002';
}
