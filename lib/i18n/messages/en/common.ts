// Shared interface text (layout, navigation, statuses, error pages).
export const common = {
  app: {
    name: 'Commitment Tracker',
    tagline: 'What governments promised each other, and whether they are delivering',
    skipToContent: 'Skip to content',
    language: 'Language',
    switchTo: 'Tiếng Việt',
    footer: 'Statuses are updated by named editors; every change keeps its reason and evidence.',
  },
  nav: {
    overview: 'Overview',
    commitments: 'Commitments',
    signIn: 'Sign in',
    signOut: 'Sign out',
  },
  status: {
    NOT_STARTED: { label: 'Not started', definition: 'No public sign of work towards it yet.' },
    IN_PROGRESS: { label: 'In progress', definition: 'Work is under way and on course.' },
    AT_RISK: { label: 'At risk', definition: 'Under way, but likely to miss its target or deadline.' },
    STALLED: { label: 'Stalled', definition: 'Started, but no progress for a long time.' },
    ACHIEVED: { label: 'Achieved', definition: 'Delivered as promised.' },
    DISCONTINUED: { label: 'Discontinued', definition: 'Dropped or superseded; no longer pursued.' },
  },
  notFound: {
    title: 'Page not found',
    body: 'There is no page at this address. It may have been renamed or removed.',
    back: 'Go to the overview',
  },
  unavailable: {
    title: 'Temporarily unavailable',
    body: 'The tracker cannot reach its database right now. Please try again in a moment.',
    retry: 'Try again',
  },
} as const;
