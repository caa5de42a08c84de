// The alert line of the small content forms (citations, milestones): what happened, in one line.
export function contentFormAlert(
  state: { kind: string },
  okText: string | undefined,
  labels: Record<string, string>,
): { tone: 'ok' | 'error'; text: string } | null {
  switch (state.kind) {
    case 'idle':
      return null;
    case 'ok':
      return { tone: 'ok', text: okText ?? '' };
    case 'invalid':
      return { tone: 'error', text: labels.fixErrors ?? '' };
    default:
      return { tone: 'error', text: labels[state.kind === 'not-found' ? 'notFound' : state.kind] ?? '' };
  }
}
