// Error texts of the JSON write API (one wording per pipeline outcome, whatever the operation).
export const api = {
  errors: {
    crossSite: 'Cross-site requests are not allowed.',
    contentType: 'Send the body as application/json.',
    tooLarge: 'The body is larger than {bytes} bytes.',
    notJson: 'The body is not valid JSON.',
    notObject: 'The body must be a JSON object.',
    multipart: 'Send the file as multipart/form-data in a field named “file”.',
    unavailable: 'The database is busy or unavailable; nothing was saved. Try again in a moment.',
    unauthenticated: 'Sign in or send an API token (Authorization: Bearer …).',
    forbidden: 'This account may not do this.',
    throttled: 'Too many refused attempts from your address; try again later.',
    notFound: 'There is no {subject} “{id}”.',
    invalid: 'Some fields are not valid.',
    conflict:
      'Someone saved a change first: the {subject} is now at version {version}. Re-send your change with that version if it still applies.',
  },
  subjects: {
    commitment: 'commitment',
  },
} as const;
