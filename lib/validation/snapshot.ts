// A snapshot's name as an admin types it (form, CLI): plain text, 1–120 characters.
import { z } from 'zod';
import { CONTROL_CHARACTERS, MARKUP } from './plain-text';

export const SNAPSHOT_NAME_MAX = 120;

export const snapshotNameSchema = z
  .string({ error: 'time.snapshots.errors.nameRequired' })
  .trim()
  .min(1, { error: 'time.snapshots.errors.nameRequired' })
  .max(SNAPSHOT_NAME_MAX, { error: 'time.snapshots.errors.nameTooLong' })
  .refine((value) => !CONTROL_CHARACTERS.test(value) && !MARKUP.test(value), {
    error: 'time.snapshots.errors.namePlain',
  });

export const createSnapshotSchema = z.object({ name: snapshotNameSchema });
