// A read route caught by a database outage answers 503 with Retry-After; a bug still surfaces.
import { describe, expect, it } from 'vitest';
import { answeringUnavailable } from '@/lib/api/read-route';

describe('answeringUnavailable', () => {
  it('turns "the database cannot serve us" into 503 with Retry-After', async () => {
    const route = answeringUnavailable(async () => {
      throw Object.assign(new Error('Connection terminated unexpectedly'), { code: 'P1001' });
    });
    const response = await route();
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('2');
    expect(((await response.json()) as { error: string }).error).toMatch(/try again/i);
  });

  it('passes answers through and rethrows anything else', async () => {
    expect((await answeringUnavailable(async () => new Response('ok'))()).status).toBe(200);
    await expect(
      answeringUnavailable(async () => {
        throw new TypeError('a bug');
      })(),
    ).rejects.toThrow('a bug');
  });
});
