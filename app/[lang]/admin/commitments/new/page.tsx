import type { Metadata } from 'next';
import Link from 'next/link';
import { CommitmentFormSection } from '@/components/admin/commitment-form-section';
import { requirePermission } from '@/lib/auth';
import { canEditContent } from '@/lib/auth/permissions';
import { localeAndTranslator } from '@/lib/i18n/server';
import { COMMITMENT_FIELDS, type CommitmentFormValues } from '@/lib/validation/commitment';

export async function generateMetadata({
  params,
}: PageProps<'/[lang]/admin/commitments/new'>): Promise<Metadata> {
  const { t } = await localeAndTranslator(params);
  return { title: t('adminContent.form.newTitle'), robots: { index: false } };
}

export default async function NewCommitmentPage({ params }: PageProps<'/[lang]/admin/commitments/new'>) {
  const { locale, t } = await localeAndTranslator(params);
  await requirePermission(canEditContent, locale, `/${locale}/admin/commitments/new`);
  const initial = Object.fromEntries(COMMITMENT_FIELDS.map((field) => [field, ''])) as CommitmentFormValues;
  initial.responsibleParty = 'BOTH';
  initial.kind = 'QUALITATIVE';
  return (
    <section aria-labelledby="new-commitment-title">
      <p>
        <Link href={`/${locale}/admin/commitments`}>{t('adminContent.form.backToList')}</Link>
      </p>
      <h1 id="new-commitment-title">{t('adminContent.form.newTitle')}</h1>
      <CommitmentFormSection mode="create" locale={locale} initial={initial} version={1} />
    </section>
  );
}
