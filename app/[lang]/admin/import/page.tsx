import type { Metadata } from 'next';
import { requirePermission } from '@/lib/auth';
import { canEditContent } from '@/lib/auth/permissions';
import { formatDateTime } from '@/lib/i18n/format';
import type { MessageKey } from '@/lib/i18n/messages';
import { localeAndTranslator } from '@/lib/i18n/server';
import { IMPORT_MAX_BYTES } from '@/lib/import/limits';
import { importPageError } from '@/lib/import/page-errors';
import type { Outcome } from '@/lib/import/plan';
import { previewImport } from '@/lib/import/preview';
import { getImportUpload } from '@/lib/queries/import-uploads';

type Props = PageProps<'/[lang]/admin/import'>;

const MEGABYTES = IMPORT_MAX_BYTES / 1024 / 1024;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await localeAndTranslator(params);
  return { title: t('import.page.title'), robots: { index: false } };
}

/** Upload → preview of every row (a read: nothing is written) → apply, all without JavaScript. */
export default async function AdminImportPage({ params, searchParams }: Props) {
  const { locale, t } = await localeAndTranslator(params);
  await requirePermission(canEditContent, locale, `/${locale}/admin/import`);
  const query = await searchParams;
  const error = importPageError(query.error);
  const uploadId = typeof query.upload === 'string' ? query.upload : '';
  const upload = uploadId ? await getImportUpload(uploadId) : null;

  return (
    <section aria-labelledby="import-title" className="authoring import">
      <h1 id="import-title">{t('import.page.title')}</h1>
      <p>{t('import.page.intro')}</p>
      <p className="muted">{t('import.page.limits', { megabytes: MEGABYTES })}</p>
      {error ? (
        <p className="notice-inline notice-inline--warning" role="alert" data-testid="import-error">
          {t(`import.page.${error}` as MessageKey, { megabytes: MEGABYTES })}
        </p>
      ) : null}
      {uploadId && !upload ? (
        <p className="notice-inline notice-inline--warning" role="alert">
          {t('import.page.unknownUpload')}
        </p>
      ) : null}
      <form
        method="post"
        action={`/api/admin/import?lang=${locale}`}
        encType="multipart/form-data"
        className="import__upload"
      >
        <div className="field">
          <label htmlFor="import-file">{t('import.page.fileLabel')}</label>
          <input
            id="import-file"
            name="file"
            type="file"
            required
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          />
        </div>
        <button type="submit" className="button">
          {t('import.page.upload')}
        </button>
      </form>
      {upload ? <Preview upload={upload} locale={locale} t={t} /> : null}
    </section>
  );
}

type Upload = NonNullable<Awaited<ReturnType<typeof getImportUpload>>>;
type Translate = Awaited<ReturnType<typeof localeAndTranslator>>['t'];

async function Preview({ upload, locale, t }: { upload: Upload; locale: 'en' | 'vi'; t: Translate }) {
  const plan = await previewImport(new Uint8Array(upload.bytes), upload.fileName);
  const applied = upload.appliedAt ? (upload.result as { counts?: Record<Outcome, number> } | null) : null;
  return (
    <section aria-labelledby="import-preview-title" data-testid="import-preview">
      <h2 id="import-preview-title">{t('import.page.previewTitle', { file: upload.fileName })}</h2>
      {applied?.counts ? (
        <p className="notice-inline" role="status" data-testid="import-applied">
          {t('import.page.appliedSummary', {
            time: formatDateTime(upload.appliedAt!, locale),
            created: applied.counts.created,
            updated: applied.counts.updated,
            unchanged: applied.counts.unchanged,
          })}
        </p>
      ) : null}
      {!plan.ok ? (
        <div className="notice-inline notice-inline--warning" role="alert" data-testid="import-file-problem">
          <strong>{t('import.page.fileProblem')}: </strong>
          {t(plan.problem.key, plan.problem.values)}
        </div>
      ) : (
        <>
          <p>
            {t(`import.page.kind.${plan.kind}`, {
              language: plan.language === 'vi' ? 'Tiếng Việt' : 'English',
            })}
            {' · '}
            <span data-testid="import-summary">
              {t('import.page.summary', { rows: plan.rows.length, ...plan.counts })}
            </span>
          </p>
          {applied ? null : plan.counts.error > 0 ? (
            <p className="notice-inline notice-inline--warning">{t('import.page.hasErrors')}</p>
          ) : plan.counts.created + plan.counts.updated === 0 ? (
            <p className="notice-inline">{t('import.page.nothingToApply')}</p>
          ) : (
            <form method="post" action={`/api/admin/import/apply?lang=${locale}`} className="import__apply">
              <input type="hidden" name="upload" value={upload.id} />
              <p className="muted">{t('import.page.applyHint')}</p>
              <button type="submit" className="button button--primary">
                {t('import.page.apply')}
              </button>
            </form>
          )}
          <div className="table-scroll">
            <table className="data-table" data-testid="import-rows">
              <thead>
                <tr>
                  <th scope="col">{t('import.page.columns.row')}</th>
                  <th scope="col">{t('import.page.columns.id')}</th>
                  <th scope="col">{t('import.page.columns.outcome')}</th>
                  <th scope="col">{t('import.page.columns.details')}</th>
                </tr>
              </thead>
              <tbody>
                {plan.rows.map((row) => (
                  <tr key={row.row} data-outcome={row.outcome}>
                    <td>{row.row}</td>
                    <td className="import__id">{row.slug}</td>
                    <td>{t(`import.page.outcome.${row.outcome}`)}</td>
                    <td>
                      {row.problems.length > 0 ? (
                        <ul className="import__problems">
                          {row.problems.map((problem, index) => (
                            <li key={index}>
                              <strong>{problem.column}</strong>: {t(problem.key, problem.values)}
                            </li>
                          ))}
                        </ul>
                      ) : null}
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
