// Next calls register() once per server process, before it serves requests.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { installNodeRequestGuard } = await import('./lib/http/node-request-guard');
    installNodeRequestGuard();
  }
}
