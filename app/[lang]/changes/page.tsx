// /changes?from=<date|snapshot>&to=<date|snapshot>: what changed in a period, with the summary on
// top; a plain GET form (works without JavaScript). Bad input is a message, never a 500.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ChangeList, ChangeSummary } from '@/components/changes/change-list';
import { Pagination } from '@/components/commitments/pagination';
import { formatDate } from '@/lib/i18n/format';
import { localeAndTranslator } from '@/lib/i18n/server';
import { listChangesPage, type ChangesPage } from '@/lib/queries/changes';
import { listSnapshots } from '@/lib/queries/time-point';
import { todayIso, UnknownSnapshotError } from '@/lib/time/as-of';
import { parseChangesParams } from '@/lib/time/changes-params';

type Props = PageProps<'/[lang]/changes'>;

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Commitments per page: a quarter at 10,000 commitments may change thousands of them. */
const CHANGES_PAGE_SIZE = 50;

/** `page=N`: a positive whole number; anything else reads as the first page. */
function pageNumber(value: string | undefined): number {
  const page = value && /^\d{1,6}$/.test(value) ? Number(value) : 1;
  return Math.max(page, 1);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await localeAndTranslator(params);
  return { title: t('time.changes.title') };
}

async function changesOrNotFound(
  params: Parameters<typeof listChangesPage>[0],
  page: number,
): Promise<ChangesPage> {
  try {
    // Only the page's rows are read in full; the summary and page count cover the whole period.
    return await listChangesPage(params, page, CHANGES_PAGE_SIZE);
  } catch (error) {
    if (error instanceof UnknownSnapshotError) notFound();
    throw error;
  }
}

export default async function ChangesPage({ params, searchParams }: Props) {
  const { locale, t } = await localeAndTranslator(params);
  const query = await searchParams;
  const raw = { from: single(query.from), to: single(query.to), agreement: single(query.agreement) };
  const asked = Boolean(raw.from || raw.to);
  const parsed = asked ? parseChangesParams(raw) : null;
  const [result, snapshots] = await Promise.all([
    parsed?.ok ? changesOrNotFound(parsed.params, pageNumber(single(query.page))) : Promise.resolve(null),
    listSnapshots(),
  ]);
  const errors =
    parsed && !parsed.ok
      ? parsed.errors.map((error) => ({ param: error.param, message: t(error.messageKey, error.values) }))
      : result && !result.ok
        ? [
            result.error === 'order'
              ? { param: 'from', message: t('time.changes.fromAfterTo') }
              : {
                  param: 'agreement',
                  message: t('time.changes.unknownAgreement', { value: raw.agreement ?? '' }),
                },
          ]
        : [];
  const download = new URLSearchParams();
  if (raw.from) download.set('from', raw.from);
  if (raw.to) download.set('to', raw.to);
  if (raw.agreement) download.set('agreement', raw.agreement);
  download.set('lang', locale);
  const ok = result?.ok ? result : null;
  const endQuery = ok
    ? ok.to.snapshot
      ? `snapshot=${ok.to.snapshot.slug}`
      : ok.to.asOf === todayIso()
        ? ''
        : `asOf=${ok.to.asOf}`
    : '';
  const pageCount = ok ? ok.pageCount : 1;
  const page = ok ? ok.page : 1;
  const pageRows = ok ? ok.rows : [];
  const pageHref = (target: number) => {
    const link = new URLSearchParams();
    if (raw.from) link.set('from', raw.from);
    if (raw.to) link.set('to', raw.to);
    if (raw.agreement) link.set('agreement', raw.agreement);
    if (target > 1) link.set('page', String(target));
    return `/${locale}/changes?${link}`;
  };
  const pointLabel = (point: NonNullable<typeof ok>['from']) =>
    point.snapshot
      ? `“${point.snapshot.name}” (${formatDate(point.asOf, locale)})`
      : formatDate(point.asOf, locale);
  return (
    <div className="dash">
      <header className="dash__intro">
        <h1>{t('time.changes.title')}</h1>
        <p className="muted">{t('time.changes.intro')}</p>
      </header>
      <form
        method="get"
        action={`/${locale}/changes`}
        className="card changes-form"
        data-testid="changes-form"
      >
        {raw.agreement ? <input type="hidden" name="agreement" value={raw.agreement} /> : null}
        <div className="field">
          <label htmlFor="changes-from">{t('time.changes.from')}</label>
          <input
            id="changes-from"
            name="from"
            defaultValue={raw.from ?? ''}
            placeholder="2026-03-31"
            list="changes-snapshots"
            aria-describedby="changes-from-hint"
            autoComplete="off"
          />
          <datalist id="changes-snapshots">
            {snapshots.map((snapshot) => (
              <option key={snapshot.slug} value={snapshot.slug}>
                {snapshot.name}
              </option>
            ))}
          </datalist>
          <p id="changes-from-hint" className="muted">
            {t('time.changes.fromHint')}
          </p>
        </div>
        <div className="field">
          <label htmlFor="changes-to">{t('time.changes.to')}</label>
          <input
            id="changes-to"
            name="to"
            type="date"
            defaultValue={raw.to ?? ''}
            max={todayIso()}
            min="2000-01-01"
          />
        </div>
        <button type="submit" className="button button--primary">
          {t('time.changes.submit')}
        </button>
      </form>
      {errors.length > 0 ? (
        <div className="notice-inline notice-inline--warning" role="alert" data-testid="changes-errors">
          <ul>
            {errors.map((error) => (
              <li key={error.param}>
                <code>{error.param}</code>: {error.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {!asked ? <p className="muted">{t('time.changes.pickFrom')}</p> : null}
      {ok ? (
        <section aria-labelledby="changes-period">
          <h2 id="changes-period">
            {t('time.changes.period', { from: pointLabel(ok.from), to: pointLabel(ok.to) })}
          </h2>
          <ChangeSummary t={t} summary={ok.summary} />
          <p>
            {t('time.changes.download', { csv: 'CSV', json: 'JSON' })
              .split(/(CSV|JSON)/)
              .map((part, index) =>
                part === 'CSV' ? (
                  <a key={index} href={`/api/export/changes.csv?${download}`} download>
                    CSV
                  </a>
                ) : part === 'JSON' ? (
                  <a key={index} href={`/api/export/changes.json?${download}`} download>
                    JSON
                  </a>
                ) : (
                  part
                ),
              )}
          </p>
          <ChangeList locale={locale} t={t} rows={pageRows} linkQuery={endQuery} />
          <Pagination t={t} page={page} pageCount={pageCount} hrefFor={pageHref} />
        </section>
      ) : null}
      <p>
        <Link href={`/${locale}/snapshots`}>{t('time.snapshots.title')}</Link>
      </p>
    </div>
  );
}
