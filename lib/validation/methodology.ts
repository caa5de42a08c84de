// The status definitions an admin publishes: every status in both languages, plain text.
import { z } from 'zod';
import { STATUSES, type Status } from '../domain/status';
import type { StatusDefinitions } from '../domain/methodology';
import type { Locale } from '../i18n/config';
import { CONTROL_CHARACTERS, MARKUP } from './plain-text';

export const DEFINITION_MAX_LENGTH = 1000;
export const NOTE_MAX_LENGTH = 500;
const LOCALES = ['en', 'vi'] as const satisfies readonly Locale[];

const E = (key: string) => `methodology.errors.${key}`;

function plainText(max: number, tooLong: string) {
  return z
    .string({ error: E('definitionRequired') })
    .trim()
    .max(max, { error: E(tooLong) })
    .refine((value) => !CONTROL_CHARACTERS.test(value), { error: E('controlCharacters') })
    .refine((value) => !MARKUP.test(value), { error: E('markup') });
}

const definition = plainText(DEFINITION_MAX_LENGTH, 'definitionTooLong').pipe(
  z.string().min(1, { error: E('definitionRequired') }),
);
const note = z
  .union([z.undefined(), plainText(NOTE_MAX_LENGTH, 'noteTooLong')])
  .transform((value) => (value ? value : null));

const definitionsSchema = z.object(
  Object.fromEntries(
    STATUSES.map((status) => [status, z.object({ en: definition, vi: definition })]),
  ) as Record<Status, z.ZodObject<{ en: typeof definition; vi: typeof definition }>>,
);

export const publishMethodologySchema = z.object({
  /** The version the form started from; publishing it again after someone else did conflicts. */
  basedOn: z
    .string({ error: E('basedOn') })
    .regex(/^[1-9]\d{0,8}$/, { error: E('basedOn') })
    .transform(Number),
  definitions: definitionsSchema,
  noteEn: note,
  noteVi: note,
});

export type PublishMethodologyInput = z.output<typeof publishMethodologySchema>;

/** What the form holds, as typed (nothing parsed yet). */
export interface MethodologyFormValues {
  definitions: StatusDefinitions;
  noteEn: string;
  noteVi: string;
}

/** The form field of one definition; also its key in field errors (`definitions.ACHIEVED.en`). */
export const definitionField = (status: Status, locale: Locale) => `definitions.${status}.${locale}`;

/** FormData → the nested values the schema reads (text only, each cut to a sane length). */
export function methodologyValuesFromForm(form: FormData): MethodologyFormValues {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === 'string' ? value.slice(0, DEFINITION_MAX_LENGTH * 4) : '';
  };
  return {
    definitions: Object.fromEntries(
      STATUSES.map((status) => [
        status,
        Object.fromEntries(LOCALES.map((locale) => [locale, text(definitionField(status, locale))])),
      ]),
    ) as StatusDefinitions,
    noteEn: text('noteEn'),
    noteVi: text('noteVi'),
  };
}

/** Same wording for every status in both languages (surrounding spaces aside). */
export function sameDefinitions(a: StatusDefinitions, b: StatusDefinitions): boolean {
  return STATUSES.every((status) =>
    LOCALES.every((locale) => a[status][locale].trim() === b[status][locale].trim()),
  );
}
