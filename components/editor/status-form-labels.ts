// The status form's interface text, gathered on the server (status-editor.tsx) and handed to the
// client components, which never import the catalogs.
export interface EvidenceLabels {
  evidence: string;
  evidenceIntro: string;
  evidenceItem: string;
  title: string;
  publisher: string;
  publishedOn: string;
  url: string;
  quote: string;
  file: string;
  fileKept: string;
  addEvidence: string;
  uploading: string;
  uploaded: string;
  uploadFailed: string;
}

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
  assessor: string;
  assessorHint: string;
  assessorName: string;
  assessorNameHint: string;
  assessedOn: string;
  assessedOnHint: string;
  evidenceItems: EvidenceLabels;
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
