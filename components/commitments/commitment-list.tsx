import Link from 'next/link';
import { withTime, type TimeParams } from '@/lib/time/as-of';
import { StatusBadge } from '@/components/ui/status-badge';
import type { Status } from '@/lib/domain/status';
import type { Locale } from '@/lib/i18n/config';
import { FallbackMarker, LocalizedText } from '@/components/i18n/localized-text';
import { pickLocalized } from '@/lib/i18n/content';
import { formatDate } from '@/lib/i18n/format';
import type { Translate } from '@/lib/i18n/messages';
import type { ResponsibleParty } from '@/lib/generated/prisma/enums';
import { getCurrentMethodology } from '@/lib/queries/methodology';

export interface CommitmentCardRow {
  slug: string;
  titleEn: string | null;
  titleVi: string | null;
  status: Status;
  progress: number | null;
  responsibleParty: ResponsibleParty;
  deadline: Date | null;
  deadlineTextEn: string | null;
  deadlineTextVi: string | null;
  agreement: { slug: string; titleEn: string | null; titleVi: string | null };
  pillar: { slug: string; nameEn: string | null; nameVi: string | null } | null;
}

export async function CommitmentList({
  locale,
  t,
  rows,
  headingLevel = 3,
  showAgreement = true,
  time = {},
}: {
  locale: Locale;
  t: Translate;
  rows: CommitmentCardRow[];
  headingLevel?: 2 | 3;
  showAgreement?: boolean;
  /** A past view the links keep. */
  time?: TimeParams;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  // The definitions of the methodology version in force, so an admin's change is what readers see.
  const { definitions } = await getCurrentMethodology();
  return (
    <ol className="commitment-cards" data-testid="commitment-list">
      {rows.map((row) => {
        const title = pickLocalized({ en: row.titleEn, vi: row.titleVi }, locale);
        const deadlineText = pickLocalized({ en: row.deadlineTextEn, vi: row.deadlineTextVi }, locale);
        const pillar = row.pillar
          ? pickLocalized({ en: row.pillar.nameEn, vi: row.pillar.nameVi }, locale)
          : null;
        const agreement = pickLocalized({ en: row.agreement.titleEn, vi: row.agreement.titleVi }, locale);
        return (
          <li
            key={row.slug}
            className="card commitment-card"
            data-testid="commitment-card"
            data-status={row.status}
          >
            <div className="commitment-card__top">
              <StatusBadge
                status={row.status}
                label={t(`common.status.${row.status}.label`)}
                definition={pickLocalized(definitions[row.status], locale).text}
              />
              {row.progress !== null ? (
                <span className="commitment-card__progress">
                  <span className="progress-bar" aria-hidden="true">
                    <span style={{ width: `${row.progress}%` }} />
                  </span>
                  {row.progress}%
                </span>
              ) : null}
            </div>
            <Heading className="commitment-card__title">
              <Link
                href={withTime(`/${locale}/commitments/${row.slug}`, time)}
                lang={title.fallback ? title.lang : undefined}
              >
                {title.text}
              </Link>
              <FallbackMarker value={title} t={t} />
            </Heading>
            <dl className="commitment-card__meta">
              <div>
                <dt>{t('dashboard.list.deadline')}</dt>
                <dd>
                  {row.deadline ? formatDate(row.deadline, locale) : t('dashboard.list.noDeadline')}
                  {deadlineText.text ? (
                    <span className="muted">
                      {' · '}
                      <LocalizedText value={deadlineText} t={t} />
                    </span>
                  ) : null}
                </dd>
              </div>
              <div>
                <dt>{t('dashboard.list.responsible')}</dt>
                <dd>{t(`dashboard.party.${row.responsibleParty}`)}</dd>
              </div>
              {pillar ? (
                <div>
                  <dt>{t('dashboard.list.pillar')}</dt>
                  <dd>
                    <LocalizedText value={pillar} t={t} />
                  </dd>
                </div>
              ) : null}
              {showAgreement ? (
                <div>
                  <dt>{t('dashboard.list.agreement')}</dt>
                  <dd>
                    <LocalizedText value={agreement} t={t} />
                  </dd>
                </div>
              ) : null}
            </dl>
          </li>
        );
      })}
    </ol>
  );
}
