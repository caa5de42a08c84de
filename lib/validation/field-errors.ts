// Zod issues → one catalog key per field, as forms, actions and the API report them.
import type { z } from 'zod';

/** Field name → catalog key (e.g. `reason` → `editor.errors.reasonRequired`); `form` for the whole. */
export type FieldErrors = Record<string, string>;

/**
 * First message per field. Schemas give catalog keys as messages; anything else (zod's own text
 * for an issue a schema did not word) becomes `fallbackKey`.
 */
export function fieldErrorsOf(error: z.ZodError, fallbackKey: string): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form');
    errors[field] ??= /^[a-zA-Z]+\.errors\./.test(issue.message) ? issue.message : fallbackKey;
  }
  return errors;
}
