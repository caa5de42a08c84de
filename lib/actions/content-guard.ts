// Shared start of every content action (commitments, citations, milestones): who is asking, from
// where, and an audit writer for the attempt. A refused attempt is audited outside any
// transaction so its row survives; a successful one writes its audit row inside the transaction.
import 'server-only';
import { headers } from 'next/headers';
import { recordAudit } from '../audit';
import { actorLabel, authorize, AuthError, currentActor, type AuthUser, type RoleName } from '../auth';
import { clientIpFrom } from '../auth/client-ip';
import { db } from '../db';
import type { AuditOutcome } from '../generated/prisma/enums';
import type { Prisma } from '../generated/prisma/client';

export type Refusal = { kind: 'unauthenticated' } | { kind: 'forbidden' };

export interface ContentAttempt {
  who: { id: number | null; label: string };
  ip: string;
  /** Audits this attempt (outside a transaction unless a client is given). */
  audit(
    outcome: AuditOutcome,
    details?: Record<string, unknown>,
    target?: { type: string; id: string | number | undefined },
    client?: Parameters<typeof recordAudit>[0],
  ): Promise<void>;
}

/**
 * Checks the role first (server-side, on every call: actions are public POST endpoints), auditing
 * a refusal. Returns the user and an audit helper bound to the action and its target.
 */
export async function beginContentAction(
  role: RoleName,
  action: string,
  target: { type: string; id: string | number | undefined },
): Promise<{ user: AuthUser; attempt: ContentAttempt } | Refusal> {
  const actor = await currentActor();
  const ip = clientIpFrom(await headers());
  const who = actorLabel(actor);
  const attempt: ContentAttempt = {
    who,
    ip,
    audit: (outcome, details, override, client) =>
      recordAudit(client ?? db, {
        actor: who,
        action,
        targetType: (override ?? target).type,
        targetId: (override ?? target).id,
        outcome,
        details: details as Prisma.InputJsonValue | undefined,
        ip,
      }),
  };
  try {
    return { user: authorize(actor, role), attempt };
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    await attempt.audit('DENIED', { reason: error.status === 401 ? 'no-credentials' : 'not-allowed' });
    return error.status === 401 ? { kind: 'unauthenticated' } : { kind: 'forbidden' };
  }
}

export function isRefusal(value: object): value is Refusal {
  return 'kind' in value;
}

export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === 'P2002';
}

/** Reads a short string field from a form ('' when absent). */
export function formText(form: FormData, name: string, max = 200): string {
  const value = form.get(name);
  return typeof value === 'string' ? value.slice(0, max) : '';
}
