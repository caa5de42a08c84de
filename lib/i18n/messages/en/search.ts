// Search: the box in the header, the /search page and the API's refusals.
export const search = {
  label: 'Search the tracker',
  placeholder: 'Search…',
  submit: 'Search',
  title: 'Search',
  titleFor: 'Search: {q}',
  intro:
    'Finds words in commitments (titles, descriptions, quotes and the reasons of assessments), sources, agreements and pillars, in English and Vietnamese. Accents are optional and the start of a word is enough: “tieng anh” finds “tiếng Anh”, “net zero” finds “net-zero”.',
  resultsFor: 'Results for “{q}”',
  none: 'Nothing matches “{q}”. Try fewer words or another spelling.',
  errors: {
    empty: 'Type one or more words to search for.',
    tooLong: 'The search is too long: at most {max} characters.',
    control: 'The search contains control characters; type it again as plain text.',
    noWords: 'The search has no letters or digits to look for.',
    tooManyWords: 'The search has too many words: at most {max}.',
    page: 'The page number must be a whole number from 1 to {max}.',
  },
  commitments: {
    heading: 'Commitments',
    count: '{count} commitments',
    countOne: '1 commitment',
  },
  sources: { heading: 'Sources' },
  agreements: { heading: 'Agreements' },
  pillars: { heading: 'Pillars' },
  groupCount: '{shown} of {total}',
  matchedIn: {
    text: 'Matched in its title or description',
    quote: 'Matched in a quote from its source',
    reason: 'Matched in the reason of an assessment',
  },
  pagination: 'Pages of commitments found',
  api: {
    badParameter: 'Invalid parameter {param}: {message}',
  },
} as const;
