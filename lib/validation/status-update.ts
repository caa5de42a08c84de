// One schema for a status update, shared by the editor form, the server action and the JSON API.
// Error messages are catalog keys (editor.errors.*), translated where they are shown.
import { z } from 'zod';
import { STATUSES } from '../domain/status';
import { fieldErrorsOf as fieldErrorsWithFallback } from './field-errors';
import { CONTROL_CHARACTERS, MARKUP } from './plain-text';

export const REASON_MAX_LENGTH = 2000;
export const URL_MAX_LENGTH = 2000;

export const statusUpdateSchema = z.object({
  status: z.enum(STATUSES, { error: 'editor.errors.status' }),
  progress: z
    .number({ error: 'editor.errors.progress' })
    .int({ error: 'editor.errors.progress' })
    .min(0, { error: 'editor.errors.progress' })
    .max(100, { error: 'editor.errors.progress' })
    .nullable()
    .optional(),
  value: z
    .number({ error: 'editor.errors.value' })
    .refine(Number.isFinite, { error: 'editor.errors.value' })
    .refine((value) => Math.abs(value) < 1e15, { error: 'editor.errors.value' })
    .nullable()
    .optional(),
  reason: z
    .string({ error: 'editor.errors.reasonRequired' })
    .trim()
    .min(1, { error: 'editor.errors.reasonRequired' })
    .max(REASON_MAX_LENGTH, { error: 'editor.errors.reasonTooLong' })
    .refine((reason) => !CONTROL_CHARACTERS.test(reason), { error: 'editor.errors.controlCharacters' })
    .refine((reason) => !MARKUP.test(reason), { error: 'editor.errors.markup' }),
  evidenceUrl: z
    .string({ error: 'editor.errors.evidenceUrl' })
    .trim()
    .max(URL_MAX_LENGTH, { error: 'editor.errors.evidenceUrl' })
    .refine((url) => url === '' || isHttpUrl(url), { error: 'editor.errors.evidenceUrl' })
    .transform((url) => (url === '' ? null : url))
    .nullable()
    .optional(),
  version: z
    .number({ error: 'editor.errors.version' })
    .int({ error: 'editor.errors.version' })
    .positive({ error: 'editor.errors.version' }),
});

export type StatusUpdateInput = z.infer<typeof statusUpdateSchema>;
export type StatusUpdateField = keyof StatusUpdateInput;
export type FieldErrors = Partial<Record<StatusUpdateField | 'form', string>>;

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

/** Turns the editor form into the shape the schema (and the JSON API) uses. */
export function statusUpdateFromForm(form: FormData): Record<string, unknown> {
  return {
    status: textField(form.get('status')),
    progress: numberField(form.get('progress')),
    value: numberField(form.get('value')),
    reason: textField(form.get('reason')),
    evidenceUrl: textField(form.get('evidenceUrl')) ?? null,
    version: numberField(form.get('version')),
  };
}

/** First message per field, as catalog keys. */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  return fieldErrorsWithFallback(error, 'editor.errors.invalid');
}
