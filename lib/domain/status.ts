// The status vocabulary, its display order and colours. Colours come from the Okabe–Ito palette
// (distinguishable with colour-blindness) and differ in lightness so greyscale prints stay readable.
import type { CommitmentStatus } from '../generated/prisma/enums';

export const STATUSES = [
  'NOT_STARTED',
  'IN_PROGRESS',
  'AT_RISK',
  'STALLED',
  'ACHIEVED',
  'DISCONTINUED',
] as const satisfies readonly CommitmentStatus[];

export type Status = (typeof STATUSES)[number];

export const STATUS_COLORS: Record<Status, string> = {
  NOT_STARTED: '#BBBBBB',
  IN_PROGRESS: '#56B4E9',
  AT_RISK: '#E69F00',
  STALLED: '#D55E00',
  ACHIEVED: '#009E73',
  DISCONTINUED: '#4D4D4D',
};

/** URL-friendly status names (?status=in-progress). */
export function statusToParam(status: Status): string {
  return status.toLowerCase().replace(/_/g, '-');
}

export function statusFromParam(value: string): Status | undefined {
  const candidate = value.toUpperCase().replace(/-/g, '_');
  return (STATUSES as readonly string[]).includes(candidate) ? (candidate as Status) : undefined;
}
