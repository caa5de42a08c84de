// Session and throttle limits, in one place so tests and docs agree with the code.
export const SESSION_IDLE_MS = 30 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
/** lastSeenAt is written at most this often per session (one write a minute, not one per request). */
export const SESSION_TOUCH_MS = 60 * 1000;

export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const THROTTLE_MAX_FAILURES_PER_ACCOUNT = 10;
/** Higher than per account: an office or a university shares one address. */
export const THROTTLE_MAX_FAILURES_PER_IP = 30;
/** A browser with a device cookie for the account: its own small allowance, the account lock aside. */
export const THROTTLE_MAX_FAILURES_PER_DEVICE = 5;

export function wantsSecureCookies(nextAuthUrl: string | undefined): boolean {
  return Boolean(nextAuthUrl?.startsWith('https://'));
}

export function sessionCookieName(secure: boolean): string {
  return `${secure ? '__Secure-' : ''}next-auth.session-token`;
}
