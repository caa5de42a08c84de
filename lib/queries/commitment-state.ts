// A commitment's editable state as the editor form, the conflict screen and the status API show it.
import 'server-only';
import { db } from '../db';
import type { Assessor, CommitmentStatus } from '../generated/prisma/enums';
import type { Tx } from '../mutations/define-mutation';

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
    assessedOn: string;
    assessor: Assessor;
    assessorName: string | null;
    evidenceTitles: string[];
  } | null;
}

export async function readCommitmentState(slug: string, client: Tx = db): Promise<CommitmentState | null> {
  const row = await client.commitment.findFirst({
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
          assessedOn: true,
          assessor: true,
          assessorName: true,
          evidence: { orderBy: { position: 'asc' }, select: { title: true } },
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
    lastUpdate: last
      ? {
          authorName: last.authorName,
          toStatus: last.toStatus,
          progress: last.progress,
          value: last.value,
          reason: last.reason,
          evidenceUrl: last.evidenceUrl,
          createdAt: last.createdAt.toISOString(),
          assessedOn: last.assessedOn.toISOString().slice(0, 10),
          assessor: last.assessor,
          assessorName: last.assessorName,
          evidenceTitles: last.evidence.map((item) => item.title),
        }
      : null,
  };
}
