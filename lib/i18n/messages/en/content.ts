// Marker shown after database text that is not yet translated into the reader's language.
export const content = {
  fallback: '({language}, not yet translated)',
} as const;
