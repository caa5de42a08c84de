// Interface text for the authoring forms, gathered on the server and handed to the client form.
import type { MessageKey, Translate } from '@/lib/i18n/messages';
import { AGREEMENT_DATE_KINDS, AGREEMENT_KINDS, SOURCE_LANGUAGES } from '@/lib/validation/agreement';
import type { AuthoringField } from './authoring-form';
import { contentErrorText } from './content-labels';

const AUTHORING_ERROR_KEYS = [
  'required',
  'kind',
  'dateKind',
  'language',
  'sourceText',
  'sourceTextCited',
  'agreementHasCommitments',
  'file.unsupported',
  'file.encoding',
  'file.unreadable',
  'file.empty',
  'file.tooLarge',
] as const;

export function authoringErrorText(t: Translate): Record<string, string> {
  return {
    ...contentErrorText(t),
    ...Object.fromEntries(
      AUTHORING_ERROR_KEYS.map((key) => {
        const full = `authoring.errors.${key}` as MessageKey;
        return [full, t(full)];
      }),
    ),
  };
}

export function authoringLabels(t: Translate): Record<string, string> {
  return {
    saved: t('authoring.form.saved'),
    fixErrors: t('authoring.form.fixErrors'),
    unauthenticated: t('authoring.form.unauthenticated'),
    forbidden: t('authoring.form.forbidden'),
    notFound: t('authoring.form.notFound'),
    conflict: t('authoring.form.conflict'),
    conflictTitle: t('authoring.form.conflictTitle'),
    conflictField: t('authoring.form.conflictField'),
    conflictTheirs: t('authoring.form.conflictTheirs'),
    conflictYours: t('authoring.form.conflictYours'),
  };
}

export function agreementFields(t: Translate, withSlug: boolean): AuthoringField[] {
  return [
    withSlug
      ? {
          name: 'slug',
          kind: 'text',
          label: t('authoring.agreement.slug'),
          hint: t('authoring.agreement.slugHint'),
        }
      : { name: 'slug', kind: 'hidden' },
    ...(withSlug ? [] : [{ name: 'version', kind: 'hidden' } as const]),
    { name: 'titleEn', kind: 'text', label: t('authoring.agreement.titleEn'), lang: 'en' },
    { name: 'titleVi', kind: 'text', label: t('authoring.agreement.titleVi'), lang: 'vi' },
    { name: 'summaryEn', kind: 'textarea', label: t('authoring.agreement.summaryEn'), lang: 'en', rows: 3 },
    { name: 'summaryVi', kind: 'textarea', label: t('authoring.agreement.summaryVi'), lang: 'vi', rows: 3 },
    {
      name: 'parties',
      kind: 'text',
      label: t('authoring.agreement.parties'),
      hint: t('authoring.agreement.partiesHint'),
    },
    {
      name: 'kind',
      kind: 'select',
      label: t('authoring.agreement.kind'),
      options: AGREEMENT_KINDS.map((kind) => ({
        value: kind,
        label: t(`authoring.agreement.kinds.${kind}`),
      })),
    },
    {
      name: 'dateKind',
      kind: 'select',
      label: t('authoring.agreement.dateKind'),
      options: AGREEMENT_DATE_KINDS.map((kind) => ({
        value: kind,
        label: t(`authoring.agreement.dateKinds.${kind}`),
      })),
    },
    { name: 'signedOn', kind: 'date', label: t('authoring.agreement.signedOn') },
  ];
}

export function sourceFields(
  t: Translate,
  options: {
    withSlug: boolean;
    agreements: { id: number; title: string }[];
    textLocked?: number;
    language: string;
  },
): AuthoringField[] {
  return [
    options.withSlug
      ? {
          name: 'slug',
          kind: 'text',
          label: t('authoring.sources.slug'),
          hint: t('authoring.agreement.slugHint'),
        }
      : { name: 'slug', kind: 'hidden' },
    { name: 'title', kind: 'text', label: t('authoring.sources.titleField') },
    { name: 'publisher', kind: 'text', label: t('authoring.sources.publisher') },
    { name: 'publishedOn', kind: 'date', label: t('authoring.sources.publishedOn') },
    {
      name: 'language',
      kind: 'select',
      label: t('authoring.sources.language'),
      options: SOURCE_LANGUAGES.map((lang) => ({
        value: lang,
        label: t(`authoring.sources.languages.${lang}`),
      })),
    },
    {
      name: 'agreementId',
      kind: 'select',
      label: t('authoring.sources.agreement'),
      options: [
        { value: '', label: t('authoring.sources.noAgreement') },
        ...options.agreements.map((a) => ({ value: String(a.id), label: a.title })),
      ],
    },
    {
      name: 'text',
      kind: 'textarea',
      label: t('authoring.sources.text'),
      hint: options.textLocked
        ? t('authoring.sources.textLocked', { count: options.textLocked })
        : t('authoring.sources.textHint'),
      rows: 16,
      readOnly: Boolean(options.textLocked),
      lang: options.language,
    },
    // Only a new source takes a file: once created, its text is corrected by hand or not at all.
    ...(options.withSlug
      ? [
          {
            name: 'file',
            kind: 'file' as const,
            label: t('authoring.sources.file'),
            hint: t('authoring.sources.fileHint'),
            accept:
              '.txt,.html,.htm,.pdf,.docx,text/plain,text/html,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          },
        ]
      : []),
  ];
}
