// Interface text for the content forms, gathered on the server and handed to client components.
import type { MessageKey, Translate } from '@/lib/i18n/messages';

const CONTENT_ERROR_KEYS = [
  'text',
  'tooLong',
  'controlCharacters',
  'markup',
  'number',
  'date',
  'agreement',
  'pillar',
  'pillarMismatch',
  'party',
  'kind',
  'slug',
  'slugTaken',
  'version',
  'titleRequired',
  'source',
  'quote',
  'quoteNotFound',
  'doneInFuture',
  'invalid',
  'unavailable',
] as const;

/** Error messages by catalog key (adminContent.errors.*). */
export function contentErrorText(t: Translate): Record<string, string> {
  return Object.fromEntries(
    CONTENT_ERROR_KEYS.map((key) => {
      const full = `adminContent.errors.${key}` as MessageKey;
      return [full, t(full)];
    }),
  );
}

const FORM_LABELS = [
  'slug',
  'slugHint',
  'agreement',
  'pillar',
  'noPillar',
  'pillarHint',
  'english',
  'vietnamese',
  'titleEn',
  'titleVi',
  'titleHint',
  'descriptionEn',
  'descriptionVi',
  'deadlineTextEn',
  'deadlineTextVi',
  'classification',
  'responsibleParty',
  'kind',
  'metric',
  'metricUnit',
  'baselineValue',
  'baselineDate',
  'targetValue',
  'targetDate',
  'deadline',
  'submitCreate',
  'submitEdit',
  'submitting',
  'created',
  'saved',
  'fixErrors',
  'unauthenticated',
  'forbidden',
  'notFound',
  'openedAt',
  'conflictTitle',
  'conflictBody',
  'field',
  'theirs',
  'yours',
] as const;

/** Labels of the commitment form, by field name (agreementId/pillarId map to their labels). */
export function commitmentFormLabels(t: Translate): Record<string, string> {
  const labels: Record<string, string> = Object.fromEntries(
    FORM_LABELS.map((key) => [key, t(`adminContent.form.${key}` as MessageKey)]),
  );
  return { ...labels, agreementId: labels.agreement!, pillarId: labels.pillar! };
}

const CITATION_LABELS = ['source', 'chooseSource', 'quote', 'add', 'save', 'added', 'saved'] as const;

export function citationFormLabels(t: Translate): Record<string, string> {
  return {
    ...Object.fromEntries(
      CITATION_LABELS.map((key) => [key, t(`adminContent.citations.${key}` as MessageKey)]),
    ),
    fixErrors: t('adminContent.form.fixErrors'),
    unauthenticated: t('adminContent.form.unauthenticated'),
    forbidden: t('adminContent.form.forbidden'),
    notFound: t('adminContent.form.notFound'),
  };
}
