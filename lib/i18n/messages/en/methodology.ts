// The public methodology page (/methodology) and the admin form that publishes status definitions.
export const methodology = {
  nav: 'Methodology',
  adminNav: 'Status definitions',
  page: {
    title: 'How statuses are decided',
    intro:
      'What each status means, whose verdict a commitment’s headline status is, how pace is judged and when a commitment counts as contested. The status definitions are versioned: every assessment records the version in force when it was made.',
    definitionsTitle: 'Status definitions',
    versionLine: 'Version {version}, published {date}',
    versionLineInitial: 'Version {version}',
    olderVersion: 'You are reading version {version}, which has been replaced.',
    currentLink: 'Read the current version ({version})',
    note: 'What changed: {note}',
    headlineTitle: 'Headline status',
    headlineExtra:
      'The headline status is the one that counts, filters, charts and exports use. Each assessor’s current verdict is its verdict with the latest “as of” date (ties go to the one recorded last).',
    assessorsTitle: 'Assessors',
    assessorsIntro: 'Every verdict says whose it is:',
    assessorCode: 'code {code}',
    contestedTitle: 'Contested',
    paceTitle: 'Pace',
    paceIntro:
      'Pace is computed for commitments with a numeric target or milestones, not for qualitative or discontinued ones. Expected progress is the share of the time from the start (the baseline date, else the agreement’s date) to the deadline that has passed.',
    paceRule: {
      ON_TRACK:
        'progress is not more than {margin} points below the expected progress, or the commitment is achieved.',
      BEHIND:
        'progress is more than {margin} points below the expected progress, or a milestone is past its due date and not done.',
      OVERDUE: 'the deadline has passed and the commitment is not achieved.',
      NO_DEADLINE: 'the sources give no dated deadline, so pace cannot be judged.',
      UNMEASURED:
        'no progress figure has been recorded (or there is no start date), so pace cannot be judged yet.',
    },
    versionsTitle: 'Versions',
    versionItem: 'Version {version}',
    current: 'current',
    noNote: 'No note.',
  },
  admin: {
    title: 'Status definitions',
    intro:
      'Publishing creates a new version of the definitions; the public methodology page and every status explanation show it at once, and assessments recorded from then on carry its number. Earlier versions stay readable.',
    basedOn: 'Editing version {version}',
    english: '{status} — English',
    vietnamese: '{status} — Vietnamese',
    noteEn: 'What changed — English (optional)',
    noteVi: 'What changed — Vietnamese (optional)',
    noteHint: 'Shown in the list of versions.',
    submit: 'Publish new version',
    submitting: 'Publishing…',
    published: 'Version {version} is published.',
    fixErrors: 'Nothing was published: fix the fields marked below.',
    conflictTitle: 'Someone else published first',
    conflictBody:
      'Version {version} was published while you were editing. The form now shows version {version}; your text is in the right-hand column below — copy what you still want, then publish again.',
    field: 'Definition',
    theirs: 'Version {version}',
    yours: 'Your text',
    unauthenticated: 'Your session has ended. Sign in again; nothing was published.',
    forbidden: 'Only administrators can publish status definitions.',
    notFound: 'There are no status definitions to build on. Reload the page.',
    viewPublic: 'View the public methodology page',
  },
  errors: {
    invalid: 'This value is not valid.',
    definitionRequired: 'Write a definition (it cannot be empty).',
    definitionTooLong: 'A definition can be at most 1,000 characters.',
    noteTooLong: 'A note can be at most 500 characters.',
    controlCharacters: 'Remove invisible control characters.',
    markup: 'Use plain text, without HTML tags.',
    basedOn: 'The form does not say which version it started from. Reload the page.',
    unchanged: 'Nothing changed: edit at least one definition before publishing.',
    unavailable: 'The database is not answering; nothing was published. Try again in a moment.',
  },
} as const;
