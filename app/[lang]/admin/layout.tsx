import Link from 'next/link';
import { requirePermission } from '@/lib/auth';
import { canOpenAdmin } from '@/lib/auth/permissions';
import { localeAndTranslator } from '@/lib/i18n/server';
import '../../webhooks.css';

export default async function AdminLayout({ children, params }: LayoutProps<'/[lang]/admin'>) {
  const { locale, t } = await localeAndTranslator(params);
  await requirePermission(canOpenAdmin, locale, `/${locale}/admin`);
  return (
    <div className="admin">
      <nav aria-label={t('editor.account.admin')} className="admin__nav">
        <Link href={`/${locale}/admin`}>{t('admin.nav.users')}</Link>
        <Link href={`/${locale}/admin/commitments`}>{t('adminContent.nav.commitments')}</Link>
        <Link href={`/${locale}/admin/agreements`}>{t('authoring.nav')}</Link>
        <Link href={`/${locale}/admin/import`}>{t('import.page.nav')}</Link>
        <Link href={`/${locale}/admin/methodology`}>{t('methodology.adminNav')}</Link>
        <Link href={`/${locale}/admin/webhooks`}>{t('feeds.webhooks.nav')}</Link>
        <Link href={`/${locale}/admin/snapshots`}>{t('time.snapshots.nav')}</Link>
        <Link href={`/${locale}/admin/audit`}>{t('admin.nav.audit')}</Link>
      </nav>
      {children}
    </div>
  );
}
