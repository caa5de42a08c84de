// Runs once when a server instance starts (Node runtime), before it serves requests:
// 1. records each request's TCP peer address in a header of our own before Next sees the request
//    (see lib/auth/client-ip.ts for why this is the only place the address can be read, and why a
//    client-sent copy of the header is overwritten);
// 2. installs the HTTP-server guard that refuses what Next would answer with a 500 (TRACE, broken
//    percent-encoding) and strips client-sent copies of internal headers (lib/http/);
// 3. starts this instance's webhook sender (lib/webhooks/sender.ts) — not while `next build` loads
//    the server to prerender pages.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { subscribe } = await import('node:diagnostics_channel');
  const { stampSocketAddress } = await import('./lib/auth/client-ip');
  subscribe('http.server.request.start', (message) => {
    stampSocketAddress((message as { request: Parameters<typeof stampSocketAddress>[0] }).request);
  });
  const { installNodeRequestGuard } = await import('./lib/http/node-request-guard');
  installNodeRequestGuard();
  if (process.env.NEXT_PHASE !== 'phase-production-build') {
    const { startAppWebhookSender } = await import('./lib/webhooks/start');
    startAppWebhookSender();
  }
}
