import type { Metadata } from 'next';
import Link from 'next/link';
import { formatDate, formatDateTime } from '@/lib/i18n/format';
import { localeAndTranslator } from '@/lib/i18n/server';
import { listSnapshots } from '@/lib/queries/time-point';

type Props = PageProps<'/[lang]/snapshots'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await localeAndTranslator(params);
  return { title: t('time.snapshots.title') };
}

/** Every snapshot, newest first: each opens the tracker exactly as it was recorded then. */
export default async function SnapshotsPage({ params }: Props) {
  const { locale, t } = await localeAndTranslator(params);
  const snapshots = await listSnapshots();
  return (
    <div className="dash">
      <header className="dash__intro">
        <h1>{t('time.snapshots.title')}</h1>
        <p className="muted">{t('time.snapshots.intro')}</p>
      </header>
      {snapshots.length === 0 ? (
        <p className="card empty-state">{t('time.snapshots.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table" data-testid="snapshots">
            <thead>
              <tr>
                <th scope="col">{t('time.snapshots.name')}</th>
                <th scope="col">{t('time.snapshots.asOf')}</th>
                <th scope="col">{t('time.snapshots.taken')}</th>
                <th scope="col">{t('time.snapshots.by')}</th>
              </tr>
            </thead>
            <tbody>
              {snapshots.map((snapshot) => (
                <tr key={snapshot.slug}>
                  <td>
                    <Link href={`/${locale}?snapshot=${snapshot.slug}`}>{snapshot.name}</Link>
                  </td>
                  <td>{formatDate(snapshot.asOf, locale)}</td>
                  <td>{formatDateTime(snapshot.takenAt, locale)}</td>
                  <td>{snapshot.createdByName}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
