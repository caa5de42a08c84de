import type { ReactNode } from 'react';

export interface ConflictRow {
  label: string;
  theirs: string;
  yours: string;
}

/** Saved values beside the ones that were not saved, one row per field, for a stale edit. */
export function ConflictTable({
  headings,
  rows,
}: {
  headings: { field: string; theirs: ReactNode; yours: string };
  rows: ConflictRow[];
}) {
  return (
    <div className="table-scroll">
      <table className="editor-conflict__table">
        <thead>
          <tr>
            <th scope="col">{headings.field}</th>
            <th scope="col">{headings.theirs}</th>
            <th scope="col">{headings.yours}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              <td>{row.theirs}</td>
              <td>{row.yours}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A stale edit's panel: its title, then saved values beside the ones that were not saved. */
export function ConflictPanel({
  id,
  title,
  headings,
  rows,
}: {
  id: string;
  title: string | undefined;
  headings: { field: string; theirs: ReactNode; yours: string };
  rows: ConflictRow[];
}) {
  return (
    <section className="editor-panel editor-conflict" aria-labelledby={id} data-testid="conflict">
      <h2 id={id}>{title}</h2>
      <ConflictTable headings={headings} rows={rows} />
    </section>
  );
}
