import Link from 'next/link';
import { StatusBadge } from '@/components/ui/status-badge';
import type { Locale } from '@/lib/i18n/config';
import { formatDate, formatDateTime, formatNumber } from '@/lib/i18n/format';
import type { Translate } from '@/lib/i18n/messages';
import type { listCurrentVerdicts } from '@/lib/queries/assessments';
import { EvidenceList } from './evidence-list';

type CurrentVerdict = Awaited<ReturnType<typeof listCurrentVerdicts>>[number];

/**
 * Every assessor's current verdict side by side — whose, which status, as of which day, on what
 * evidence — with the headline marked and a visible mark when the sides disagree.
 */
export function VerdictsPanel({
  locale,
  t,
  verdicts,
  headlineAssessor,
  contested,
  unit,
}: {
  locale: Locale;
  t: Translate;
  verdicts: CurrentVerdict[];
  headlineAssessor: string | null;
  contested: boolean;
  unit: string | null;
}) {
  if (verdicts.length === 0) return null;
  return (
    <section className="card verdicts" aria-labelledby="verdicts-title" data-testid="verdicts">
      <h2 id="verdicts-title">{t('assessment.verdicts.title')}</h2>
      <p className="muted">{t('assessment.verdicts.intro')}</p>
      {contested ? (
        <p className="verdicts__contested" data-testid="contested-mark">
          <strong>⚠ {t('assessment.verdicts.contested')}</strong> — {t('assessment.verdicts.contestedHelp')}
        </p>
      ) : null}
      <p className="muted">
        {t('assessment.verdicts.headlineRule')}{' '}
        <Link href={`/${locale}/methodology`}>{t('assessment.verdicts.methodologyLink')}</Link>
      </p>
      <ul className="verdicts__list">
        {verdicts.map((verdict) => (
          <li key={verdict.id} className="verdicts__item" data-assessor={verdict.assessor}>
            <h3 className="verdicts__assessor">
              {t(`assessment.assessor.${verdict.assessor}`)}
              {verdict.assessorName ? <span className="muted"> · {verdict.assessorName}</span> : null}
              {verdict.assessor === headlineAssessor ? (
                <span className="verdicts__headline"> · {t('assessment.verdicts.headline')}</span>
              ) : null}
            </h3>
            <p>
              <StatusBadge status={verdict.status} label={t(`common.status.${verdict.status}.label`)} />{' '}
              <time dateTime={verdict.assessedOn.toISOString().slice(0, 10)}>
                {t('assessment.verdicts.asOf', { date: formatDate(verdict.assessedOn, locale) })}
              </time>
              {verdict.progress !== null ? ` · ${verdict.progress}%` : null}
              {verdict.value !== null
                ? ` · ${t('assessment.keyFigures.value', {
                    value: formatNumber(verdict.value, locale),
                    unit: unit ?? '',
                  })}`
                : null}
            </p>
            <p className="muted verdicts__meta">
              {t('assessment.verdicts.recordedAt', { time: formatDateTime(verdict.createdAt, locale) })} ·{' '}
              {t('assessment.verdicts.by', { name: verdict.authorName })} ·{' '}
              {t('assessment.verdicts.methodology', { version: verdict.methodologyVersion })}
            </p>
            <EvidenceList locale={locale} t={t} evidence={verdict.evidence} legacyUrl={verdict.evidenceUrl} />
          </li>
        ))}
      </ul>
    </section>
  );
}
