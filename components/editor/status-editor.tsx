import { getOptionalUser } from '@/lib/auth';
import { canUpdateStatus } from '@/lib/auth/permissions';
import { readCommitmentState } from '@/lib/queries/commitment-state';
import { STATUSES } from '@/lib/domain/status';
import { ASSESSORS } from '@/lib/domain/verdicts';
import { latestAssessableDay } from '@/lib/validation/status-update';
import type { Locale } from '@/lib/i18n/config';
import { createTranslator, type MessageKey } from '@/lib/i18n/messages';
import { StatusUpdateForm, type StatusFormLabels } from './status-update-form';

const ASSESSMENT_ERROR_KEYS = [
  'assessedOn',
  'assessedOnFuture',
  'assessedOnTooEarly',
  'assessor',
  'assessorName',
  'evidence',
  'evidenceTooMany',
  'evidenceTitle',
  'evidencePublisher',
  'evidencePublishedOn',
  'evidenceQuote',
  'evidenceFile',
] as const;

/** The "Update status" form on a commitment's page; renders nothing for readers. */
export async function StatusEditor({ slug, locale }: { slug: string; locale: Locale }) {
  const user = await getOptionalUser();
  if (!user || !canUpdateStatus.allows(user)) return null;
  const state = await readCommitmentState(slug);
  if (!state) return null;
  const t = createTranslator(locale);
  const errorKeys = [
    'unavailable',
    'status',
    'progress',
    'value',
    'valueNotNumeric',
    'reasonRequired',
    'reasonTooLong',
    'controlCharacters',
    'markup',
    'evidenceUrl',
    'version',
    'invalid',
  ] as const;
  const labels: StatusFormLabels = {
    title: t('editor.form.title'),
    intro: t('editor.form.intro'),
    status: t('editor.form.status'),
    progress: t('editor.form.progress'),
    progressHint: t('editor.form.progressHint'),
    value: t('editor.form.value', { unit: state.unit ?? '' }),
    reason: t('editor.form.reason'),
    reasonHint: t('editor.form.reasonHint'),
    evidenceUrl: t('editor.form.evidenceUrl'),
    evidenceHint: t('editor.form.evidenceHint'),
    assessor: t('assessment.form.assessor'),
    assessorHint: t('assessment.form.assessorHint'),
    assessorName: t('assessment.form.assessorName'),
    assessorNameHint: t('assessment.form.assessorNameHint'),
    assessedOn: t('assessment.form.assessedOn'),
    assessedOnHint: t('assessment.form.assessedOnHint'),
    evidenceItems: {
      evidence: t('assessment.form.evidence'),
      evidenceIntro: t('assessment.form.evidenceIntro'),
      evidenceItem: t('assessment.form.evidenceItem'),
      title: t('assessment.form.title'),
      publisher: t('assessment.form.publisher'),
      publishedOn: t('assessment.form.publishedOn'),
      url: t('assessment.form.url'),
      quote: t('assessment.form.quote'),
      file: t('assessment.form.file'),
      fileKept: t('assessment.form.fileKept'),
      addEvidence: t('assessment.form.addEvidence'),
      uploading: t('assessment.form.uploading'),
      uploaded: t('assessment.form.uploaded'),
      uploadFailed: t('assessment.form.uploadFailed'),
    },
    submit: t('editor.form.submit'),
    submitting: t('editor.form.submitting'),
    saved: t('editor.form.saved'),
    fixErrors: t('editor.form.fixErrors'),
    unauthenticated: t('editor.form.unauthenticated'),
    forbidden: t('editor.form.forbidden'),
    notFound: t('editor.form.notFound'),
    openedAt: t('editor.form.openedAt'),
    conflictTitle: t('editor.conflict.title'),
    conflictBody: t('editor.conflict.body'),
    theirs: t('editor.conflict.theirs'),
    yours: t('editor.conflict.yours'),
    field: t('editor.conflict.field'),
    reapply: t('editor.conflict.reapply'),
    keep: t('editor.conflict.keep'),
    none: t('editor.conflict.none'),
    errors: {
      ...Object.fromEntries(
        errorKeys.map((key) => [`editor.errors.${key}`, t(`editor.errors.${key}` as MessageKey)]),
      ),
      ...Object.fromEntries(
        ASSESSMENT_ERROR_KEYS.map((key) => [
          `assessment.errors.${key}`,
          t(`assessment.errors.${key}` as MessageKey),
        ]),
      ),
    },
  };
  const statusOptions = STATUSES.map((status) => ({
    value: status,
    label: t(`common.status.${status}.label`),
  }));
  const assessorOptions = ASSESSORS.map((assessor) => ({
    value: assessor,
    label: t(`assessment.assessor.${assessor}`),
  }));
  return (
    <StatusUpdateForm
      locale={locale}
      initial={state}
      labels={labels}
      statusOptions={statusOptions}
      assessorOptions={assessorOptions}
      today={new Date().toISOString().slice(0, 10)}
      latest={latestAssessableDay()}
    />
  );
}
