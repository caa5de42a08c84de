// The message catalog and the translator. All user-facing text goes through t(), so both
// languages stay complete (tests/unit/i18n-catalog.test.ts).
import type { Locale } from './config';
import { en } from './messages/en';
import { vi } from './messages/vi';
import { fillTemplate } from './template';

type Widen<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof en>;

type Paths<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Paths<T[K], `${Prefix}${K}.`>;
}[keyof T & string];
export type MessageKey = Paths<Messages>;

export const catalogs: Record<Locale, Messages> = { en, vi };

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

export function lookup(messages: Messages, key: string): string | undefined {
  let node: unknown = messages;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

export function createTranslator(locale: Locale): Translate {
  const messages = catalogs[locale];
  return (key, values) => {
    const template = lookup(messages, key) ?? lookup(catalogs.en, key) ?? key;
    return values ? fillTemplate(template, values) : template;
  };
}
