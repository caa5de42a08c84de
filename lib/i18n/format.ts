// Locale-aware formatting. Vietnamese uses day/month/year and "1.234,5"; English uses en-GB dates.
import type { Locale } from './config';

const intlLocale: Record<Locale, string> = { en: 'en-GB', vi: 'vi-VN' };

const DATE_PARTS: Intl.DateTimeFormatOptions = { day: '2-digit', year: 'numeric', timeZone: 'UTC' };
const TIME_PARTS: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', timeZoneName: 'short' };

// Formatters are built once per locale and kind: building one costs far more than using it, and
// a page of changes formats a few hundred dates.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

/** A date (and with `withTime`, its hour and minute), in UTC, as the reader's locale writes it. */
function formatDateParts(value: Date | string | null | undefined, locale: Locale, withTime: boolean): string {
  if (!value) return '—';
  const date = typeof value === 'string' ? new Date(value) : value;
  const key = `${locale}:${withTime}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale[locale], {
      ...DATE_PARTS,
      month: locale === 'vi' ? '2-digit' : 'short',
      ...(withTime ? TIME_PARTS : {}),
    });
    dateFormats.set(key, format);
  }
  return format.format(date);
}

export function formatDate(value: Date | string | null | undefined, locale: Locale): string {
  return formatDateParts(value, locale, false);
}

export function formatDateTime(value: Date | string | null | undefined, locale: Locale): string {
  return formatDateParts(value, locale, true);
}

export function formatNumber(
  value: number | null | undefined,
  locale: Locale,
  maximumFractionDigits = 1,
): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  const key = `${locale}:${maximumFractionDigits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(intlLocale[locale], { maximumFractionDigits });
    numberFormats.set(key, format);
  }
  return format.format(value);
}
