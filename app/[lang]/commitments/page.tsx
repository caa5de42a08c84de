import type { Metadata } from 'next';
import Link from 'next/link';
import { CommitmentExportSlot } from '@/components/commitments/commitment-export-slot';
import { CommitmentFilterForm } from '@/components/commitments/commitment-filter-form';
import { CommitmentList } from '@/components/commitments/commitment-list';
import { Pagination } from '@/components/commitments/pagination';
import { StatusSummary } from '@/components/dashboard/status-summary';
import { localeAndTranslator } from '@/lib/i18n/server';
import { PastBanner } from '@/components/time/past-banner';
import { AsOfForm } from '@/components/time/as-of-form';
import { resolvePointOrNotFound } from '@/lib/time/page-time';
import { listCommitments, listFilterOptions } from '@/lib/queries/commitments';
import { getDataAsOf } from '@/lib/queries/dashboard';
import {
  commitmentFiltersToSearchParams,
  hasActiveFilters,
  parseCommitmentFilters,
} from '@/lib/validation/commitment-filters';

export async function generateMetadata({ params }: PageProps<'/[lang]/commitments'>): Promise<Metadata> {
  const { t } = await localeAndTranslator(params);
  return { title: t('dashboard.list.title') };
}

export default async function CommitmentsPage({ params, searchParams }: PageProps<'/[lang]/commitments'>) {
  const { locale, t } = await localeAndTranslator(params);
  const parsed = parseCommitmentFilters(await searchParams, locale);
  const filters = parsed.filters;
  const point = await resolvePointOrNotFound(filters);
  const [list, options, asOf] = await Promise.all([
    listCommitments(filters),
    listFilterOptions(),
    getDataAsOf(filters),
  ]);
  const withoutTime = commitmentFiltersToSearchParams({ ...filters, asOf: undefined, snapshot: undefined });
  const hrefFor = (page: number) => {
    const params = commitmentFiltersToSearchParams({ ...filters, page });
    const text = params.toString();
    return `/${locale}/commitments${text ? `?${text}` : ''}`;
  };
  // Status links in the summary keep every filter but the status.
  const withoutStatus = commitmentFiltersToSearchParams({ ...filters, statuses: [], page: 1 }).toString();
  const first = (list.page - 1) * list.pageSize + 1;
  const last = Math.min(list.total, list.page * list.pageSize);
  return (
    <div className="dash">
      <PastBanner
        locale={locale}
        t={t}
        point={point}
        todayHref={`/${locale}/commitments${withoutTime.size > 0 ? `?${withoutTime}` : ''}`}
      />
      <header className="dash__intro">
        <h1>{t('dashboard.list.title')}</h1>
        <p className="muted">{t('dashboard.list.intro')}</p>
        <AsOfForm t={t} action={`/${locale}/commitments`} value={filters.asOf} keep={withoutTime} />
      </header>
      {!parsed.ok ? (
        <div className="notice-inline notice-inline--warning" role="alert" data-testid="filter-errors">
          <p>{t('dashboard.list.invalid')}</p>
          <ul>
            {parsed.errors.map((error, index) => (
              <li key={index}>
                <code>{error.param}</code>: {error.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="list-layout">
        <CommitmentFilterForm locale={locale} t={t} filters={filters} agreements={options} />
        <section className="list-layout__results" aria-labelledby="results-title">
          <div className="results-header">
            <h2 id="results-title">{t('dashboard.list.resultsHeading')}</h2>
            <p className="results-header__count" data-testid="result-count" aria-live="polite">
              {list.total === 1
                ? t('dashboard.list.resultCountOne')
                : t('dashboard.list.resultCount', { count: list.total })}
              {list.total > 0 ? (
                <span className="muted">
                  {' '}
                  · {t('dashboard.list.showing', { from: first, to: last, total: list.total })}
                </span>
              ) : null}
            </p>
            <div className="results-header__export">
              <CommitmentExportSlot filters={filters} locale={locale} />
            </div>
          </div>
          <StatusSummary
            locale={locale}
            t={t}
            counts={list.statusCounts}
            total={list.total}
            asOf={asOf}
            listQuery={withoutStatus}
            headingId="result-status-summary"
          />
          {list.total === 0 ? (
            <div className="card empty-state" data-testid="empty-state">
              <p>{t('dashboard.list.empty')}</p>
              {hasActiveFilters(filters) ? (
                <Link href={`/${locale}/commitments`} className="button button--primary">
                  {t('dashboard.list.clearFilters')}
                </Link>
              ) : null}
            </div>
          ) : (
            <>
              <CommitmentList locale={locale} t={t} rows={list.rows} time={filters} />
              <Pagination t={t} page={list.page} pageCount={list.pageCount} hrefFor={hrefFor} />
            </>
          )}
        </section>
      </div>
    </div>
  );
}
