// Schemas for the admin's agreement, pillar and source forms. Every field arrives as a string
// from a form; blanks mean "not given". Error messages are catalog keys.
import { z } from 'zod';
import { id, isIsoDay, optionalText, slugSchema } from './commitment';
import { CONTROL_CHARACTERS } from './plain-text';

export const AGREEMENT_KINDS = [
  'JOINT_STATEMENT',
  'PLAN_OF_ACTION',
  'MOU',
  'MEETING_OUTCOME',
  'OTHER',
] as const;
export const AGREEMENT_DATE_KINDS = ['SIGNED', 'ADOPTED', 'REVIEWED'] as const;
export const SOURCE_LANGUAGES = ['en', 'vi'] as const;
/** A pasted source text: generous, but bounded (about 200 pages). */
export const SOURCE_TEXT_MAX_LENGTH = 500_000;

const E = (key: string) => `adminContent.errors.${key}`;
const A = (key: string) => `authoring.errors.${key}`;

const requiredDay = z
  .string({ error: E('date') })
  .trim()
  .refine(isIsoDay, { error: E('date') })
  .transform((value) => new Date(`${value}T00:00:00Z`));

const optionalDay = z
  .string({ error: E('date') })
  .trim()
  .refine((value) => value === '' || isIsoDay(value), { error: E('date') })
  .transform((value) => (value === '' ? null : new Date(`${value}T00:00:00Z`)));

const requiredText = (max: number) =>
  optionalText(max).refine((value): value is string => value !== null, { error: A('required') });

/** At least one language: the other may follow later (pages fall back and say so). */
const oneOf = <T extends { [key: string]: unknown }>(en: keyof T, vi: keyof T) => ({
  check: (value: T) => value[en] !== null || value[vi] !== null,
});

export const agreementContentSchema = z
  .object({
    titleEn: optionalText(300),
    titleVi: optionalText(300),
    summaryEn: optionalText(5000),
    summaryVi: optionalText(5000),
    parties: requiredText(300),
    kind: z.enum(AGREEMENT_KINDS, { error: A('kind') }),
    dateKind: z.enum(AGREEMENT_DATE_KINDS, { error: A('dateKind') }),
    signedOn: requiredDay,
  })
  .refine(oneOf<{ titleEn: unknown; titleVi: unknown }>('titleEn', 'titleVi').check, {
    error: E('titleRequired'),
    path: ['titleEn'],
  });

export const createAgreementSchema = agreementContentSchema.and(z.object({ slug: slugSchema }));
export const editAgreementSchema = agreementContentSchema.and(
  z.object({ slug: z.string().max(200), version: id('version') }),
);

export const pillarNamesSchema = z
  .object({ nameEn: optionalText(200), nameVi: optionalText(200) })
  .refine((value) => value.nameEn !== null || value.nameVi !== null, {
    error: E('titleRequired'),
    path: ['nameEn'],
  });

export const addPillarSchema = pillarNamesSchema.and(
  z.object({ agreementSlug: z.string().max(200), slug: slugSchema }),
);
export const editPillarSchema = pillarNamesSchema.and(
  z.object({ agreementSlug: z.string().max(200), pillarId: id('invalid') }),
);
export const movePillarSchema = z.object({
  agreementSlug: z.string().max(200),
  pillarId: id('invalid'),
  direction: z.enum(['up', 'down'], { error: E('invalid') }),
});

/** Pasted text as it is kept: line endings unified, composed (NFC), never otherwise changed. */
export function normalizeSourceText(text: string): string {
  return text.replace(/\r\n?/g, '\n').normalize('NFC');
}

const sourceText = z
  .string({ error: A('sourceText') })
  .transform(normalizeSourceText)
  .refine((value) => value.trim() !== '', { error: A('sourceText') })
  .refine((value) => value.length <= SOURCE_TEXT_MAX_LENGTH, { error: E('tooLong') })
  // Tabs and line breaks are text; other control characters are not.
  .refine((value) => !CONTROL_CHARACTERS.test(value), { error: E('controlCharacters') });

export const sourceMetadataSchema = z.object({
  title: requiredText(300),
  publisher: requiredText(200),
  publishedOn: optionalDay,
  language: z.enum(SOURCE_LANGUAGES, { error: A('language') }),
  agreementId: z
    .string({ error: E('agreement') })
    .trim()
    .refine((value) => value === '' || /^\d{1,9}$/.test(value), { error: E('agreement') })
    .transform((value) => (value === '' ? null : Number(value))),
});

/** An uploaded file, kept as sent beside the text extracted from it (lib/sources/extract.ts). */
export const sourceOriginalSchema = z.object({
  fileName: z.string().max(200),
  contentType: z.string().max(200),
  bytes: z.instanceof(Uint8Array),
});

export const createSourceSchema = sourceMetadataSchema.extend({
  slug: slugSchema,
  text: sourceText,
  original: sourceOriginalSchema.optional(),
});
export const editSourceSchema = sourceMetadataSchema.extend({
  slug: z.string().max(200),
  text: sourceText,
});
