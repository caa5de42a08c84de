// The append-only audit log: every attempt to change something (ok, denied, conflict, invalid)
// becomes one row. Nothing in the app updates or deletes these rows.
import type { AuditOutcome } from './generated/prisma/enums';
import type { Prisma } from './generated/prisma/client';

export interface AuditActor {
  id: number | null;
  label: string;
}

export interface AuditEntry {
  actor: AuditActor;
  action: string;
  targetType?: string;
  targetId?: string | number;
  outcome: AuditOutcome;
  details?: Prisma.InputJsonValue;
  ip?: string | null;
}

type AuditWriter = {
  auditEvent: { create: (args: { data: Prisma.AuditEventUncheckedCreateInput }) => unknown };
};

export async function recordAudit(client: AuditWriter, entry: AuditEntry): Promise<void> {
  await client.auditEvent.create({
    data: {
      actorId: entry.actor.id,
      actorLabel: entry.actor.label.slice(0, 200),
      action: entry.action,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId === undefined ? null : String(entry.targetId).slice(0, 200),
      outcome: entry.outcome,
      details: entry.details,
      ip: entry.ip ? entry.ip.slice(0, 100) : null,
    },
  });
}
