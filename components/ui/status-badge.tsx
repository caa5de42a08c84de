import type { Status } from '@/lib/domain/status';

/**
 * Status pill: colour plus text (never colour alone), with the definition as a tooltip. The dot is
 * drawn by the stylesheet from `data-status` (app/globals.css), so a badge is one element.
 */
export function StatusBadge({
  status,
  label,
  definition,
}: {
  status: Status;
  label: string;
  definition?: string;
}) {
  return (
    <span className="status-badge" data-status={status} {...(definition ? { title: definition } : {})}>
      {label}
    </span>
  );
}
