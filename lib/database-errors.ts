// Recognises "the database cannot serve us right now" (down, unreachable, pool exhausted) as
// opposed to a bug, so callers answer 503 / "try again" instead of a 500.
const PRISMA_UNAVAILABLE_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024', 'P2028']);
const DRIVER_UNAVAILABLE =
  /ECONNREFUSED|ECONNRESET|Connection terminated|timeout exceeded when trying to connect|Query read timeout|canceling statement due to statement timeout|terminating connection|the database system is (starting up|shutting down)/i;

export function isDatabaseUnavailable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && PRISMA_UNAVAILABLE_CODES.has(code)) return true;
  if (typeof code === 'string' && /^(57P0[1-3]|08\d{3})$/.test(code)) return true;
  return typeof message === 'string' && DRIVER_UNAVAILABLE.test(message);
}
