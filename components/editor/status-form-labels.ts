// The status form's interface text, gathered on the server (status-editor.tsx) and handed to the
// client components, which never import the catalogs.
export interface StatusFormLabels {
  title: string;
  intro: string;
  status: string;
  progress: string;
  progressHint: string;
  value: string;
  reason: string;
  reasonHint: string;
  evidenceUrl: string;
  evidenceHint: string;
  submit: string;
  submitting: string;
  saved: string;
  fixErrors: string;
  unauthenticated: string;
  forbidden: string;
  notFound: string;
  openedAt: string;
  conflictTitle: string;
  conflictBody: string;
  theirs: string;
  yours: string;
  field: string;
  reapply: string;
  keep: string;
  none: string;
  errors: Record<string, string>;
}
