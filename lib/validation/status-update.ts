// One schema for a status update (an assessment: whose verdict, as of when, on what evidence), shared by the editor form, the server action and the JSON API.
// Error messages are catalog keys (editor.errors.*), translated where they are shown.
import { z } from 'zod';
import { STATUSES } from '../domain/status';
import { ASSESSORS } from '../domain/verdicts';
import { isIsoDay } from './commitment';
import { fieldErrorsOf as fieldErrorsWithFallback } from './field-errors';
import { CONTROL_CHARACTERS, MARKUP } from './plain-text';

export const REASON_MAX_LENGTH = 2000;
export const URL_MAX_LENGTH = 2000;
export const EVIDENCE_TITLE_MAX_LENGTH = 300;
export const EVIDENCE_MAX_ITEMS = 10;
const QUOTE_MAX_LENGTH = 5000;
/** Postgres `integer`: anything larger cannot be a version or an id. */
const INT_MAX = 2_147_483_647;

const E = (key: string) => `editor.errors.${key}`;
const A = (key: string) => `assessment.errors.${key}`;

/** Plain text (no control characters, no markup); blank becomes null. */
function optionalPlainText(max: number, key: string) {
  return z
    .string({ error: key })
    .trim()
    .max(max, { error: key })
    .refine((text) => !CONTROL_CHARACTERS.test(text), { error: E('controlCharacters') })
    .refine((text) => !MARKUP.test(text), { error: E('markup') })
    .transform((text) => (text === '' ? null : text))
    .nullable()
    .optional();
}

const httpUrl = (key: string) =>
  z
    .string({ error: E(key) })
    .trim()
    .max(URL_MAX_LENGTH, { error: E(key) })
    .refine((url) => url === '' || isHttpUrl(url), { error: E(key) })
    .transform((url) => (url === '' ? null : url))
    .nullable()
    .optional();

/**
 * The latest day a verdict may describe: today somewhere on Earth (UTC+14), so an editor in Hanoi
 * early in the morning is not told their today is in the future.
 */
export function latestAssessableDay(now = new Date()): string {
  return new Date(now.getTime() + 14 * 3600 * 1000).toISOString().slice(0, 10);
}

const calendarDay = (key: string) => z.string({ error: key }).trim().refine(isIsoDay, { error: key });

export const evidenceItemSchema = z.object({
  title: z
    .string({ error: A('evidenceTitle') })
    .trim()
    .min(1, { error: A('evidenceTitle') })
    .max(EVIDENCE_TITLE_MAX_LENGTH, { error: A('evidenceTitle') })
    .refine((text) => !CONTROL_CHARACTERS.test(text), { error: E('controlCharacters') })
    .refine((text) => !MARKUP.test(text), { error: E('markup') }),
  publisher: optionalPlainText(200, A('evidencePublisher')),
  publishedOn: calendarDay(A('evidencePublishedOn'))
    .refine((day) => day <= latestAssessableDay(), { error: A('evidencePublishedOn') })
    .nullable()
    .optional(),
  url: httpUrl('evidenceUrl'),
  quote: optionalPlainText(QUOTE_MAX_LENGTH, A('evidenceQuote')),
  fileId: z
    .number({ error: A('evidenceFile') })
    .int({ error: A('evidenceFile') })
    .positive({ error: A('evidenceFile') })
    .max(INT_MAX, { error: A('evidenceFile') })
    .nullable()
    .optional(),
});

export type EvidenceItemInput = z.infer<typeof evidenceItemSchema>;

export const statusUpdateSchema = z.object({
  status: z.enum(STATUSES, { error: E('status') }),
  progress: z
    .number({ error: E('progress') })
    .int({ error: E('progress') })
    .min(0, { error: E('progress') })
    .max(100, { error: E('progress') })
    .nullable()
    .optional(),
  value: z
    .number({ error: E('value') })
    .refine(Number.isFinite, { error: E('value') })
    .refine((value) => Math.abs(value) < 1e15, { error: E('value') })
    .nullable()
    .optional(),
  reason: z
    .string({ error: E('reasonRequired') })
    .trim()
    .min(1, { error: E('reasonRequired') })
    .max(REASON_MAX_LENGTH, { error: E('reasonTooLong') })
    .refine((reason) => !CONTROL_CHARACTERS.test(reason), { error: E('controlCharacters') })
    .refine((reason) => !MARKUP.test(reason), { error: E('markup') }),
  /** Shorthand for one evidence item that is just this link. */
  evidenceUrl: httpUrl('evidenceUrl'),
  /** The day the verdict describes; today when not given. Not after today (see latestAssessableDay). */
  assessedOn: calendarDay(A('assessedOn'))
    .refine((day) => day <= latestAssessableDay(), { error: A('assessedOnFuture') })
    .optional(),
  assessor: z.enum(ASSESSORS, { error: A('assessor') }).default('INDEPENDENT'),
  assessorName: optionalPlainText(200, A('assessorName')),
  evidence: z
    .array(evidenceItemSchema, { error: A('evidence') })
    .max(EVIDENCE_MAX_ITEMS, { error: A('evidenceTooMany') })
    .optional(),
  version: z
    .number({ error: E('version') })
    .int({ error: E('version') })
    .positive({ error: E('version') })
    .max(INT_MAX, { error: E('version') }),
});

export type StatusUpdateInput = z.infer<typeof statusUpdateSchema>;
export type FieldErrors = Record<string, string | undefined>;

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

/** Form fields arrive as strings: blank means "not given", numbers must be plain decimal numbers. */
function numberField(raw: FormDataEntryValue | null): number | string | null {
  if (raw === null || typeof raw !== 'string' || raw.trim() === '') return null;
  const text = raw.trim().replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : raw;
}

function textField(raw: FormDataEntryValue | null): string | undefined {
  return typeof raw === 'string' ? raw : undefined;
}

export const EVIDENCE_TEXT_FIELDS = ['title', 'publisher', 'publishedOn', 'url', 'quote'] as const;

/**
 * The form's evidence rows (`evidence.N.title` …, `evidence.N.fileId` of a file the page already
 * uploaded) as the schema's items. Blank rows are dropped; `rows[i]` is the form row of item i, so
 * field errors go back next to the right row. A row without a title is titled by its link.
 */
export function evidenceFromForm(form: FormData) {
  const items: Record<string, unknown>[] = [];
  const rows: number[] = [];
  for (let row = 0; row < EVIDENCE_MAX_ITEMS; row += 1) {
    const text = (field: string) => textField(form.get(`evidence.${row}.${field}`))?.trim() ?? '';
    const fileId = numberField(form.get(`evidence.${row}.fileId`));
    const values = Object.fromEntries(EVIDENCE_TEXT_FIELDS.map((field) => [field, text(field)]));
    if (fileId === null && Object.values(values).every((value) => value === '')) continue;
    // A blank field is "not given", as in the JSON API (a blank date is no date, not a bad one).
    const given = Object.fromEntries(Object.entries(values).map(([field, value]) => [field, value || null]));
    items.push({ ...given, title: values.title || values.url || '', fileId });
    rows.push(row);
  }
  return { items, rows };
}

/** Turns the editor form into the shape the schema (and the JSON API) uses. */
export function statusUpdateFromForm(
  form: FormData,
  evidence: Record<string, unknown>[] = [],
): Record<string, unknown> {
  const assessedOn = textField(form.get('assessedOn'))?.trim();
  return {
    status: textField(form.get('status')),
    progress: numberField(form.get('progress')),
    value: numberField(form.get('value')),
    reason: textField(form.get('reason')),
    evidenceUrl: textField(form.get('evidenceUrl')) ?? null,
    assessedOn: assessedOn || undefined,
    assessor: textField(form.get('assessor')) || undefined,
    assessorName: textField(form.get('assessorName')) ?? null,
    evidence,
    version: numberField(form.get('version')),
  };
}

/** First message per field, as catalog keys. */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  return fieldErrorsWithFallback(error, 'editor.errors.invalid');
}
