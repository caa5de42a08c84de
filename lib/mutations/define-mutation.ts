// The one way the app writes. Every server action, route handler and script that changes data
// runs an operation defined here, and the pipeline owns everything around it, in this order:
//   who is asking → permission (refusal audited DENIED) → zod (refusal audited INVALID) →
//   one transaction: the operation's change + its OK audit row + the public data-version bump →
//   a stop thrown by the operation (not found / invalid / stale version) rolls it all back and is
//   audited with its outcome → revalidate (server actions only).
// Refusals are audited outside the transaction so their rows survive the rollback. Operations
// (lib/<domain>/<verb>.ts) hold only their own logic; adapters only translate transport ↔ result.
import 'server-only';
import { revalidatePath } from 'next/cache';
import type { z } from 'zod';
import { recordAudit } from '../audit';
import { actorLabel, authorize, AuthError, type AuthUser } from '../auth';
import type { Permission } from '../auth/permissions';
import { bumpDataVersion } from '../cache/public-cache';
import { isDatabaseUnavailable } from '../database-errors';
import { db } from '../db';
import type { AuditOutcome } from '../generated/prisma/enums';
import type { Prisma } from '../generated/prisma/client';
import { fieldErrorsOf, type FieldErrors } from '../validation/field-errors';
import type { MutationContext } from './context';
import { countDeniedAttempt, DENIED_AUDITED_PER_WINDOW } from './denied-attempts';
import { MutationStop } from './stop';

export type { MutationContext } from './context';

export type Tx = Prisma.TransactionClient;

export interface AuditTarget {
  type: string;
  id?: string | number;
}

export type MutationResult<T, C = never> =
  | { kind: 'ok'; value: T }
  | { kind: 'unauthenticated' }
  | { kind: 'forbidden' }
  | { kind: 'not-found' }
  | { kind: 'invalid'; errors: FieldErrors }
  | { kind: 'conflict'; current: C }
  /** The database could not be reached or was overloaded: nothing was written; safe to retry. */
  | { kind: 'unavailable' }
  /** Too many refused attempts from this address lately (see denied-attempts.ts). */
  | { kind: 'throttled'; retryAfterSeconds: number };

/** What an operation returns: its value, and what the OK audit row should say. */
export interface OperationOutcome<T> {
  value: T;
  audit?: Record<string, unknown>;
  /** When the row's identity is only known after the write (e.g. a new user's id). */
  target?: AuditTarget;
  /** False when nothing the public sees changed (e.g. archiving an archived commitment). */
  changedPublicData?: boolean;
  /**
   * False when nothing a view of a day before today shows changed: an assessment dated today or
   * later (lib/cache/public-cache.ts keys settled past views by it). Any other write changes it.
   */
  changedHistory?: boolean;
}

export interface OperationScope<I> {
  input: I;
  user: AuthUser;
  tx: Tx;
  context: MutationContext;
}

export interface MutationSpec<S extends z.ZodType, C> {
  /** The audit action, e.g. `commitment.edit`; a function when the raw input chooses it. */
  action: string | ((raw: RawInput) => string);
  permission: Permission;
  schema: S;
  /** What the attempt is about, read from the raw input so refusals are audited with it too. */
  target: (raw: RawInput) => AuditTarget;
  /** Catalog key for a zod issue the schema did not word. */
  invalidKey: string;
  /** False for writes the public never sees (accounts): no data-version bump. Default true. */
  publicData?: boolean;
  /** A unique-constraint violation (a race the operation's own check lost) means this. */
  onUniqueViolation?: { kind: 'invalid'; errors: FieldErrors } | { kind: 'conflict' };
  /** For a conflict: the state that won, shown to the caller so they can re-apply. */
  readCurrent?: (input: z.output<S>) => Promise<C | null>;
  /** How long the transaction may stay open (Prisma's default is 5 s): long only for bulk writes. */
  transactionTimeoutMs?: number;
}

export type RawInput = Record<string, unknown>;

export interface Mutation<S extends z.ZodType, T, C> {
  readonly spec: MutationSpec<S, C>;
  run(raw: RawInput, context: MutationContext): Promise<MutationResult<T, C>>;
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === 'P2002';
}

export function defineMutation<S extends z.ZodType, T, C = never>(
  spec: MutationSpec<S, C>,
  operation: (scope: OperationScope<z.output<S>>) => Promise<OperationOutcome<T>>,
): Mutation<S, T, C> {
  async function run(raw: RawInput, context: MutationContext): Promise<MutationResult<T, C>> {
    const action = typeof spec.action === 'function' ? spec.action(raw) : spec.action;
    const target = spec.target(raw);
    const who = actorLabel(context.actor);
    const audit = (
      client: Parameters<typeof recordAudit>[0],
      outcome: AuditOutcome,
      details: Record<string, unknown>,
      override?: AuditTarget,
    ) =>
      recordAudit(client, {
        actor: who,
        action,
        targetType: (override ?? target).type,
        targetId: (override ?? target).id,
        outcome,
        details: { via: context.via, ...details } as Prisma.InputJsonValue,
        ip: context.ip,
      });

    let user: AuthUser;
    try {
      user = authorize(context.actor, spec.permission);
    } catch (error) {
      if (!(error instanceof AuthError)) throw error;
      const unauthenticated = error.status === 401;
      const attempts = await countDeniedAttempt(db, context.ip);
      if (attempts.verdict === 'throttle') {
        return { kind: 'throttled', retryAfterSeconds: attempts.retryAfterSeconds };
      }
      if (attempts.verdict === 'audit') {
        await audit(db, 'DENIED', {
          reason: unauthenticated ? 'no-credentials' : 'not-allowed',
          permission: spec.permission.name,
          ...(attempts.count === DENIED_AUDITED_PER_WINDOW ? { furtherRefusalsCountedOnly: true } : {}),
        });
      }
      return { kind: unauthenticated ? 'unauthenticated' : 'forbidden' };
    }

    const parsed = spec.schema.safeParse(raw);
    if (!parsed.success) {
      const errors = fieldErrorsOf(parsed.error, spec.invalidKey);
      await audit(db, 'INVALID', { fields: Object.keys(errors) });
      return { kind: 'invalid', errors };
    }
    const input = parsed.data as z.output<S>;

    let outcome: OperationOutcome<T>;
    try {
      outcome = await db.$transaction(
        async (tx) => {
          const result = await operation({ input, user, tx, context });
          await audit(tx, 'OK', result.audit ?? {}, result.target);
          if (spec.publicData !== false && result.changedPublicData !== false)
            await bumpDataVersion(tx, { history: result.changedHistory !== false });
          return result;
        },
        spec.transactionTimeoutMs ? { timeout: spec.transactionTimeoutMs } : undefined,
      );
    } catch (error) {
      if (isDatabaseUnavailable(error)) return { kind: 'unavailable' };
      const stop =
        error instanceof MutationStop
          ? error.outcome
          : isUniqueViolation(error) && spec.onUniqueViolation
            ? spec.onUniqueViolation
            : null;
      if (!stop) throw error;
      return settleStop(stop, input, (outcome, details) => audit(db, outcome, details));
    }

    if (context.via === 'form') {
      // Public pages are keyed by the data version; this refreshes the signed-in user's own
      // router cache so the page they are on shows the change at once.
      revalidatePath('/', 'layout');
    }
    return { kind: 'ok', value: outcome.value };
  }

  async function settleStop(
    stop: MutationStop['outcome'] | NonNullable<MutationSpec<S, C>['onUniqueViolation']>,
    input: z.output<S>,
    audit: (outcome: AuditOutcome, details: Record<string, unknown>) => Promise<void>,
  ): Promise<MutationResult<T, C>> {
    switch (stop.kind) {
      case 'forbidden':
        await audit('DENIED', { reason: stop.reason });
        return { kind: 'forbidden' };
      case 'not-found':
        await audit('INVALID', { reason: 'unknown-target' });
        return { kind: 'not-found' };
      case 'invalid':
        await audit('INVALID', { fields: Object.keys(stop.errors) });
        return { kind: 'invalid', errors: stop.errors };
      case 'conflict': {
        await audit('CONFLICT', 'staleVersion' in stop ? { staleVersion: stop.staleVersion } : {});
        const current = spec.readCurrent ? await spec.readCurrent(input) : null;
        return current === null ? { kind: 'not-found' } : { kind: 'conflict', current };
      }
    }
  }

  return { spec, run };
}

/** Reads a short string field of a raw input ('' when absent or not a string). */
export function rawText(raw: RawInput, name: string, max = 200): string {
  const value = raw[name];
  return typeof value === 'string' ? value.slice(0, max) : '';
}
