// Colours shared by the charts on screen (components/charts) and the exported images
// (lib/export/chart-svg.ts), so a downloaded figure looks like the one on the page.
import type { Status } from './status';

/** Text drawn on a status colour: black has at least 4.5:1 contrast on all but the darkest grey. */
export const STATUS_TEXT_COLORS: Record<Status, string> = {
  NOT_STARTED: '#000000',
  IN_PROGRESS: '#000000',
  AT_RISK: '#000000',
  STALLED: '#000000',
  ACHIEVED: '#000000',
  DISCONTINUED: '#ffffff',
};

/** Progress lines (Okabe–Ito blue: 5:1 against white, and not one of the status colours). */
export const PROGRESS_LINE_COLOR = '#0072B2';
