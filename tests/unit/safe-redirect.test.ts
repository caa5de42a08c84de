// The sign-in callback may only ever be a path on this site, whatever a link puts in it.
import { describe, expect, it } from 'vitest';
import { safeCallbackPath } from '@/lib/auth/safe-redirect';

// Values as the page receives them (the query string decoded once, as Next does).
const fromQuery = (encoded: string) => decodeURIComponent(encoded);

describe('safeCallbackPath', () => {
  it('keeps same-origin paths, with their query and fragment', () => {
    expect(safeCallbackPath('/en/commitments/x', 'en')).toBe('/en/commitments/x');
    expect(safeCallbackPath('/vi/commitments?pillar=2&status=done#history', 'vi')).toBe(
      '/vi/commitments?pillar=2&status=done#history',
    );
    expect(safeCallbackPath('/en/commitments/a%20b', 'en')).toBe('/en/commitments/a%20b');
  });

  it.each([
    // The findings: a tab or newline between the slashes is dropped by browsers.
    ['%2F%09%2Fevil.example%2Fphish'],
    ['%2F%0A%2Fx'],
    ['%2F%0D%2Fevil.example'],
    // Protocol-relative and backslash forms.
    ['%2F%2Fevil.example'],
    ['%2F%5Cevil.example'],
    ['%5C%5Cevil.example'],
    ['%2F%5C%09%2Fevil.example'],
    // Leading spaces / control characters are trimmed by browsers.
    ['%20%2F%2Fevil.example'],
    ['%00%2F%2Fevil.example'],
    // Encoded once more: decoding on the way would make them "//".
    ['%2F%252F%252Fevil.example'],
    ['%2F%25252F%25252Fevil.example'],
    ['%2F%2509%2Fevil.example'],
    // Schemes and hosts.
    ['https%3A%2F%2Fevil.example'],
    ['javascript%3Aalert(1)'],
    ['%2F.%2F%2Fevil.example'],
    ['evil.example'],
    // Malformed or absurd.
    ['%2F%25zz'],
    ['%2F%25E0%25A4%25A'],
    [''],
  ])('refuses %s', (encoded) => {
    expect(safeCallbackPath(fromQuery(encoded), 'en')).toBe('/en');
  });

  it('refuses non-strings, arrays and overlong values', () => {
    expect(safeCallbackPath(undefined, 'vi')).toBe('/vi');
    expect(safeCallbackPath(['/en/a', '/en/b'], 'en')).toBe('/en');
    expect(safeCallbackPath(`/${'a'.repeat(5000)}`, 'en')).toBe('/en');
  });

  it('never returns anything a browser would resolve to another origin', () => {
    const samples = ['/', '/en', '/a/../..//x', '/./\\x', '/%2e%2e/%2f/x', '/\u2028/x', '/ /x'];
    for (const sample of samples) {
      const result = safeCallbackPath(sample, 'en');
      expect(new URL(result, 'https://app.example').origin).toBe('https://app.example');
    }
  });
});
