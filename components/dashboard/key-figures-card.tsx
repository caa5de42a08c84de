import Link from 'next/link';
import { withTime, type TimeParams } from '@/lib/time/as-of';
import { LocalizedText } from '@/components/i18n/localized-text';
import type { Locale } from '@/lib/i18n/config';
import { pickLocalized } from '@/lib/i18n/content';
import { formatDate, formatNumber } from '@/lib/i18n/format';
import type { Translate } from '@/lib/i18n/messages';
import type { listKeyFigures } from '@/lib/queries/key-figures';

/**
 * The figures the commitments state, each in its own unit, with its date, whose figure it is and
 * its source — never turned into "progress" (the POA's ~95 % counts initiatives completed *or* in
 * progress).
 */
export function KeyFiguresCard({
  locale,
  t,
  figures,
  time = {},
}: {
  locale: Locale;
  t: Translate;
  figures: Awaited<ReturnType<typeof listKeyFigures>>;
  time?: TimeParams;
}) {
  return (
    <section className="card key-figures" aria-labelledby="key-figures-title" data-testid="key-figures">
      <h2 id="key-figures-title">{t('assessment.keyFigures.title')}</h2>
      <p className="muted">{t('assessment.keyFigures.intro')}</p>
      {figures.length === 0 ? (
        <p className="muted">{t('assessment.keyFigures.none')}</p>
      ) : (
        <ul className="key-figures__list">
          {figures.map((figure) => {
            const source = figure.citations[0]?.source;
            const extra = [
              figure.baselineValue !== null
                ? t('assessment.keyFigures.baseline', { value: formatNumber(figure.baselineValue, locale) })
                : null,
              figure.targetValue !== null
                ? t('assessment.keyFigures.target', { value: formatNumber(figure.targetValue, locale) })
                : null,
            ].filter(Boolean);
            return (
              <li key={figure.slug} className="key-figures__item">
                <strong className="key-figures__value">
                  {t('assessment.keyFigures.value', {
                    value: formatNumber(figure.currentValue, locale),
                    unit: figure.metricUnit ?? '',
                  })}
                </strong>
                <Link href={withTime(`/${locale}/commitments/${figure.slug}`, time)}>
                  <LocalizedText
                    value={pickLocalized({ en: figure.titleEn, vi: figure.titleVi }, locale)}
                    t={t}
                  />
                </Link>
                <span className="muted">
                  {t('assessment.keyFigures.asOf', {
                    date: formatDate(figure.currentValueDate, locale),
                    assessor: figure.headlineAssessor
                      ? t(`assessment.assessor.${figure.headlineAssessor}`)
                      : '—',
                  })}
                  {extra.length > 0 ? ` · ${extra.join(' · ')}` : null}
                  {source ? (
                    <>
                      {' · '}
                      <Link href={`/${locale}/sources/${source.slug}`}>{source.publisher}</Link>
                    </>
                  ) : null}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
