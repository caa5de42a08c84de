// Which kind of file this is, read from its header row: the commitments export (its columns in
// English or Vietnamese, as /api/export/commitments.csv labels them) or an assessments file (one
// assessment a row, columns named in code: slug, status, progress, value, assessedOn, assessor,
// assessorName, reason, evidenceUrl).
import type { Locale } from '../i18n/config';
import { createTranslator, type MessageKey } from '../i18n/messages';
import { problem, type ImportProblem } from './problems';

export const COMMITMENT_COLUMNS = [
  'agreement',
  'pillar',
  'title',
  'party',
  'status',
  'progress',
  'baseline',
  'target',
  'unit',
  'deadline',
  'deadlineText',
  'lastUpdate',
  'reason',
  'sourceQuote',
  'source',
  'slug',
  'url',
  'contested',
  'headlineAssessor',
  'headlineAssessedOn',
] as const;
export type CommitmentColumn = (typeof COMMITMENT_COLUMNS)[number];
const COMMITMENT_REQUIRED: CommitmentColumn[] = ['slug', 'agreement', 'title', 'party', 'status'];

export const ASSESSMENT_COLUMNS = [
  'slug',
  'status',
  'progress',
  'value',
  'assessedOn',
  'assessor',
  'assessorName',
  'reason',
  'evidenceUrl',
] as const;
export type AssessmentColumn = (typeof ASSESSMENT_COLUMNS)[number];
const ASSESSMENT_REQUIRED: AssessmentColumn[] = ['slug', 'status', 'assessedOn', 'assessor', 'reason'];

export type Layout =
  | {
      kind: 'commitments';
      language: Locale;
      index: Partial<Record<CommitmentColumn, number>>;
      headers: string[];
    }
  | {
      kind: 'assessments';
      language: Locale;
      index: Partial<Record<AssessmentColumn, number>>;
      headers: string[];
    };

const fold = (header: string) => header.normalize('NFC').trim().toLowerCase();
const foldCode = (header: string) => fold(header).replace(/[\s_-]+/g, '');

/** The export's header label of a column, in a language. */
export function commitmentColumnLabel(column: CommitmentColumn, language: Locale): string {
  return createTranslator(language)(`export.columns.${column}` as MessageKey);
}

export function detectLayout(
  header: string[],
): { ok: true; layout: Layout } | { ok: false; problem: ImportProblem } {
  const folded = header.map(fold);
  const seen = new Set<string>();
  for (const [position, name] of folded.entries()) {
    if (name === '') continue;
    if (seen.has(name))
      return {
        ok: false,
        problem: problem('import.file.duplicateColumn', { column: header[position]!.trim() }),
      };
    seen.add(name);
  }

  const byLanguage = (['en', 'vi'] as const).map((language) => {
    const index: Partial<Record<CommitmentColumn, number>> = {};
    for (const column of COMMITMENT_COLUMNS) {
      const position = folded.indexOf(fold(commitmentColumnLabel(column, language)));
      if (position >= 0) index[column] = position;
    }
    return { language, index, matches: Object.keys(index).length };
  });
  const best = byLanguage[1]!.matches > byLanguage[0]!.matches ? byLanguage[1]! : byLanguage[0]!;

  const codes = header.map(foldCode);
  const assessmentIndex: Partial<Record<AssessmentColumn, number>> = {};
  for (const column of ASSESSMENT_COLUMNS) {
    const position = codes.indexOf(foldCode(column));
    if (position >= 0) assessmentIndex[column] = position;
  }
  const isAssessments =
    assessmentIndex.assessedOn !== undefined ||
    assessmentIndex.assessor !== undefined ||
    assessmentIndex.evidenceUrl !== undefined;

  if (isAssessments && Object.keys(assessmentIndex).length >= best.matches) {
    const missing = ASSESSMENT_REQUIRED.filter((column) => assessmentIndex[column] === undefined);
    if (missing.length > 0)
      return { ok: false, problem: problem('import.file.missingColumns', { columns: missing.join(', ') }) };
    return {
      ok: true,
      layout: { kind: 'assessments', language: 'en', index: assessmentIndex, headers: header },
    };
  }
  if (best.matches >= 2) {
    const missing = COMMITMENT_REQUIRED.filter((column) => best.index[column] === undefined);
    if (missing.length > 0) {
      return {
        ok: false,
        problem: problem('import.file.missingColumns', {
          columns: missing.map((column) => `“${commitmentColumnLabel(column, best.language)}”`).join(', '),
        }),
      };
    }
    return {
      ok: true,
      layout: { kind: 'commitments', language: best.language, index: best.index, headers: header },
    };
  }
  return { ok: false, problem: problem('import.file.unknownKind') };
}
