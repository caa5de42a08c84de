import 'server-only';
import { notFound } from 'next/navigation';
import { isLocale, type Locale } from './config';
import { createTranslator } from './messages';

/** Resolves a page's `[lang]` segment; anything but a supported locale is a 404. */
export async function resolveLocale(params: Promise<{ lang: string }>): Promise<Locale> {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  return lang;
}

export async function localeAndTranslator(params: Promise<{ lang: string }>) {
  const locale = await resolveLocale(params);
  return { locale, t: createTranslator(locale) };
}
