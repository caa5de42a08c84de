// Text of the error page, kept apart so the client-side error boundary ships only these strings.
export const dashboardError = {
  title: 'Something went wrong',
  body: 'This page could not be shown. Nothing you did caused it; please try again in a moment.',
  retry: 'Try again',
  home: 'Go to the overview',
} as const;
