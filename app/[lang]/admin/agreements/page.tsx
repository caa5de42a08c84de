import type { Metadata } from 'next';
import Link from 'next/link';
import { AuthoringForm } from '@/components/admin/authoring-form';
import { agreementFields, authoringErrorText, authoringLabels } from '@/components/admin/authoring-text';
import { createAgreementAction } from '@/lib/actions/authoring';
import { requirePermission } from '@/lib/auth';
import { canEditContent } from '@/lib/auth/permissions';
import { pickLocalized } from '@/lib/i18n/content';
import { localeAndTranslator } from '@/lib/i18n/server';
import { listAgreementsForAdmin } from '@/lib/queries/admin-agreements';

type Props = PageProps<'/[lang]/admin/agreements'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await localeAndTranslator(params);
  return { title: t('authoring.list.title'), robots: { index: false } };
}

export default async function AdminAgreementsPage({ params }: Props) {
  const { locale, t } = await localeAndTranslator(params);
  await requirePermission(canEditContent, locale, `/${locale}/admin/agreements`);
  const agreements = await listAgreementsForAdmin();
  return (
    <section aria-labelledby="admin-agreements-title" className="authoring">
      <h1 id="admin-agreements-title">{t('authoring.list.title')}</h1>
      <p>{t('authoring.list.intro')}</p>
      <ul className="authoring__list" data-testid="admin-agreements">
        {agreements.map((agreement) => {
          const title = pickLocalized({ en: agreement.titleEn, vi: agreement.titleVi }, locale);
          return (
            <li key={agreement.slug}>
              <Link href={`/${locale}/admin/agreements/${agreement.slug}`} lang={title.lang}>
                {title.text}
              </Link>{' '}
              <span className="muted">
                · {t('authoring.list.pillarCount', { count: agreement._count.pillars })} ·{' '}
                {t('authoring.list.sourceCount', { count: agreement._count.sources })}
                {agreement.archivedAt ? ` · ${t('authoring.list.archived')}` : ''}
              </span>
            </li>
          );
        })}
      </ul>
      <h2>{t('authoring.list.new')}</h2>
      <AuthoringForm
        action={createAgreementAction}
        fields={agreementFields(t, true)}
        initial={{ kind: 'JOINT_STATEMENT', dateKind: 'ADOPTED' }}
        submit={t('authoring.agreement.create')}
        labels={authoringLabels(t)}
        errorText={authoringErrorText(t)}
        redirectTo={`/${locale}/admin/agreements/{slug}`}
        testId="new-agreement"
        idPrefix="new-agreement"
      />
    </section>
  );
}
