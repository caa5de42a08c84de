// Both languages are complete, and the catalog holds no dead text.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { localeFromAcceptLanguage } from '@/lib/i18n/config';
import { formatDate, formatNumber } from '@/lib/i18n/format';
import { catalogs, createTranslator } from '@/lib/i18n/messages';

const root = path.resolve(import.meta.dirname, '..', '..');

function flatten(node: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(full, value);
    else for (const [k, v] of flatten(value, full)) out.set(k, v);
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory())
      return entry.name === 'generated' || entry.name === 'messages' ? [] : sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

const en = flatten(catalogs.en);
const vi = flatten(catalogs.vi);

describe('message catalogs', () => {
  it('have exactly the same keys in English and Vietnamese', () => {
    expect([...vi.keys()].filter((key) => !en.has(key))).toEqual([]);
    expect([...en.keys()].filter((key) => !vi.has(key))).toEqual([]);
  });

  it('have no empty messages and the same placeholders in both languages', () => {
    for (const [key, text] of en) {
      const translated = vi.get(key)!;
      expect(text.trim(), key).not.toBe('');
      expect(translated.trim(), key).not.toBe('');
      const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(placeholders(translated), key).toEqual(placeholders(text));
    }
  });

  it('use every key somewhere in the code (literal key, or a template such as `common.status.${s}.label`)', () => {
    const code = ['app', 'components', 'lib', 'proxy.ts']
      .map((entry) => path.join(root, entry))
      .flatMap((entry) => (fs.statSync(entry).isDirectory() ? sourceFiles(entry) : [entry]))
      .map((file) => fs.readFileSync(file, 'utf8'))
      .join('\n');
    const templatePrefixes = [...code.matchAll(/`([a-zA-Z0-9_.]+)\.\$\{/g)].map((m) => `${m[1]}.`);
    // The error boundary is a client component: it imports its small catalog directly
    // (text.title …) instead of shipping the whole catalog to the browser.
    templatePrefixes.push('dashboard.error.');
    const unused = [...en.keys()].filter(
      (key) =>
        !code.includes(`'${key}'`) &&
        !code.includes(`"${key}"`) &&
        !code.includes(`\`${key}\``) &&
        !templatePrefixes.some((prefix) => key.startsWith(prefix)),
    );
    expect(unused).toEqual([]);
  });
});

describe('translator and formats', () => {
  it('fills placeholders and translates', () => {
    expect(createTranslator('en')('common.status.AT_RISK.label')).toBe('At risk');
    expect(createTranslator('vi')('common.status.AT_RISK.label')).toBe('Có nguy cơ');
    expect(createTranslator('en')('editor.form.openedAt', { version: 7 })).toBe('Editing version 7');
  });

  it('formats dates and numbers per language', () => {
    const date = new Date('2026-11-23T10:00:00Z');
    expect(formatDate(date, 'vi')).toBe('23/11/2026');
    expect(formatDate(date, 'en')).toBe('23 Nov 2026');
    expect(formatNumber(1234.5, 'vi')).toBe('1.234,5');
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
  });

  it('picks the first supported language from Accept-Language', () => {
    expect(localeFromAcceptLanguage('vi-VN,vi;q=0.9,en;q=0.8')).toBe('vi');
    expect(localeFromAcceptLanguage('fr-FR,en;q=0.5,vi;q=0.9')).toBe('vi');
    expect(localeFromAcceptLanguage('de')).toBe('en');
    expect(localeFromAcceptLanguage(undefined)).toBe('en');
  });
});
