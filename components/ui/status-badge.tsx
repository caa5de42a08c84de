import { STATUS_COLORS, type Status } from '@/lib/domain/status';

/** Status pill: colour plus text (never colour alone), with the definition as a tooltip. */
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
    <span className="status-badge" data-status={status} title={definition}>
      <span className="status-badge__dot" style={{ background: STATUS_COLORS[status] }} aria-hidden="true" />
      {label}
    </span>
  );
}
