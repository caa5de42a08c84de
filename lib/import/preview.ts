// The dry run: the plan of a file against the database as it is, nothing written.
import 'server-only';
import { db } from '../db';
import { planImport, type ImportPlan } from './plan';

export function previewImport(bytes: Uint8Array, fileName: string): Promise<ImportPlan> {
  return planImport(db, bytes, fileName);
}
