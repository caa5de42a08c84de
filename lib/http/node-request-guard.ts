// Runs first for every request the Node HTTP server receives (installed from instrumentation.ts),
// before Next routes it. Two things cannot be handled in proxy.ts:
// - TRACE / TRACK, and paths with invalid percent-encoding, make Next throw while it matches
//   routes or builds the proxy's Request, so they never reach app code and answer 500;
// - proxy.ts does not run for paths with a dot (its matcher), so a client-sent copy of a header it
//   normally overwrites would reach the page there.
import http from 'node:http';
import { applyPublicHttpCaching } from './public-http-cache';
import { INTERNAL_REQUEST_HEADERS, refuseMethod, refusePath, refusalResponse } from './request-rules';

const INSTALLED = Symbol.for('commitment-tracker.node-request-guard');

/** Strips internal headers; answers and returns true when the request is refused. */
export function guardNodeRequest(request: http.IncomingMessage, response: http.ServerResponse): boolean {
  for (const name of INTERNAL_REQUEST_HEADERS) delete request.headers[name];
  const url = request.url ?? '/';
  const refusal = refuseMethod(request.method) ?? refusePath(url);
  if (!refusal) return false;
  const answer = refusalResponse(refusal, url, request.headers['accept-language']);
  response.writeHead(answer.status, answer.headers);
  response.end(request.method === 'HEAD' ? undefined : answer.body);
  return true;
}

/** Wraps http.Server#emit once per process so every 'request' passes the guard first. */
export function installNodeRequestGuard(): void {
  const prototype = http.Server.prototype as http.Server & { [INSTALLED]?: boolean };
  if (prototype[INSTALLED]) return;
  prototype[INSTALLED] = true;
  const emit = prototype.emit as (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean;
  prototype.emit = function guardedEmit(this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') {
      const [request, response] = args as [http.IncomingMessage, http.ServerResponse];
      if (guardNodeRequest(request, response)) return true;
      // Public GETs may be answered 304 here; otherwise Next runs once the data version is known.
      if (applyPublicHttpCaching(request, response, () => emit.call(this, event, ...args))) return true;
    }
    return emit.call(this, event, ...args);
  } as typeof prototype.emit;
}
