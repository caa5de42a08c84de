import path from 'node:path';

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
/** Next's CLI, run directly (not through npx) so stopping its process group stops the server. */
export const NEXT_BIN = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'next');
