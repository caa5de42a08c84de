// Where a webhook may send: public addresses only. A URL's host is resolved and every address it
// resolves to is checked, at registration and again on every delivery (DNS can change in between;
// the delivery itself connects only to the address checked, see lib/webhooks/post.ts). Set
// WEBHOOKS_ALLOW_PRIVATE_TARGETS=true to allow private and loopback targets (tests, an intranet).
import dns from 'node:dns';
import net from 'node:net';

const blocked = new net.BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], // "this network", 0.0.0.0 included
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
] as const) {
  blocked.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
] as const) {
  blocked.addSubnet(network, prefix, 'ipv6');
}

/** True for loopback, private, link-local and unspecified addresses (IPv4-mapped IPv6 too). */
export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return blocked.check(mapped[1]!, 'ipv4');
  const family = net.isIP(address);
  if (family === 4) return blocked.check(address, 'ipv4');
  if (family === 6) return blocked.check(address, 'ipv6');
  return true;
}

export type TargetVerdict = 'ok' | 'private' | 'unresolvable';

const LOOKUP_TIMEOUT_MS = 5_000;

export async function resolveAll(host: string): Promise<dns.LookupAddress[]> {
  const bare = host.replace(/^\[|\]$/g, '');
  if (net.isIP(bare)) return [{ address: bare, family: net.isIP(bare) }];
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      dns.promises.lookup(bare, { all: true, verbatim: true }),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('DNS lookup timed out')), LOOKUP_TIMEOUT_MS);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** Whether every address the URL's host resolves to may be sent to. */
export async function checkWebhookTarget(url: string, allowPrivate: boolean): Promise<TargetVerdict> {
  const host = new URL(url).hostname;
  let addresses: dns.LookupAddress[];
  try {
    addresses = await resolveAll(host);
  } catch {
    return 'unresolvable';
  }
  if (addresses.length === 0) return 'unresolvable';
  if (allowPrivate) return 'ok';
  return addresses.some((entry) => isPrivateAddress(entry.address)) ? 'private' : 'ok';
}
