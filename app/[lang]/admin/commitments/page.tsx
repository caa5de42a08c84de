import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePermission } from '@/lib/auth';
import { canEditContent } from '@/lib/auth/permissions';
import { pickLocalized } from '@/lib/i18n/content';
import { localeAndTranslator } from '@/lib/i18n/server';
import { listCommitmentsForAdmin } from '@/lib/queries/admin-commitments';

export async function generateMetadata({
  params,
}: PageProps<'/[lang]/admin/commitments'>): Promise<Metadata> {
  const { t } = await localeAndTranslator(params);
  return { title: t('adminContent.list.title'), robots: { index: false } };
}

export default async function AdminCommitmentsPage({ params }: PageProps<'/[lang]/admin/commitments'>) {
  const { locale, t } = await localeAndTranslator(params);
  await requirePermission(canEditContent, locale, `/${locale}/admin/commitments`);
  const commitments = await listCommitmentsForAdmin();
  return (
    <section aria-labelledby="admin-commitments-title">
      <h1 id="admin-commitments-title">{t('adminContent.list.title')}</h1>
      <p>{t('adminContent.list.intro')}</p>
      <p>
        <Link href={`/${locale}/admin/commitments/new`} className="editor-button">
          {t('adminContent.list.new')}
        </Link>
      </p>
      {commitments.length === 0 ? (
        <p>{t('adminContent.list.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table" data-testid="admin-commitments">
            <thead>
              <tr>
                <th scope="col">{t('adminContent.list.name')}</th>
                <th scope="col">{t('adminContent.list.agreement')}</th>
                <th scope="col">{t('adminContent.list.slug')}</th>
                <th scope="col">{t('adminContent.list.version')}</th>
                <th scope="col">{t('adminContent.list.state')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('adminContent.list.edit')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {commitments.map((commitment) => {
                const title = pickLocalized({ en: commitment.titleEn, vi: commitment.titleVi }, locale);
                const agreement = pickLocalized(
                  { en: commitment.agreement.titleEn, vi: commitment.agreement.titleVi },
                  locale,
                );
                return (
                  <tr key={commitment.slug} data-archived={commitment.archivedAt ? 'true' : 'false'}>
                    <td lang={title.fallback ? title.lang : undefined}>{title.text}</td>
                    <td lang={agreement.fallback ? agreement.lang : undefined}>{agreement.text}</td>
                    <td>
                      <code>{commitment.slug}</code>
                    </td>
                    <td>{commitment.version}</td>
                    <td>
                      {commitment.archivedAt
                        ? t('adminContent.list.archived')
                        : t('adminContent.list.active')}
                    </td>
                    <td>
                      <Link
                        href={`/${locale}/admin/commitments/${commitment.slug}/edit`}
                        aria-label={`${t('adminContent.list.edit')}: ${title.text}`}
                      >
                        {t('adminContent.list.edit')}
                      </Link>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
