// Messages for query-string filters that could not be understood (the /commitments notice, the
// report and the API's 400 answers). Parameter names stay as they appear in the URL.
export const filters = {
  errors: {
    slug: 'must be an id (lower-case letters, digits and hyphens)',
    dateFormat: 'must be a date written YYYY-MM-DD',
    dateReal: 'is not a real date',
    dateRange: 'must be between 1900-01-01 and 9999-12-31',
    unknownStatus: 'unknown status “{value}”',
    unknownParty: 'unknown responsible party “{value}”',
    tooLong: 'is longer than {max} characters',
    wholeNumber: 'must be a whole number',
    atLeastOne: 'must be 1 or more',
    tooLarge: 'must be at most {max}',
    sort: 'must be one of: {values}',
    rangeOrder: 'is before the start of the deadline range',
    lang: 'must be en or vi',
    unknownAgreement: 'no agreement “{value}”',
    unknownPillar: 'no pillar “{value}”',
    unknownPillarInAgreement: 'no pillar “{value}” in that agreement',
    commitmentSlug: 'must be a commitment id (lower-case letters, digits, hyphens)',
    download: 'must be 1 or absent',
    contested: 'must be 1 (only commitments whose assessors disagree) or 0 (only the others)',
    invalid: 'is not valid',
  },
} as const;
