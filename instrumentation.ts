// Runs once when a server instance starts. Records each request's TCP peer address in a header of
// our own before Next sees the request (see lib/auth/client-ip.ts for why this is the only place
// the address can be read, and why a client-sent copy of the header is overwritten).
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { subscribe } = await import('node:diagnostics_channel');
  const { stampSocketAddress } = await import('./lib/auth/client-ip');
  subscribe('http.server.request.start', (message) => {
    stampSocketAddress((message as { request: Parameters<typeof stampSocketAddress>[0] }).request);
  });
}
