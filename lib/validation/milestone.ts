// The milestone form's schema (editors and admins). Fields arrive as strings; error messages are
// catalog keys (adminContent.errors.*).
import { z } from 'zod';
import { optionalDate } from './commitment';

const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029]/u;
const MARKUP = /<\s*\/?\s*[a-z!?][^>]*>/i;
const TITLE_MAX_LENGTH = 300;

export const MILESTONE_INTENTS = ['add', 'save', 'done', 'reopen', 'remove'] as const;
export type MilestoneIntent = (typeof MILESTONE_INTENTS)[number];

const title = z
  .string({ error: 'adminContent.errors.text' })
  .trim()
  .max(TITLE_MAX_LENGTH, { error: 'adminContent.errors.tooLong' })
  .refine((value) => !CONTROL_CHARACTERS.test(value), { error: 'adminContent.errors.controlCharacters' })
  .refine((value) => !MARKUP.test(value), { error: 'adminContent.errors.markup' })
  .transform((value) => (value === '' ? null : value));

export const milestoneSchema = z
  .object({
    titleEn: title,
    titleVi: title,
    dueDate: optionalDate,
    doneDate: optionalDate,
  })
  .superRefine((value, context) => {
    if (!value.titleEn && !value.titleVi) {
      context.addIssue({ code: 'custom', path: ['titleEn'], message: 'adminContent.errors.titleRequired' });
    }
    if (value.doneDate instanceof Date && value.doneDate.getTime() > Date.now() + 36 * 3600 * 1000) {
      context.addIssue({ code: 'custom', path: ['doneDate'], message: 'adminContent.errors.doneInFuture' });
    }
  });

export type MilestoneInput = z.infer<typeof milestoneSchema>;

export const MILESTONE_FIELDS = ['titleEn', 'titleVi', 'dueDate', 'doneDate'] as const;
export type MilestoneFormValues = Record<(typeof MILESTONE_FIELDS)[number], string>;

export function milestoneValuesFromForm(form: FormData): MilestoneFormValues {
  const values = {} as MilestoneFormValues;
  for (const field of MILESTONE_FIELDS) {
    const raw = form.get(field);
    values[field] = typeof raw === 'string' ? raw.slice(0, 2000) : '';
  }
  return values;
}
