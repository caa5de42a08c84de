// The status definitions as published (versioned in MethodologyVersion). Version 1 is the wording
// the interface catalogs carry; an admin's edit publishes the next version.
import { catalogs, lookup } from '../i18n/messages';
import type { Locale } from '../i18n/config';
import { STATUSES, type Status } from './status';

export type StatusDefinitions = Record<Status, Record<Locale, string>>;

export function initialStatusDefinitions(): StatusDefinitions {
  return Object.fromEntries(
    STATUSES.map((status) => [
      status,
      {
        en: lookup(catalogs.en, `common.status.${status}.definition`) ?? '',
        vi: lookup(catalogs.vi, `common.status.${status}.definition`) ?? '',
      },
    ]),
  ) as StatusDefinitions;
}

/** Reads stored JSON defensively: a status or language missing from it falls back to version 1. */
export function parseStatusDefinitions(value: unknown): StatusDefinitions {
  const fallback = initialStatusDefinitions();
  const stored = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  return Object.fromEntries(
    STATUSES.map((status) => {
      const entry = (stored[status] ?? {}) as Record<string, unknown>;
      const pick = (locale: Locale) =>
        typeof entry[locale] === 'string' && (entry[locale] as string).trim()
          ? (entry[locale] as string)
          : fallback[status][locale];
      return [status, { en: pick('en'), vi: pick('vi') }];
    }),
  ) as StatusDefinitions;
}
