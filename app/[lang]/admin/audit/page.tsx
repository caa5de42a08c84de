import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePermission } from '@/lib/auth';
import { canReadAudit } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import type { Locale } from '@/lib/i18n/config';
import { formatDateTime } from '@/lib/i18n/format';
import { catalogs, lookup } from '@/lib/i18n/messages';
import { localeAndTranslator } from '@/lib/i18n/server';

const PAGE_SIZE = 100;

export async function generateMetadata({ params }: PageProps<'/[lang]/admin/audit'>): Promise<Metadata> {
  const { t } = await localeAndTranslator(params);
  return { title: t('admin.audit.title'), robots: { index: false } };
}

export default async function AuditPage({ params, searchParams }: PageProps<'/[lang]/admin/audit'>) {
  const { locale, t } = await localeAndTranslator(params);
  await requirePermission(canReadAudit, locale, `/${locale}/admin/audit`);
  const { before } = await searchParams;
  const beforeId = typeof before === 'string' && /^\d{1,12}$/.test(before) ? Number(before) : undefined;
  const events = await db.auditEvent.findMany({
    where: beforeId ? { id: { lt: beforeId } } : undefined,
    orderBy: { id: 'desc' },
    take: PAGE_SIZE,
  });
  const last = events.at(-1);
  return (
    <section aria-labelledby="audit-title">
      <h1 id="audit-title">{t('admin.audit.title')}</h1>
      <p>{t('admin.audit.intro')}</p>
      {events.length === 0 ? (
        <p>{t('admin.audit.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table" data-testid="audit">
            <thead>
              <tr>
                <th scope="col">{t('admin.audit.time')}</th>
                <th scope="col">{t('admin.audit.actor')}</th>
                <th scope="col">{t('admin.audit.action')}</th>
                <th scope="col">{t('admin.audit.target')}</th>
                <th scope="col">{t('admin.audit.outcome')}</th>
                <th scope="col">{t('admin.audit.details')}</th>
              </tr>
            </thead>
            <tbody>
              {events.map((event) => (
                <tr key={event.id} data-outcome={event.outcome}>
                  <td>
                    <time dateTime={event.createdAt.toISOString()}>
                      {formatDateTime(event.createdAt, locale)}
                    </time>
                  </td>
                  <td>{event.actorLabel}</td>
                  <td>
                    {auditLabel(locale, 'actions', event.action)} <code>{event.action}</code>
                  </td>
                  <td>
                    {event.targetType
                      ? `${auditLabel(locale, 'targets', event.targetType)} ${event.targetId ?? ''}`
                      : '—'}
                  </td>
                  <td>{t(`admin.audit.outcomes.${event.outcome}`)}</td>
                  <td className="admin__details">{event.details ? JSON.stringify(event.details) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="admin__pager">
        {beforeId ? <Link href={`/${locale}/admin/audit`}>{t('admin.audit.newer')}</Link> : null}{' '}
        {last && events.length === PAGE_SIZE ? (
          <Link href={`/${locale}/admin/audit?before=${last.id}`}>{t('admin.audit.older')}</Link>
        ) : null}
      </p>
    </section>
  );
}

/** The translated label of an audit action or target type; the raw code when none is known. */
function auditLabel(locale: Locale, group: 'actions' | 'targets', code: string): string {
  return lookup(catalogs[locale], `audit.${group}.${code.replace(/\./g, '-')}`) ?? code;
}
