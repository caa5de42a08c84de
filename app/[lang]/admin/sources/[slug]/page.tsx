import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AuthoringForm } from '@/components/admin/authoring-form';
import { authoringErrorText, authoringLabels, sourceFields } from '@/components/admin/authoring-text';
import { SourceReader } from '@/components/admin/source-reader';
import { editSourceAction } from '@/lib/actions/authoring';
import { requirePermission } from '@/lib/auth';
import { canEditContent } from '@/lib/auth/permissions';
import { pickLocalized } from '@/lib/i18n/content';
import { localeAndTranslator } from '@/lib/i18n/server';
import { getSourceForAdmin, listAgreementChoices } from '@/lib/queries/admin-agreements';

type Props = PageProps<'/[lang]/admin/sources/[slug]'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await localeAndTranslator(params);
  return { title: t('authoring.sources.title'), robots: { index: false } };
}

export default async function AdminSourcePage({ params }: Props) {
  const { locale, t } = await localeAndTranslator(params);
  const { slug } = await params;
  await requirePermission(canEditContent, locale, `/${locale}/admin/sources/${slug}`);
  const [source, choices] = await Promise.all([getSourceForAdmin(slug), listAgreementChoices()]);
  if (!source) notFound();
  const agreements = choices.map((a) => ({
    id: a.id,
    title: pickLocalized({ en: a.titleEn, vi: a.titleVi }, locale).text,
  }));
  return (
    <div className="authoring">
      <h1>
        <span lang={source.language}>{t('authoring.sources.editTitle', { title: source.title })}</span>
      </h1>
      <p>
        <Link href={`/${locale}/sources/${source.slug}`}>{t('authoring.sources.view')}</Link> ·{' '}
        {t('authoring.sources.citations', { count: source._count.citations })}
      </p>
      <AuthoringForm
        action={editSourceAction}
        fields={sourceFields(t, {
          withSlug: false,
          agreements,
          textLocked: source._count.citations,
          language: source.language,
        })}
        initial={{
          slug: source.slug,
          title: source.title,
          publisher: source.publisher,
          publishedOn: source.publishedOn ? source.publishedOn.toISOString().slice(0, 10) : '',
          language: source.language,
          agreementId: source.agreementId ? String(source.agreementId) : '',
          text: source.text,
        }}
        submit={t('authoring.sources.save')}
        labels={authoringLabels(t)}
        errorText={authoringErrorText(t)}
        testId="edit-source"
        idPrefix="edit-source"
      />
      <SourceReader locale={locale} t={t} source={source} />
    </div>
  );
}
