import { BEHIND_MARGIN, type PaceState } from '@/lib/domain/pace';
import { ASSESSORS } from '@/lib/domain/verdicts';
import type { Translate } from '@/lib/i18n/messages';

const PACE_STATES: readonly PaceState[] = ['ON_TRACK', 'BEHIND', 'OVERDUE', 'NO_DEADLINE', 'UNMEASURED'];

/** The rules that do not change between versions: headline status, assessors, contested, pace. */
export function MethodologyRules({ t }: { t: Translate }) {
  return (
    <>
      <section
        className="card methodology__section"
        aria-labelledby="headline-title"
        data-testid="headline-rule"
      >
        <h2 id="headline-title">{t('methodology.page.headlineTitle')}</h2>
        <p>{t('assessment.verdicts.headlineRule')}</p>
        <p className="muted">{t('methodology.page.headlineExtra')}</p>
      </section>
      <section className="card methodology__section" aria-labelledby="assessors-title">
        <h2 id="assessors-title">{t('methodology.page.assessorsTitle')}</h2>
        <p>{t('methodology.page.assessorsIntro')}</p>
        <ul className="methodology__assessors">
          {ASSESSORS.map((assessor) => (
            <li key={assessor}>
              <strong>{t(`assessment.assessor.${assessor}`)}</strong>{' '}
              <span className="muted">({t('methodology.page.assessorCode', { code: assessor })})</span>
            </li>
          ))}
        </ul>
      </section>
      <section className="card methodology__section" aria-labelledby="contested-title">
        <h2 id="contested-title">{t('methodology.page.contestedTitle')}</h2>
        <p>
          <strong>{t('assessment.verdicts.contested')}</strong>: {t('assessment.verdicts.contestedHelp')}
        </p>
      </section>
      <section className="card methodology__section" aria-labelledby="pace-title" data-testid="pace-rule">
        <h2 id="pace-title">{t('methodology.page.paceTitle')}</h2>
        <p>{t('methodology.page.paceIntro')}</p>
        <dl className="methodology__definitions">
          {PACE_STATES.map((state) => (
            <div key={state}>
              <dt>
                <span className={`pace__state pace__state--${state.toLowerCase().replace('_', '-')}`}>
                  {t(`dashboard.pace.state.${state}`)}
                </span>
              </dt>
              <dd>{t(`methodology.page.paceRule.${state}`, { margin: BEHIND_MARGIN })}</dd>
            </div>
          ))}
        </dl>
      </section>
    </>
  );
}
