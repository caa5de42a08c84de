// EXPORT SLOT — owned by the exports work (issue 5). The /commitments page renders whatever this
// returns next to the result count (e.g. an "Export CSV" link for the current filters). `query`
// is the filter query string without page (the same one parseCommitmentFilters reads).
export interface CommitmentExportSlotProps {
  query: string;
  locale: string;
}

export function CommitmentExportSlot(_props: CommitmentExportSlotProps): React.ReactNode {
  return null;
}
