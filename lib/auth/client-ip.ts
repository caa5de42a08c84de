// The client's address, for throttling and the audit log.
//
// By default (TRUSTED_PROXY_HOPS=0) it is the address of the TCP peer, whatever the request says:
// anyone can send an X-Forwarded-For header. Behind N proxies that each append the address they
// saw (nginx's $proxy_add_x_forwarded_for, most load balancers), the client is the N-th entry from
// the right of X-Forwarded-For; entries further left were written by the client and are ignored.
//
// Why a header of our own: Next 16 gives route handlers, server actions and proxy.ts no access to
// the socket (NextRequest.ip was removed in Next 15), and `next start` only copies the peer address
// into X-Forwarded-For when the client sent none, so a forged header hides it. Node publishes every
// incoming request on the `http.server.request.start` diagnostics channel before the server's
// request handler runs; instrumentation.ts subscribes there and writes the peer address into
// SOCKET_ADDRESS_HEADER, replacing any copy the client sent. Nothing else can set it.
import { env } from '../env';

export const SOCKET_ADDRESS_HEADER = 'x-ct-socket-address';

type HeaderSource = { get(name: string): string | null };

/** Stamps the peer address on an incoming Node request (called from instrumentation.ts only). */
export function stampSocketAddress(request: {
  headers: Record<string, string | string[] | undefined>;
  socket?: { remoteAddress?: string };
}): void {
  request.headers[SOCKET_ADDRESS_HEADER] = request.socket?.remoteAddress ?? 'unknown';
}

/** "::ffff:192.0.2.1" (IPv4 on a dual-stack socket) is the IPv4 client 192.0.2.1. */
function normaliseAddress(address: string): string {
  const trimmed = address.trim().slice(0, 100);
  return trimmed.startsWith('::ffff:') && trimmed.includes('.') ? trimmed.slice(7) : trimmed;
}

/** Pure: the client address from the peer address, X-Forwarded-For and the trusted hop count. */
export function resolveClientAddress(input: {
  socketAddress: string | null;
  forwardedFor: string | null;
  trustedHops: number;
}): string {
  const peer = input.socketAddress ? normaliseAddress(input.socketAddress) : 'unknown';
  if (input.trustedHops <= 0) return peer;
  const chain = (input.forwardedFor ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  // With N trusted proxies, the outermost one appended the address it saw at chain[length - N].
  // A shorter chain means a request that skipped a proxy: its leftmost entry is the best we have.
  const entry = chain.length >= input.trustedHops ? chain[chain.length - input.trustedHops] : chain[0];
  return entry ? normaliseAddress(entry) : peer;
}

/** The client address of a request (route handlers, server actions via `headers()`). */
export function clientIpFrom(headers: HeaderSource): string {
  return resolveClientAddress({
    socketAddress: headers.get(SOCKET_ADDRESS_HEADER),
    forwardedFor: headers.get('x-forwarded-for'),
    trustedHops: env().TRUSTED_PROXY_HOPS,
  });
}
