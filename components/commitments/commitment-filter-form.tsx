import Link from 'next/link';
import { STATUS_COLORS, STATUSES, statusToParam } from '@/lib/domain/status';
import type { Locale } from '@/lib/i18n/config';
import { pickLocalized } from '@/lib/i18n/content';
import type { Translate } from '@/lib/i18n/messages';
import {
  COMMITMENT_SORTS,
  partyToParam,
  RESPONSIBLE_PARTIES,
  type CommitmentFilters,
} from '@/lib/validation/commitment-filters';

export interface FilterAgreementOption {
  slug: string;
  titleEn: string | null;
  titleVi: string | null;
  pillars: { slug: string; nameEn: string | null; nameVi: string | null }[];
}

/** A plain GET form: submitting it writes the filters into the URL, so no client JS is needed. */
export function CommitmentFilterForm({
  locale,
  t,
  filters,
  agreements,
}: {
  locale: Locale;
  t: Translate;
  filters: CommitmentFilters;
  agreements: FilterAgreementOption[];
}) {
  const name = (en: string | null, vi: string | null) => pickLocalized({ en, vi }, locale).text;
  return (
    <form
      method="get"
      action={`/${locale}/commitments`}
      className="card filter-form"
      aria-labelledby="filters-title"
      data-testid="filter-form"
    >
      {/* A past view stays in the past when the filters change. */}
      {filters.snapshot ? <input type="hidden" name="snapshot" value={filters.snapshot} /> : null}
      {!filters.snapshot && filters.asOf ? <input type="hidden" name="asOf" value={filters.asOf} /> : null}
      <h2 id="filters-title" className="filter-form__title">
        {t('dashboard.filters.heading')}
      </h2>
      <div className="filter-form__grid">
        <div className="field">
          <label htmlFor="filter-q">{t('dashboard.filters.q')}</label>
          <input
            id="filter-q"
            type="search"
            name="q"
            defaultValue={filters.q ?? ''}
            placeholder={t('dashboard.filters.qPlaceholder')}
            maxLength={200}
          />
        </div>
        <div className="field">
          <label htmlFor="filter-agreement">{t('dashboard.filters.agreement')}</label>
          <select id="filter-agreement" name="agreement" defaultValue={filters.agreement ?? ''}>
            <option value="">{t('dashboard.filters.anyAgreement')}</option>
            {agreements.map((agreement) => (
              <option key={agreement.slug} value={agreement.slug}>
                {name(agreement.titleEn, agreement.titleVi)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-pillar">{t('dashboard.filters.pillar')}</label>
          <select id="filter-pillar" name="pillar" defaultValue={filters.pillar ?? ''}>
            <option value="">{t('dashboard.filters.anyPillar')}</option>
            {agreements.map((agreement) => (
              <optgroup key={agreement.slug} label={name(agreement.titleEn, agreement.titleVi)}>
                {agreement.pillars.map((pillar) => (
                  <option key={pillar.slug} value={pillar.slug}>
                    {name(pillar.nameEn, pillar.nameVi)}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-party">{t('dashboard.filters.party')}</label>
          <select
            id="filter-party"
            name="party"
            defaultValue={filters.parties[0] ? partyToParam(filters.parties[0]) : ''}
          >
            <option value="">—</option>
            {RESPONSIBLE_PARTIES.map((party) => (
              <option key={party} value={partyToParam(party)}>
                {t(`dashboard.party.${party}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-from">{t('dashboard.filters.deadlineFrom')}</label>
          <input id="filter-from" type="date" name="from" defaultValue={filters.deadlineFrom ?? ''} />
        </div>
        <div className="field">
          <label htmlFor="filter-to">{t('dashboard.filters.deadlineTo')}</label>
          <input id="filter-to" type="date" name="to" defaultValue={filters.deadlineTo ?? ''} />
        </div>
        <div className="field">
          <label htmlFor="filter-sort">{t('dashboard.filters.sort')}</label>
          <select id="filter-sort" name="sort" defaultValue={filters.sort}>
            {COMMITMENT_SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {t(`dashboard.filters.sorts.${sort}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <StatusChecks t={t} filters={filters} />
      <div className="filter-form__actions">
        <button type="submit" className="button button--primary">
          {t('dashboard.filters.apply')}
        </button>
        <Link href={`/${locale}/commitments`} className="button">
          {t('dashboard.filters.clear')}
        </Link>
      </div>
    </form>
  );
}

/** Statuses to include (several at once), and whether only contested commitments. */
function StatusChecks({ t, filters }: { t: Translate; filters: CommitmentFilters }) {
  return (
    <fieldset className="filter-form__statuses">
      <legend>{t('dashboard.filters.status')}</legend>
      {STATUSES.map((status) => (
        <label key={status} className="filter-form__check">
          <input
            type="checkbox"
            name="status"
            value={statusToParam(status)}
            defaultChecked={filters.statuses.includes(status)}
          />
          <span
            className="status-badge__dot"
            style={{ background: STATUS_COLORS[status] }}
            aria-hidden="true"
          />
          {t(`common.status.${status}.label`)}
        </label>
      ))}
      <label className="filter-form__check">
        <input type="checkbox" name="contested" value="1" defaultChecked={filters.contested === true} />
        {t('assessment.contested.filter')}
      </label>
    </fieldset>
  );
}
