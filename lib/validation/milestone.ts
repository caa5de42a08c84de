// The milestone form's schema (editors and admins). Fields arrive as strings; error messages are
// catalog keys (adminContent.errors.*).
import { z } from 'zod';
import { optionalDate, optionalText } from './commitment';

const TITLE_MAX_LENGTH = 300;

export const MILESTONE_INTENTS = ['add', 'save', 'done', 'reopen', 'remove'] as const;
export type MilestoneIntent = (typeof MILESTONE_INTENTS)[number];

const title = optionalText(TITLE_MAX_LENGTH);

export const milestoneFields = {
  titleEn: title,
  titleVi: title,
  dueDate: optionalDate,
  doneDate: optionalDate,
};

type MilestoneValues = { titleEn: string | null; titleVi: string | null; doneDate: Date | null };

/** The checks across fields: a title in at least one language, and nothing done in the future. */
export function checkMilestone(value: MilestoneValues, context: z.RefinementCtx): void {
  if (!value.titleEn && !value.titleVi) {
    context.addIssue({ code: 'custom', path: ['titleEn'], message: 'adminContent.errors.titleRequired' });
  }
  if (value.doneDate instanceof Date && value.doneDate.getTime() > Date.now() + 36 * 3600 * 1000) {
    context.addIssue({ code: 'custom', path: ['doneDate'], message: 'adminContent.errors.doneInFuture' });
  }
}

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
