// An admin freezes the tracker as recorded now: a named snapshot whose slug then shows, on every
// page, chart, export and the read API, only what had been recorded by this moment.
import { canEditContent } from '../auth/permissions';
import { defineMutation } from '../mutations/define-mutation';
import { createSnapshotSchema } from '../validation/snapshot';
import { insertSnapshot } from './insert';

export const SNAPSHOT_CREATE_ACTION = 'snapshot.create';

export const createSnapshot = defineMutation(
  {
    action: SNAPSHOT_CREATE_ACTION,
    permission: canEditContent,
    schema: createSnapshotSchema,
    target: () => ({ type: 'snapshot' }),
    invalidKey: 'time.snapshots.errors.invalid',
    // Two admins naming snapshots alike at once: the unique slug lets one through.
    onUniqueViolation: { kind: 'invalid', errors: { name: 'time.snapshots.errors.taken' } },
  },
  async ({ input, user, tx }) => {
    const snapshot = await insertSnapshot(tx, {
      name: input.name,
      createdById: user.id,
      createdByName: user.name,
    });
    return {
      value: snapshot,
      audit: { slug: snapshot.slug, name: snapshot.name, takenAt: snapshot.takenAt.toISOString() },
      target: { type: 'snapshot', id: snapshot.id },
    };
  },
);
