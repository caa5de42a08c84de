// The words for a refused search, shared by the /search page and GET /api/search.
import type { Translate } from '../i18n/messages';
import { SEARCH_MAX_LENGTH, SEARCH_MAX_PAGE, SEARCH_MAX_TERMS, type SearchInputError } from './query';

const LIMITS: Record<SearchInputError, number> = {
  empty: 0,
  tooLong: SEARCH_MAX_LENGTH,
  control: 0,
  noWords: 0,
  tooManyWords: SEARCH_MAX_TERMS,
  page: SEARCH_MAX_PAGE,
};

export function searchErrorMessage(t: Translate, error: SearchInputError): string {
  return t(`search.errors.${error}`, { max: LIMITS[error] });
}
