import Link from 'next/link';
import { LocalizedText } from '@/components/i18n/localized-text';
import { StatusBadge } from '@/components/ui/status-badge';
import { STATUSES } from '@/lib/domain/status';
import type { Locale } from '@/lib/i18n/config';
import { pickLocalized } from '@/lib/i18n/content';
import { formatDate } from '@/lib/i18n/format';
import type { Translate } from '@/lib/i18n/messages';
import type { Methodology } from '@/lib/queries/methodology';

/** The six status definitions of one published version, with its number, date and note. */
export function StatusDefinitionList({
  locale,
  t,
  methodology,
  currentVersion,
}: {
  locale: Locale;
  t: Translate;
  methodology: Methodology;
  currentVersion: number;
}) {
  const { version, createdAt } = methodology;
  const note = pickLocalized({ en: methodology.noteEn, vi: methodology.noteVi }, locale);
  return (
    <section className="card methodology__section" aria-labelledby="definitions-title">
      <h2 id="definitions-title">{t('methodology.page.definitionsTitle')}</h2>
      <p className="muted" data-testid="methodology-version">
        {createdAt
          ? t('methodology.page.versionLine', { version, date: formatDate(createdAt, locale) })
          : t('methodology.page.versionLineInitial', { version })}
      </p>
      {version !== currentVersion ? (
        <p className="editor-alert editor-alert--error" data-testid="methodology-older">
          {t('methodology.page.olderVersion', { version })}{' '}
          <Link href={`/${locale}/methodology`}>
            {t('methodology.page.currentLink', { version: currentVersion })}
          </Link>
        </p>
      ) : null}
      {note.text ? (
        <p lang={note.fallback ? note.lang : undefined}>{t('methodology.page.note', { note: note.text })}</p>
      ) : null}
      <dl className="methodology__definitions" data-testid="status-definitions">
        {STATUSES.map((status) => {
          const definition = pickLocalized(methodology.definitions[status], locale);
          return (
            <div key={status} data-status={status}>
              <dt>
                <StatusBadge status={status} label={t(`common.status.${status}.label`)} />
              </dt>
              <dd>
                <LocalizedText value={definition} t={t} />
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
