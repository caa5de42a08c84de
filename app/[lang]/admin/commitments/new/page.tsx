import type { Metadata } from 'next';
import Link from 'next/link';
import { CommitmentFormSection } from '@/components/admin/commitment-form-section';
import { requirePermission } from '@/lib/auth';
import { canEditContent } from '@/lib/auth/permissions';
import { localeAndTranslator } from '@/lib/i18n/server';
import { getPickedQuote } from '@/lib/queries/admin-agreements';
import { COMMITMENT_FIELDS, type CommitmentFormValues } from '@/lib/validation/commitment';

export async function generateMetadata({
  params,
}: PageProps<'/[lang]/admin/commitments/new'>): Promise<Metadata> {
  const { t } = await localeAndTranslator(params);
  return { title: t('adminContent.form.newTitle'), robots: { index: false } };
}

export default async function NewCommitmentPage({
  params,
  searchParams,
}: PageProps<'/[lang]/admin/commitments/new'>) {
  const { locale, t } = await localeAndTranslator(params);
  await requirePermission(canEditContent, locale, `/${locale}/admin/commitments/new`);
  const initial = Object.fromEntries(COMMITMENT_FIELDS.map((field) => [field, ''])) as CommitmentFormValues;
  initial.responsibleParty = 'BOTH';
  initial.kind = 'QUALITATIVE';
  // A sentence picked in the source reader: shown here, cited at its exact place once created.
  const picked = await getPickedQuote(await searchParams);
  if (picked?.agreementId) initial.agreementId = String(picked.agreementId);
  return (
    <section aria-labelledby="new-commitment-title">
      <p>
        <Link href={`/${locale}/admin/commitments`}>{t('adminContent.form.backToList')}</Link>
      </p>
      <h1 id="new-commitment-title">{t('adminContent.form.newTitle')}</h1>
      {picked ? (
        <figure className="editor-panel picked-quote" data-testid="picked-quote">
          <figcaption>{t('authoring.reader.pickedTitle', { title: picked.sourceTitle })}</figcaption>
          <blockquote lang={picked.language}>{picked.quote}</blockquote>
          <p className="muted">{t('authoring.reader.pickedHint')}</p>
        </figure>
      ) : null}
      <CommitmentFormSection
        mode="create"
        locale={locale}
        initial={initial}
        version={1}
        createdQuery={picked?.query}
      />
    </section>
  );
}
