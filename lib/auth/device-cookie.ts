// OWASP's device cookies ("Slow Down Online Guessing Attacks with Device Cookies"): a browser that
// signed in to an account gets a signed cookie naming that account. Its later attempts are counted
// against the device, not the account, so failures from elsewhere (an attacker locking the
// account) never block it; a stolen cookie still only buys a few guesses per window.
// Plain Node (no 'server-only'): the sign-in code and its tests use it directly.
import crypto from 'node:crypto';

export const DEVICE_COOKIE_MAX_AGE_S = 180 * 24 * 60 * 60;

/** `__Host-` (https only) pins the cookie to this host and path `/`. */
export function deviceCookieName(secure: boolean): string {
  return secure ? '__Host-ct-device' : 'ct-device';
}

function mac(secret: string, payload: string): string {
  // A key of its own, derived from the app secret, so the MAC is never a valid session JWT part.
  const key = crypto.createHmac('sha256', secret).update('ct-device-cookie-v1').digest();
  return crypto.createHmac('sha256', key).update(payload).digest('base64url');
}

/** A new cookie value for this account: `<email b64url>.<random device id>.<mac>`. */
export function issueDeviceCookie(email: string, secret: string): string {
  const payload = `${Buffer.from(email, 'utf8').toString('base64url')}.${crypto.randomBytes(16).toString('base64url')}`;
  return `${payload}.${mac(secret, payload)}`;
}

/** The device id when the cookie is genuine and names this account, otherwise null. */
export function deviceIdFor(
  cookie: string | undefined,
  email: string,
  secret: string | undefined,
): string | null {
  if (!cookie || !secret || cookie.length > 1000) return null;
  const parts = cookie.split('.');
  if (parts.length !== 3) return null;
  const [account, deviceId, signature] = parts as [string, string, string];
  const expected = Buffer.from(mac(secret, `${account}.${deviceId}`));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return null;
  return Buffer.from(account, 'base64url').toString('utf8') === email && deviceId ? deviceId : null;
}
