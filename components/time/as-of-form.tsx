import type { Translate } from '@/lib/i18n/messages';
import { EARLIEST_AS_OF, todayIso } from '@/lib/time/as-of';

/**
 * The date picker: a plain GET form (works without JavaScript) that reloads the page with
 * `asOf=YYYY-MM-DD`, keeping the page's other parameters as hidden fields.
 */
export function AsOfForm({
  t,
  action,
  value,
  keep = new URLSearchParams(),
}: {
  t: Translate;
  action: string;
  value?: string;
  /** Other query parameters of the page (filters) to keep. */
  keep?: URLSearchParams;
}) {
  return (
    <form method="get" action={action} className="as-of-form" data-testid="as-of-form">
      {[...keep.entries()]
        .filter(([name]) => name !== 'asOf' && name !== 'snapshot' && name !== 'page')
        .map(([name, fieldValue], index) => (
          <input key={`${name}-${index}`} type="hidden" name={name} value={fieldValue} />
        ))}
      <label htmlFor="as-of-date">{t('time.picker.label')}</label>
      <div className="as-of-form__row">
        <input
          id="as-of-date"
          type="date"
          name="asOf"
          min={EARLIEST_AS_OF}
          max={todayIso()}
          defaultValue={value ?? ''}
          aria-describedby="as-of-hint"
        />
        <button type="submit" className="button">
          {t('time.picker.submit')}
        </button>
      </div>
      <p id="as-of-hint" className="muted">
        {t('time.picker.hint')}
      </p>
    </form>
  );
}
