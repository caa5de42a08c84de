import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requirePermission } from '@/lib/auth';
import { canManageWebhooks } from '@/lib/auth/permissions';
import { formatDateTime } from '@/lib/i18n/format';
import { localeAndTranslator } from '@/lib/i18n/server';
import { getWebhookLog } from '@/lib/queries/admin-webhooks';

type Props = PageProps<'/[lang]/admin/webhooks/[id]'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await localeAndTranslator(params);
  return { title: t('feeds.webhooks.log'), robots: { index: false } };
}

export default async function WebhookLogPage({ params }: Props) {
  const { locale, t } = await localeAndTranslator(params);
  const { id } = await params;
  await requirePermission(canManageWebhooks, locale, `/${locale}/admin/webhooks`);
  if (!/^\d{1,9}$/.test(id)) notFound();
  const webhook = await getWebhookLog(Number(id));
  if (!webhook) notFound();
  return (
    <section aria-labelledby="webhook-log-title">
      <nav aria-label={t('dashboard.breadcrumb')} className="breadcrumb">
        <Link href={`/${locale}/admin/webhooks`}>{t('feeds.webhooks.back')}</Link>
      </nav>
      <h1 id="webhook-log-title" className="admin__wrap">
        {t('feeds.webhooks.logFor', { url: webhook.url })}
      </h1>
      {webhook.deliveries.length === 0 ? (
        <p className="muted">{t('feeds.webhooks.logEmpty')}</p>
      ) : (
        <>
          <p>{t('feeds.webhooks.logIntro')}</p>
          <div className="table-scroll">
            <table className="data-table" data-testid="webhook-deliveries">
              <thead>
                <tr>
                  <th scope="col">{t('feeds.webhooks.delivery')}</th>
                  <th scope="col">{t('feeds.webhooks.created')}</th>
                  <th scope="col">{t('feeds.webhooks.state')}</th>
                  <th scope="col">{t('feeds.webhooks.attempts')}</th>
                  <th scope="col">{t('feeds.webhooks.lastAttempt')}</th>
                  <th scope="col">{t('feeds.webhooks.result')}</th>
                  <th scope="col">{t('feeds.webhooks.nextAttempt')}</th>
                </tr>
              </thead>
              <tbody>
                {webhook.deliveries.map((delivery) => (
                  <tr key={delivery.id}>
                    <td className="admin__wrap">
                      <code>{delivery.deliveryId}</code>
                    </td>
                    <td>{formatDateTime(delivery.createdAt, locale)}</td>
                    <td>{t(`feeds.webhooks.states.${delivery.state}`)}</td>
                    <td>{delivery.attempts}</td>
                    <td>{formatDateTime(delivery.lastAttemptAt, locale)}</td>
                    <td className="admin__wrap">
                      {delivery.lastStatusCode !== null
                        ? t('feeds.webhooks.statusCode', { code: delivery.lastStatusCode })
                        : null}{' '}
                      {delivery.lastError ?? ''}
                    </td>
                    <td>
                      {delivery.state === 'PENDING' ? formatDateTime(delivery.nextAttemptAt, locale) : '—'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
