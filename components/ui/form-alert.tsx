/** The one line above a form that says what happened: a status when it worked, an alert when not. */
export function FormAlert({
  alert,
  testId,
}: {
  alert: { tone: 'ok' | 'error'; text: string } | null;
  testId?: string;
}) {
  if (!alert) return null;
  return (
    <p
      role={alert.tone === 'error' ? 'alert' : 'status'}
      className={`editor-alert editor-alert--${alert.tone}`}
      data-testid={testId}
    >
      {alert.text}
    </p>
  );
}
