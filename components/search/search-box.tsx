import type { Locale } from '@/lib/i18n/config';
import type { Translate } from '@/lib/i18n/messages';
import { SEARCH_MAX_LENGTH } from '@/lib/search/query';

/** A plain GET form to /<lang>/search: it works without JavaScript. */
export function SearchBox({
  locale,
  t,
  id,
  label,
  defaultValue = '',
  className = 'search-box',
}: {
  locale: Locale;
  t: Translate;
  /** Unique per page: the header's box and the results page's box are both on /search. */
  id: string;
  /** Names the search landmark (two on one page need different names). */
  label: string;
  defaultValue?: string;
  className?: string;
}) {
  return (
    <form role="search" aria-label={label} action={`/${locale}/search`} method="get" className={className}>
      <label htmlFor={id} className="visually-hidden">
        {t('search.label')}
      </label>
      <input
        id={id}
        type="search"
        name="q"
        defaultValue={defaultValue}
        maxLength={SEARCH_MAX_LENGTH}
        placeholder={t('search.placeholder')}
        autoComplete="off"
        enterKeyHint="search"
        className="search-box__input"
      />
      <button type="submit" className="search-box__button">
        {t('search.submit')}
      </button>
    </form>
  );
}
