// An address sending refused writes over and over: the first refusals are audited one by one, the
// rest only counted, and past the limit it gets 429 with Retry-After — no unbounded audit log.
process.env.NEXTAUTH_SECRET ??= 'integration-secret-not-for-production-0123456789';
import { describe, expect, it } from 'vitest';
import { PATCH } from '@/app/api/commitments/[slug]/status/route';
import { db } from '@/lib/db';
import { SOCKET_ADDRESS_HEADER } from '@/lib/auth/client-ip';
import { DENIED_AUDITED_PER_WINDOW, DENIED_LIMIT_PER_WINDOW } from '@/lib/mutations/denied-attempts';

const SLUG = 'english-second-language-2035';

function anonymousPatch(address: string) {
  const request = new Request(`http://localhost/api/commitments/${SLUG}/status`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json', [SOCKET_ADDRESS_HEADER]: address },
    body: JSON.stringify({ status: 'ACHIEVED', reason: 'no credentials', version: 1 }),
  });
  return PATCH(request, { params: Promise.resolve({ slug: SLUG }) });
}

const deniedRows = (address: string) => db.auditEvent.count({ where: { outcome: 'DENIED', ip: address } });

describe('refused writes from one address', () => {
  it('are audited up to a limit, then counted, then answered 429', async () => {
    const address = '198.51.100.7';
    const statuses: number[] = [];
    for (let attempt = 0; attempt < DENIED_LIMIT_PER_WINDOW + 3; attempt += 1) {
      statuses.push((await anonymousPatch(address)).status);
    }
    expect(statuses.slice(0, DENIED_LIMIT_PER_WINDOW).every((status) => status === 401)).toBe(true);
    expect(statuses.slice(DENIED_LIMIT_PER_WINDOW)).toEqual([429, 429, 429]);
    const throttled = await anonymousPatch(address);
    expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThan(0);

    expect(await deniedRows(address)).toBe(DENIED_AUDITED_PER_WINDOW);
    const window = await db.deniedAttemptWindow.findFirstOrThrow({ where: { ip: address } });
    expect(window.count).toBe(DENIED_LIMIT_PER_WINDOW + 4);

    // Another address is not affected.
    expect((await anonymousPatch('203.0.113.9')).status).toBe(401);
    expect(await deniedRows('203.0.113.9')).toBe(1);
  });

  it('counts parallel refusals exactly (one statement, across instances)', async () => {
    const address = '192.0.2.44';
    await Promise.all(Array.from({ length: 30 }, () => anonymousPatch(address)));
    const window = await db.deniedAttemptWindow.findFirstOrThrow({ where: { ip: address } });
    expect(window.count).toBe(30);
    expect(await deniedRows(address)).toBe(30);
  });
});
