import type { Metadata } from 'next';
import Link from 'next/link';
import { createSnapshotAction } from '@/lib/actions/snapshots';
import { requirePermission } from '@/lib/auth';
import { canEditContent } from '@/lib/auth/permissions';
import type { MessageKey } from '@/lib/i18n/messages';
import { localeAndTranslator } from '@/lib/i18n/server';
import { SNAPSHOT_NAME_MAX } from '@/lib/validation/snapshot';

type Props = PageProps<'/[lang]/admin/snapshots'>;

// Only these keys may be shown from the address (`?error=`): anything else is ignored.
const ERROR_KEYS = new Set([
  'time.snapshots.errors.invalid',
  'time.snapshots.errors.nameRequired',
  'time.snapshots.errors.nameTooLong',
  'time.snapshots.errors.namePlain',
  'time.snapshots.errors.taken',
  'time.snapshots.errors.forbidden',
]);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await localeAndTranslator(params);
  return { title: t('time.snapshots.adminTitle'), robots: { index: false } };
}

export default async function AdminSnapshotsPage({ params, searchParams }: Props) {
  const { locale, t } = await localeAndTranslator(params);
  await requirePermission(canEditContent, locale, `/${locale}/admin/snapshots`);
  const query = await searchParams;
  const created =
    typeof query.created === 'string' && /^[a-z0-9-]{1,120}$/.test(query.created) ? query.created : null;
  const error = typeof query.error === 'string' && ERROR_KEYS.has(query.error) ? query.error : null;
  return (
    <section aria-labelledby="admin-snapshots-title">
      <h1 id="admin-snapshots-title">{t('time.snapshots.adminTitle')}</h1>
      <p className="editor-panel__intro">{t('time.snapshots.adminIntro')}</p>
      {created ? (
        <p className="notice-inline" role="status" data-testid="snapshot-created">
          {t('time.snapshots.created', { name: created })}{' '}
          <Link href={`/${locale}?snapshot=${created}`}>{`/${locale}?snapshot=${created}`}</Link>
        </p>
      ) : null}
      {error ? (
        <p className="notice-inline notice-inline--warning" role="alert" data-testid="snapshot-error">
          {t(error as MessageKey)}
        </p>
      ) : null}
      <form action={createSnapshotAction} method="post" className="card">
        <input type="hidden" name="lang" value={locale} />
        <div className="field">
          <label htmlFor="snapshot-name">{t('time.snapshots.name')}</label>
          <input id="snapshot-name" name="name" required maxLength={SNAPSHOT_NAME_MAX} autoComplete="off" />
        </div>
        <button type="submit" className="button button--primary">
          {t('time.snapshots.create')}
        </button>
      </form>
      <p>
        <Link href={`/${locale}/snapshots`}>{t('time.snapshots.title')}</Link>
      </p>
    </section>
  );
}
