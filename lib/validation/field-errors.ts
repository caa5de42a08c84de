// Zod issues → one catalog key per field, as forms, actions and the API report them.
import type { z } from 'zod';

/**
 * Field name → catalog key (e.g. `reason` → `editor.errors.reasonRequired`); `form` for the whole;
 * nested fields by their path (`evidence.0.url`).
 */
export type FieldErrors = Record<string, string>;

/**
 * First message per field. Schemas give catalog keys as messages; anything else (zod's own text
 * for an issue a schema did not word) becomes `fallbackKey`.
 */
export function fieldErrorsOf(error: z.ZodError, fallbackKey: string): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.length > 0 ? issue.path.map(String).join('.') : 'form';
    errors[field] ??= /^[a-zA-Z]+\.errors\./.test(issue.message) ? issue.message : fallbackKey;
  }
  return errors;
}
