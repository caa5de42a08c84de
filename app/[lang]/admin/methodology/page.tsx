import type { Metadata } from 'next';
import Link from 'next/link';
import { MethodologyForm } from '@/components/admin/methodology-form';
import { requirePermission } from '@/lib/auth';
import { canEditContent } from '@/lib/auth/permissions';
import { STATUSES } from '@/lib/domain/status';
import type { MessageKey } from '@/lib/i18n/messages';
import { localeAndTranslator } from '@/lib/i18n/server';
import { readLatestMethodology } from '@/lib/queries/methodology';

type Props = PageProps<'/[lang]/admin/methodology'>;

const LABELS = [
  'basedOn',
  'english',
  'vietnamese',
  'noteEn',
  'noteVi',
  'noteHint',
  'submit',
  'submitting',
  'published',
  'fixErrors',
  'conflictTitle',
  'conflictBody',
  'field',
  'theirs',
  'yours',
  'unauthenticated',
  'forbidden',
  'notFound',
] as const;

const ERRORS = [
  'invalid',
  'definitionRequired',
  'definitionTooLong',
  'noteTooLong',
  'controlCharacters',
  'markup',
  'basedOn',
  'unchanged',
  'unavailable',
] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await localeAndTranslator(params);
  return { title: t('methodology.admin.title'), robots: { index: false } };
}

export default async function AdminMethodologyPage({ params }: Props) {
  const { locale, t } = await localeAndTranslator(params);
  await requirePermission(canEditContent, locale, `/${locale}/admin/methodology`);
  // Uncached: the version this form starts from must be the latest one.
  const current = await readLatestMethodology();
  const labels = Object.fromEntries(LABELS.map((key) => [key, t(`methodology.admin.${key}` as MessageKey)]));
  const errorText = Object.fromEntries(
    ERRORS.map((key) => {
      const full = `methodology.errors.${key}` as MessageKey;
      return [full, t(full)];
    }),
  );
  const statusLabels = Object.fromEntries(
    STATUSES.map((status) => [status, t(`common.status.${status}.label`)]),
  );

  return (
    <section aria-labelledby="admin-methodology-title">
      <h1 id="admin-methodology-title">{t('methodology.admin.title')}</h1>
      <p className="editor-panel__intro">{t('methodology.admin.intro')}</p>
      <p>
        <Link href={`/${locale}/methodology`}>{t('methodology.admin.viewPublic')}</Link>
      </p>
      <MethodologyForm
        basedOn={current.version}
        initial={current.definitions}
        labels={labels}
        statusLabels={statusLabels}
        errorText={errorText}
      />
    </section>
  );
}
