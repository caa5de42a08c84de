// The import (admin page and `npm run import`): what a file or a cell has wrong, and the page.
export const importText = {
  file: {
    tooLarge:
      'The file is larger than {megabytes} MB. Split it into parts, or import it with `npm run import` on the server.',
    empty: 'The file is empty.',
    notXlsx:
      'This is not an Excel workbook (.xlsx) that can be read. Save it again as .xlsx or as CSV UTF-8.',
    utf16:
      'The file is in UTF-16 (Excel’s “Unicode text”). Save it as “CSV UTF-8 (comma delimited)” and upload it again.',
    notUtf8:
      'The file is not UTF-8: it looks like Latin-1 / Windows-1252 or another legacy encoding, which would garble Vietnamese letters. Save it as “CSV UTF-8” and upload it again.',
    badCsv: 'The CSV cannot be read near line {line}: a quote is probably not closed.',
    duplicateColumn: 'The column “{column}” appears twice in the header row.',
    missingColumns: 'Required columns are missing: {columns}.',
    unknownKind:
      'The header row is neither the commitments export (its columns in English or Vietnamese) nor an assessments file (slug, status, progress, value, assessedOn, assessor, reason, evidenceUrl).',
    noRows: 'The file has a header row but no rows.',
    rowsHaveErrors: 'Some rows have errors: nothing was imported. Correct them and try again.',
    invalid: 'This file cannot be imported.',
  },
  cell: {
    formula:
      'This cell starts with =, +, -, @ or a tab, so a spreadsheet would run it as a formula. Remove that first character, or start the cell with an apostrophe (as the export does).',
    required: 'This cell must not be empty.',
    number: '“{value}” is not a number.',
    progress: '“{value}” is not a whole per cent between 0 and 100.',
    date: '“{value}” is not a date written as YYYY-MM-DD.',
    slug: '“{value}” is not an ID: use lower-case letters, digits and hyphens.',
    duplicateId: 'The ID “{value}” is already on row {row}.',
    duplicateAssessment:
      'Row {row} already has this commitment’s assessment by the same assessor on the same day.',
    archived: 'The commitment “{value}” is archived; restore it before importing changes to it.',
    ambiguous: 'More than one record is called “{value}”; use its ID (slug) instead.',
    unknownAgreement: 'No agreement is called “{value}”. Add it under Agreements first.',
    archivedAgreement: 'The agreement “{value}” is archived: new commitments cannot join it.',
    unknownPillar: 'The agreement has no pillar called “{value}”.',
    unknownParty:
      '“{value}” is not a responsible party (Viet Nam, United Kingdom, Viet Nam and the UK, ASEAN, ASEAN and the UK).',
    unknownStatus:
      '“{value}” is not a status (Not started, In progress, At risk, Stalled, Achieved, Discontinued).',
    unknownAssessor: '“{value}” is not an assessor (INDEPENDENT, VIET_NAM, UK, JOINT, ASEAN).',
    future: 'This day is in the future.',
    beforeAgreement: 'This day is before the agreement’s date.',
    sourceRequired: 'A quote needs its source: fill in the Source column.',
    unknownSource: 'No source is called “{value}”. Add it to the agreement first.',
    quoteNotInSource: 'This quote is not found word for word in “{source}”.',
    reasonRequired: 'The status changes, so a reason is needed.',
    unknownCommitment: 'No commitment has the ID “{value}”.',
    url: '“{value}” is not a web link (http or https).',
  },
  page: {
    nav: 'Import',
    title: 'Import commitments or assessments',
    intro:
      'Upload a commitments export (CSV or XLSX, in English or Vietnamese) to create or update commitments by their ID, or an assessments file with the columns slug, status, progress, value, assessedOn, assessor, assessorName, reason, evidenceUrl. You see what each row would do before anything is written.',
    limits:
      'At most {megabytes} MB, CSV in UTF-8 (with or without a byte-order mark; commas or semicolons) or XLSX. The columns Last update, Link and Contested are ignored. Larger files: `npm run import -- file.csv` on the server.',
    fileLabel: 'File (CSV or XLSX)',
    upload: 'Upload and preview',
    noFile: 'Choose a file to upload.',
    tooLarge: 'The file is larger than {megabytes} MB.',
    badUpload: 'The upload could not be read. Try again.',
    unknownUpload:
      'This upload is unknown or has expired (uploads are kept for a day). Upload the file again.',
    conflict:
      'Someone changed one of these commitments meanwhile: nothing was imported. Review the new preview and apply again.',
    unavailable: 'The database is busy: nothing was imported. Try again in a moment.',
    previewTitle: 'Preview of “{file}”',
    kind: {
      commitments: 'Commitments export ({language})',
      assessments: 'Assessments file',
    },
    summary:
      '{rows} rows: {created} to create, {updated} to update, {unchanged} unchanged, {error} with errors.',
    appliedSummary: 'Imported on {time}: {created} created, {updated} updated, {unchanged} unchanged.',
    outcome: {
      created: 'Created',
      updated: 'Updated',
      unchanged: 'Unchanged',
      error: 'Error',
    },
    columns: {
      row: 'Row',
      id: 'ID',
      outcome: 'Outcome',
      details: 'Problems',
    },
    apply: 'Apply the import',
    applyHint: 'All rows are applied together in one step, or none if anything has changed meanwhile.',
    nothingToApply: 'Nothing would change: every row is already as the file says.',
    hasErrors:
      'Correct the rows with errors in your file and upload it again: an import with errors writes nothing.',
    fileProblem: 'This file cannot be imported',
  },
} as const;
