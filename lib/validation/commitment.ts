// Schemas for the admin's commitment and citation forms. Every field arrives as a string from a
// form; blanks mean "not given". Error messages are catalog keys (adminContent.errors.*).
import { z } from 'zod';
import { fieldErrorsOf as fieldErrorsWithFallback, type FieldErrors } from './field-errors';
import { CONTROL_CHARACTERS, MARKUP } from './plain-text';

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MAX_LENGTH = 120;
const TITLE_MAX_LENGTH = 300;
const DESCRIPTION_MAX_LENGTH = 5000;
const SHORT_TEXT_MAX_LENGTH = 200;
export const QUOTE_MAX_LENGTH = 5000;

export const RESPONSIBLE_PARTIES = ['VIET_NAM', 'UK', 'BOTH', 'ASEAN', 'ASEAN_UK'] as const;
export const COMMITMENT_KINDS = ['NUMERIC_TARGET', 'MILESTONE', 'QUALITATIVE'] as const;

export type { FieldErrors } from './field-errors';

const E = (key: string) => `adminContent.errors.${key}`;

/** Plain text, trimmed; blank becomes null. */
export function optionalText(max: number) {
  return z
    .string({ error: E('text') })
    .trim()
    .max(max, { error: E('tooLong') })
    .refine((value) => !CONTROL_CHARACTERS.test(value), { error: E('controlCharacters') })
    .refine((value) => !MARKUP.test(value), { error: E('markup') })
    .transform((value) => (value === '' ? null : value));
}

const optionalNumber = z
  .string({ error: E('number') })
  .trim()
  .refine((value) => value === '' || /^-?\d+([.,]\d+)?$/.test(value), { error: E('number') })
  .transform((value) => (value === '' ? null : Number(value.replace(',', '.'))))
  .refine((value) => value === null || Math.abs(value) < 1e15, { error: E('number') });

/** yyyy-mm-dd (what <input type="date"> sends), a real calendar day between 1900 and 2200. */
export const optionalDate = z
  .string({ error: E('date') })
  .trim()
  .refine((value) => value === '' || isIsoDay(value), { error: E('date') })
  .transform((value) => (value === '' ? null : new Date(`${value}T00:00:00Z`)));

export function isIsoDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  const year = date.getUTCFullYear();
  return (
    !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value && year >= 1900 && year <= 2200
  );
}

export const id = (key: string) =>
  z
    .string({ error: E(key) })
    .trim()
    .regex(/^\d{1,9}$/, { error: E(key) })
    .transform(Number);

export const slugSchema = z
  .string({ error: E('slug') })
  .trim()
  .min(1, { error: E('slug') })
  .max(SLUG_MAX_LENGTH, { error: E('slug') })
  .regex(SLUG_PATTERN, { error: E('slug') });

export const commitmentContentSchema = z
  .object({
    agreementId: id('agreement'),
    pillarId: z
      .string({ error: E('pillar') })
      .trim()
      .refine((value) => value === '' || /^\d{1,9}$/.test(value), { error: E('pillar') })
      .transform((value) => (value === '' ? null : Number(value))),
    titleEn: optionalText(TITLE_MAX_LENGTH),
    titleVi: optionalText(TITLE_MAX_LENGTH),
    descriptionEn: optionalText(DESCRIPTION_MAX_LENGTH),
    descriptionVi: optionalText(DESCRIPTION_MAX_LENGTH),
    responsibleParty: z.enum(RESPONSIBLE_PARTIES, { error: E('party') }),
    kind: z.enum(COMMITMENT_KINDS, { error: E('kind') }),
    metricUnit: optionalText(SHORT_TEXT_MAX_LENGTH),
    baselineValue: optionalNumber,
    baselineDate: optionalDate,
    targetValue: optionalNumber,
    targetDate: optionalDate,
    deadline: optionalDate,
    deadlineTextEn: optionalText(SHORT_TEXT_MAX_LENGTH),
    deadlineTextVi: optionalText(SHORT_TEXT_MAX_LENGTH),
  })
  .superRefine((value, context) => {
    // A missing translation falls back to the other language, but a commitment needs a title.
    if (!value.titleEn && !value.titleVi) {
      context.addIssue({ code: 'custom', path: ['titleEn'], message: E('titleRequired') });
    }
  });

export type CommitmentContent = z.infer<typeof commitmentContentSchema>;

export const createCommitmentSchema = commitmentContentSchema.and(z.object({ slug: slugSchema }));
export const editCommitmentSchema = commitmentContentSchema.and(z.object({ version: id('version') }));

/** The form's field names, in display order. */
export const COMMITMENT_FIELDS = [
  'slug',
  'agreementId',
  'pillarId',
  'titleEn',
  'titleVi',
  'descriptionEn',
  'descriptionVi',
  'responsibleParty',
  'kind',
  'metricUnit',
  'baselineValue',
  'baselineDate',
  'targetValue',
  'targetDate',
  'deadline',
  'deadlineTextEn',
  'deadlineTextVi',
] as const;

export type CommitmentField = (typeof COMMITMENT_FIELDS)[number];
export type CommitmentFormValues = Record<CommitmentField, string>;

const FIELD_MAX = 20_000;

/** What the admin typed, as strings (kept so a refused form re-opens with their values). */
export function commitmentValuesFromForm(form: FormData): CommitmentFormValues {
  const values = {} as CommitmentFormValues;
  for (const field of COMMITMENT_FIELDS) {
    const raw = form.get(field);
    // Browsers send textarea line breaks as CRLF; content is stored with LF.
    values[field] = typeof raw === 'string' ? raw.slice(0, FIELD_MAX).replace(/\r\n?/g, '\n') : '';
  }
  return values;
}

export const citationSchema = z.object({
  sourceId: id('source'),
  quote: z
    .string({ error: E('quote') })
    .transform((value) => value.replace(/\r\n?/g, '\n').trim())
    .pipe(
      z
        .string()
        .min(1, { error: E('quote') })
        .max(QUOTE_MAX_LENGTH, { error: E('tooLong') }),
    ),
  /** Where the admin picked the quote (a sentence of the source reader); blank: find it. */
  startOffset: z
    .string({ error: E('invalid') })
    .trim()
    .regex(/^\d{0,9}$/, { error: E('invalid') })
    .transform((value) => (value === '' ? null : Number(value)))
    .optional(),
});

/** Where a quote sits in its source: the first verbatim occurrence, or null when absent. */
export function locateQuote(
  sourceText: string,
  quote: string,
  /** The offset the admin picked: kept when the quote is there (a sentence may occur twice). */
  at?: number | null,
): { startOffset: number; endOffset: number } | null {
  if (!quote) return null;
  if (at !== undefined && at !== null && sourceText.slice(at, at + quote.length) === quote) {
    return { startOffset: at, endOffset: at + quote.length };
  }
  const startOffset = sourceText.indexOf(quote);
  return startOffset < 0 ? null : { startOffset, endOffset: startOffset + quote.length };
}

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  return fieldErrorsWithFallback(error, E('invalid'));
}
