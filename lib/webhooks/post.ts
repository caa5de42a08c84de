// One HTTP POST of a delivery. The socket connects only to an address that passed the target
// check in the same lookup (no second, unchecked DNS answer between check and connect), redirects
// are not followed (a 3xx could point anywhere), and the whole exchange is bounded in time.
import type dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { isPrivateAddress, resolveAll } from './target';

export const DELIVERY_TIMEOUT_MS = 10_000;

export type PostOutcome = { ok: true; status: number } | { ok: false; status: number | null; error: string };

export class PrivateTargetError extends Error {
  constructor(address: string) {
    super(`refused: ${address} is a private, loopback or link-local address`);
  }
}

function checkedLookup(allowPrivate: boolean): net.LookupFunction {
  return (hostname, options, callback) => {
    resolveAll(hostname).then(
      (addresses) => {
        const refused = allowPrivate ? undefined : addresses.find((entry) => isPrivateAddress(entry.address));
        if (refused) return callback(new PrivateTargetError(refused.address), '', 4);
        const wanted = (options as dns.LookupOptions).family;
        const usable = addresses.filter((entry) => !wanted || entry.family === wanted);
        const first = usable[0] ?? addresses[0];
        if (!first) return callback(new Error(`no address for ${hostname}`), '', 4);
        if ((options as dns.LookupOptions).all)
          return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, usable);
        callback(null, first.address, first.family);
      },
      (error: Error) => callback(error as NodeJS.ErrnoException, '', 4),
    );
  };
}

export function postDelivery(
  url: string,
  headers: Record<string, string>,
  body: string,
  options: { allowPrivate: boolean; timeoutMs?: number },
): Promise<PostOutcome> {
  const target = new URL(url);
  const literal = target.hostname.replace(/^\[|\]$/g, '');
  if (net.isIP(literal) && !options.allowPrivate && isPrivateAddress(literal)) {
    return Promise.resolve({ ok: false, status: null, error: new PrivateTargetError(literal).message });
  }
  const client = target.protocol === 'https:' ? https : http;
  const bytes = Buffer.from(body, 'utf8');
  return new Promise((resolve) => {
    const request = client.request(
      target,
      {
        method: 'POST',
        headers: { ...headers, 'Content-Length': String(bytes.length) },
        lookup: checkedLookup(options.allowPrivate),
        timeout: options.timeoutMs ?? DELIVERY_TIMEOUT_MS,
        agent: false,
      },
      (response) => {
        // The body is not needed; read it (bounded) so the socket closes cleanly.
        let received = 0;
        response.on('data', (chunk: Buffer) => {
          received += chunk.length;
          if (received > 64 * 1024) response.destroy();
        });
        const status = response.statusCode ?? 0;
        const settle = () =>
          resolve(
            status >= 200 && status < 300
              ? { ok: true, status }
              : { ok: false, status, error: `HTTP ${status}` },
          );
        response.on('end', settle);
        response.on('close', settle);
        response.on('error', settle);
      },
    );
    const timer = setTimeout(
      () => request.destroy(new Error('timed out')),
      options.timeoutMs ?? DELIVERY_TIMEOUT_MS,
    );
    request.on('timeout', () => request.destroy(new Error('timed out')));
    request.on('error', (error) => resolve({ ok: false, status: null, error: error.message.slice(0, 500) }));
    request.on('close', () => clearTimeout(timer));
    request.end(bytes);
  });
}
