import type { Metadata } from 'next';
import Link from 'next/link';
import { AddWebhookForm } from '@/components/webhooks/add-webhook-form';
import { removeWebhookAction } from '@/lib/actions/webhooks';
import { requirePermission } from '@/lib/auth';
import { canManageWebhooks } from '@/lib/auth/permissions';
import { formatDateTime } from '@/lib/i18n/format';
import type { MessageKey } from '@/lib/i18n/messages';
import { localeAndTranslator } from '@/lib/i18n/server';
import { listWebhooksForAdmin } from '@/lib/queries/admin-webhooks';

type Props = PageProps<'/[lang]/admin/webhooks'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await localeAndTranslator(params);
  return { title: t('feeds.webhooks.title'), robots: { index: false } };
}

const ERROR_KEYS = [
  'feeds.errors.webhookUrl',
  'feeds.errors.privateTarget',
  'feeds.errors.unresolvable',
  'feeds.errors.secret',
  'feeds.errors.webhookInvalid',
  'feeds.errors.forbidden',
  'feeds.errors.unavailable',
  'feeds.errors.webhookNotFound',
] as const satisfies readonly MessageKey[];

const STATES = ['PENDING', 'DELIVERED', 'FAILED'] as const;

export default async function AdminWebhooksPage({ params }: Props) {
  const { locale, t } = await localeAndTranslator(params);
  // The layout checks too, but a page must never rely on a layout for access.
  await requirePermission(canManageWebhooks, locale, `/${locale}/admin/webhooks`);
  const webhooks = await listWebhooksForAdmin();
  return (
    <section aria-labelledby="admin-webhooks-title">
      <h1 id="admin-webhooks-title">{t('feeds.webhooks.title')}</h1>
      <p>{t('feeds.webhooks.intro')}</p>
      {webhooks.length === 0 ? (
        <p className="muted">{t('feeds.webhooks.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table" data-testid="webhooks">
            <thead>
              <tr>
                <th scope="col">{t('feeds.webhooks.url')}</th>
                <th scope="col">{t('feeds.webhooks.created')}</th>
                <th scope="col">{t('feeds.webhooks.deliveries')}</th>
                <th scope="col">{t('feeds.webhooks.log')}</th>
              </tr>
            </thead>
            <tbody>
              {webhooks.map((webhook) => (
                <tr key={webhook.id}>
                  <td className="admin__wrap">{webhook.url}</td>
                  <td>
                    {formatDateTime(webhook.createdAt, locale)}
                    <br />
                    <span className="muted">
                      {t('feeds.webhooks.createdBy')}: {webhook.createdBy}
                    </span>
                  </td>
                  <td>
                    {STATES.map((state) => (
                      <span key={state} className="admin__count">
                        {t(`feeds.webhooks.states.${state}`)}: {webhook.deliveries[state] ?? 0}{' '}
                      </span>
                    ))}
                  </td>
                  <td className="admin__actions">
                    <Link href={`/${locale}/admin/webhooks/${webhook.id}`}>{t('feeds.webhooks.log')}</Link>
                    <form action={removeWebhookAction} className="admin__inline-form">
                      <input type="hidden" name="webhookId" value={webhook.id} />
                      <button type="submit" className="editor-button editor-button--small">
                        {t('feeds.webhooks.remove')}
                      </button>
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <AddWebhookForm
        labels={{
          title: t('feeds.webhooks.add'),
          url: t('feeds.webhooks.url'),
          secret: t('feeds.webhooks.secret'),
          secretHint: t('feeds.webhooks.secretHint'),
          submit: t('feeds.webhooks.submit'),
          added: t('feeds.webhooks.added'),
          errors: Object.fromEntries(ERROR_KEYS.map((key) => [key, t(key)])),
        }}
      />
    </section>
  );
}
