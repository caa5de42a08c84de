import Link from 'next/link';
import type { Translate } from '@/lib/i18n/messages';

/** Page links (no JavaScript): first, last, and the pages around the current one. */
export function Pagination({
  t,
  page,
  pageCount,
  hrefFor,
  label,
}: {
  t: Translate;
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
  label?: string;
}) {
  if (pageCount <= 1) return null;
  const pages = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pageCount])]
    .filter((p) => p >= 1 && p <= pageCount)
    .sort((a, b) => a - b);
  return (
    <nav className="pagination" aria-label={label ?? t('dashboard.pagination.label')}>
      <ul>
        <li>
          {page > 1 ? (
            <Link href={hrefFor(page - 1)} rel="prev">
              {t('dashboard.pagination.previous')}
            </Link>
          ) : (
            <span aria-disabled="true" className="pagination__disabled">
              {t('dashboard.pagination.previous')}
            </span>
          )}
        </li>
        {pages.map((p, index) => (
          <li key={p}>
            {index > 0 && p - pages[index - 1]! > 1 ? <span aria-hidden="true">…</span> : null}
            {p === page ? (
              <span aria-current="page" className="pagination__current">
                <span className="visually-hidden">{t('dashboard.pagination.page', { page: p })}</span>
                <span aria-hidden="true">{p}</span>
              </span>
            ) : (
              <Link href={hrefFor(p)} aria-label={t('dashboard.pagination.page', { page: p })}>
                {p}
              </Link>
            )}
          </li>
        ))}
        <li>
          {page < pageCount ? (
            <Link href={hrefFor(page + 1)} rel="next">
              {t('dashboard.pagination.next')}
            </Link>
          ) : (
            <span aria-disabled="true" className="pagination__disabled">
              {t('dashboard.pagination.next')}
            </span>
          )}
        </li>
      </ul>
      <p className="pagination__summary muted">
        {t('dashboard.pagination.pageOf', { page, count: pageCount })}
      </p>
    </nav>
  );
}
