// The client's address for throttling and audit. Behind a load balancer the first X-Forwarded-For
// entry is the client; without one there is no trustworthy address, so all such requests share one.
export function clientIpFrom(headers: { get(name: string): string | null }): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || headers.get('x-real-ip')?.trim() || 'unknown';
}
