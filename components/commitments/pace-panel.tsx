import type { PaceResult } from '@/lib/domain/pace';
import type { Locale } from '@/lib/i18n/config';
import { formatDate } from '@/lib/i18n/format';
import type { Translate } from '@/lib/i18n/messages';

/** The computed pace and the one-sentence rule behind it. */
export function PacePanel({ locale, t, pace }: { locale: Locale; t: Translate; pace: PaceResult }) {
  const date = (value: Date | undefined) => (value ? formatDate(value, locale) : '');
  const sentence = t(`dashboard.pace.rule.${pace.rule}`, {
    elapsed: pace.expected ?? '',
    actual: pace.actual ?? '',
    start: date(pace.start),
    deadline: date(pace.deadline),
    due: date(pace.due),
  });
  return (
    <div className="pace" data-pace={pace.state} data-testid="pace">
      <span className={`pace__state pace__state--${pace.state.toLowerCase().replace('_', '-')}`}>
        {t(`dashboard.pace.state.${pace.state}`)}
      </span>
      <p className="pace__rule">{sentence}</p>
    </div>
  );
}
