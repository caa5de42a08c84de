// Device cookies are signed, name one account, and are worthless when altered or moved.
import { describe, expect, it } from 'vitest';
import { deviceIdFor, issueDeviceCookie } from '@/lib/auth/device-cookie';

const SECRET = 'unit-secret-not-for-production-0123456789';

describe('device cookies', () => {
  it('name the account they were issued for, with a fresh device id each time', () => {
    const first = issueDeviceCookie('ana@example.org', SECRET);
    const second = issueDeviceCookie('ana@example.org', SECRET);
    expect(deviceIdFor(first, 'ana@example.org', SECRET)).toMatch(/^[\w-]{22}$/);
    expect(deviceIdFor(first, 'ana@example.org', SECRET)).not.toBe(
      deviceIdFor(second, 'ana@example.org', SECRET),
    );
  });

  it('are refused for another account, with another secret, or altered', () => {
    const cookie = issueDeviceCookie('ana@example.org', SECRET);
    expect(deviceIdFor(cookie, 'bao@example.org', SECRET)).toBeNull();
    expect(deviceIdFor(cookie, 'ana@example.org', `${SECRET}x`)).toBeNull();
    const [account, device, mac] = cookie.split('.') as [string, string, string];
    const otherAccount = Buffer.from('bao@example.org').toString('base64url');
    expect(deviceIdFor(`${otherAccount}.${device}.${mac}`, 'bao@example.org', SECRET)).toBeNull();
    expect(deviceIdFor(`${account}.${device}x.${mac}`, 'ana@example.org', SECRET)).toBeNull();
    expect(deviceIdFor(`${account}.${device}`, 'ana@example.org', SECRET)).toBeNull();
    expect(deviceIdFor(undefined, 'ana@example.org', SECRET)).toBeNull();
    expect(deviceIdFor(cookie, 'ana@example.org', undefined)).toBeNull();
  });
});
