// The client address trusts X-Forwarded-For only as far as configured proxies append to it.
import { describe, expect, it } from 'vitest';
import { resolveClientAddress, SOCKET_ADDRESS_HEADER, stampSocketAddress } from '@/lib/auth/client-ip';

describe('resolveClientAddress', () => {
  it('takes the socket address with no trusted proxy, whatever X-Forwarded-For says', () => {
    for (const forged of ['203.0.113.7', '198.51.100.1, 203.0.113.7', null]) {
      expect(
        resolveClientAddress({ socketAddress: '192.0.2.10', forwardedFor: forged, trustedHops: 0 }),
      ).toBe('192.0.2.10');
    }
  });

  it('behind one proxy, takes the address that proxy appended (the last entry)', () => {
    expect(
      resolveClientAddress({
        socketAddress: '10.0.0.2',
        forwardedFor: 'forged-by-client, 198.51.100.23',
        trustedHops: 1,
      }),
    ).toBe('198.51.100.23');
  });

  it('behind two proxies, takes the second entry from the right', () => {
    expect(
      resolveClientAddress({
        socketAddress: '10.0.0.2',
        forwardedFor: '1.1.1.1, 198.51.100.23, 10.0.0.9',
        trustedHops: 2,
      }),
    ).toBe('198.51.100.23');
  });

  it('falls back to the socket when a proxied setup gets no header, and unmaps IPv4', () => {
    expect(
      resolveClientAddress({ socketAddress: '::ffff:192.0.2.4', forwardedFor: null, trustedHops: 1 }),
    ).toBe('192.0.2.4');
    expect(resolveClientAddress({ socketAddress: null, forwardedFor: null, trustedHops: 0 })).toBe('unknown');
  });
});

describe('stampSocketAddress', () => {
  it('overwrites a client-sent copy of the internal header', () => {
    const request = {
      headers: { [SOCKET_ADDRESS_HEADER]: '203.0.113.99' } as Record<string, string>,
      socket: { remoteAddress: '::1' },
    };
    stampSocketAddress(request);
    expect(request.headers[SOCKET_ADDRESS_HEADER]).toBe('::1');
  });
});
