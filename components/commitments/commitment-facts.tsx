import Link from 'next/link';
import { FallbackMarker } from '@/components/i18n/localized-text';
import { StatusBadge } from '@/components/ui/status-badge';
import type { PaceResult } from '@/lib/domain/pace';
import type { Locale } from '@/lib/i18n/config';
import { pickLocalized } from '@/lib/i18n/content';
import { formatDate, formatNumber } from '@/lib/i18n/format';
import type { Translate } from '@/lib/i18n/messages';
import type { CommitmentDetail } from '@/lib/queries/commitments';
import { PacePanel } from './pace-panel';
import { StatusDefinitionNote } from './status-definition-note';

interface FactsProps {
  locale: Locale;
  t: Translate;
  commitment: CommitmentDetail;
}

/** The status card: status with its definition, progress, deadline, target, who, kind, pillar, pace. */
export function CommitmentFacts({ locale, t, commitment, pace }: FactsProps & { pace: PaceResult | null }) {
  const statusLabel = t(`common.status.${commitment.status}.label`);
  const deadlineText = pickLocalized(
    { en: commitment.deadlineTextEn, vi: commitment.deadlineTextVi },
    locale,
  );
  return (
    <section className="card facts" aria-labelledby="facts-title">
      <h2 id="facts-title" className="visually-hidden">
        {t('dashboard.commitment.status')}
      </h2>
      <dl className="facts__list">
        <div>
          <dt>{t('dashboard.commitment.status')}</dt>
          <dd data-testid="commitment-status">
            <StatusBadge status={commitment.status} label={statusLabel} />
            <StatusDefinitionNote
              locale={locale}
              t={t}
              status={commitment.status}
              statusLabel={statusLabel}
            />
          </dd>
        </div>
        <div>
          <dt>{t('dashboard.commitment.progress')}</dt>
          <dd>
            {commitment.progress !== null ? (
              <span className="facts__progress">
                <span className="progress-bar" aria-hidden="true">
                  <span style={{ width: `${commitment.progress}%` }} />
                </span>
                {commitment.progress}%
              </span>
            ) : (
              t('dashboard.commitment.noProgress')
            )}
          </dd>
        </div>
        <div>
          <dt>{t('dashboard.commitment.deadline')}</dt>
          <dd data-testid="commitment-deadline">
            {commitment.deadline ? formatDate(commitment.deadline, locale) : t('dashboard.list.noDeadline')}
            {deadlineText.text ? (
              <p className="facts__note">
                {t('dashboard.commitment.deadlineSourceWording', { text: deadlineText.text })}
                <FallbackMarker value={deadlineText} t={t} />
              </p>
            ) : null}
          </dd>
        </div>
        <TargetFact locale={locale} t={t} commitment={commitment} />
        <div>
          <dt>{t('dashboard.commitment.responsible')}</dt>
          <dd>{t(`dashboard.party.${commitment.responsibleParty}`)}</dd>
        </div>
        <div>
          <dt>{t('dashboard.commitment.kind')}</dt>
          <dd>{t(`dashboard.kind.${commitment.kind}`)}</dd>
        </div>
        <PillarFact locale={locale} t={t} commitment={commitment} />
      </dl>
      {pace ? (
        <div className="facts__pace">
          <h3>{t('dashboard.commitment.pace')}</h3>
          <PacePanel locale={locale} t={t} pace={pace} />
        </div>
      ) : null}
      <p className="muted facts__updated">
        {t('dashboard.commitment.lastUpdated', { date: formatDate(commitment.updatedAt, locale) })}
      </p>
    </section>
  );
}

/** Baseline → target (by when) and the latest value, for numeric targets that state them. */
function TargetFact({ locale, t, commitment }: FactsProps) {
  const hasTarget =
    commitment.kind === 'NUMERIC_TARGET' &&
    (commitment.targetValue !== null || commitment.baselineValue !== null);
  if (!hasTarget) return null;
  const num = (value: number | null) =>
    value === null ? t('dashboard.commitment.notStated') : formatNumber(value, locale);
  const by = commitment.targetDate ?? commitment.deadline;
  return (
    <div>
      <dt>{t('dashboard.commitment.target')}</dt>
      <dd>
        {t('dashboard.commitment.targetLine', {
          baseline: num(commitment.baselineValue),
          target: num(commitment.targetValue),
          unit: commitment.metricUnit ?? '',
        })}
        {by ? ` ${t('dashboard.commitment.byDate', { date: formatDate(by, locale) })}` : null}
        {commitment.currentValue !== null ? (
          <p className="facts__note">
            {t('dashboard.commitment.current', {
              value: formatNumber(commitment.currentValue, locale),
              unit: commitment.metricUnit ?? '',
              date: formatDate(commitment.currentValueDate, locale),
            })}
          </p>
        ) : null}
      </dd>
    </div>
  );
}

function PillarFact({ locale, t, commitment }: FactsProps) {
  const { pillar } = commitment;
  if (!pillar) return null;
  const name = pickLocalized({ en: pillar.nameEn, vi: pillar.nameVi }, locale);
  return (
    <div>
      <dt>{t('dashboard.commitment.pillar')}</dt>
      <dd>
        <Link
          href={`/${locale}/agreements/${commitment.agreement.slug}/pillars/${pillar.slug}`}
          lang={name.fallback ? name.lang : undefined}
        >
          {name.text}
        </Link>
        <FallbackMarker value={name} t={t} />
      </dd>
    </div>
  );
}
