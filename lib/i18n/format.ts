// Locale-aware formatting. Vietnamese uses day/month/year and "1.234,5"; English uses en-GB dates.
import type { Locale } from './config';

const intlLocale: Record<Locale, string> = { en: 'en-GB', vi: 'vi-VN' };

const DATE_PARTS: Intl.DateTimeFormatOptions = { day: '2-digit', year: 'numeric', timeZone: 'UTC' };

/** A date (and with `time`, its hour and minute), in UTC, as the reader's locale writes it. */
function formatDateParts(
  value: Date | string | null | undefined,
  locale: Locale,
  time?: Intl.DateTimeFormatOptions,
): string {
  if (!value) return '—';
  const date = typeof value === 'string' ? new Date(value) : value;
  return new Intl.DateTimeFormat(intlLocale[locale], {
    ...DATE_PARTS,
    month: locale === 'vi' ? '2-digit' : 'short',
    ...time,
  }).format(date);
}

export function formatDate(value: Date | string | null | undefined, locale: Locale): string {
  return formatDateParts(value, locale);
}

export function formatDateTime(value: Date | string | null | undefined, locale: Locale): string {
  return formatDateParts(value, locale, { hour: '2-digit', minute: '2-digit', timeZoneName: 'short' });
}

export function formatNumber(
  value: number | null | undefined,
  locale: Locale,
  maximumFractionDigits = 1,
): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  return new Intl.NumberFormat(intlLocale[locale], { maximumFractionDigits }).format(value);
}
