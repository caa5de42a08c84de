// The commitments export read back: each row creates the commitment its ID names, updates it, or
// leaves it as it is. A cell counts as changed only when it differs from what the export would
// write today (same language fallbacks), so exporting and importing again changes nothing.
// Read-only columns (last update, link, contested) are ignored: they follow from the rest.
// The status columns (status, progress, headline verdict by / as of, reason) record an assessment
// when they differ from that assessor's current verdict.
import type { Status } from '../domain/status';
import type { Verdict } from '../domain/verdicts';
import type { Assessor, CommitmentKind, ResponsibleParty } from '../generated/prisma/enums';
import type { Locale } from '../i18n/config';
import type { Tx } from '../mutations/define-mutation';
import { latestAssessableDay, REASON_MAX_LENGTH } from '../validation/status-update';
import { locateQuote, optionalText, SLUG_MAX_LENGTH, SLUG_PATTERN } from '../validation/commitment';
import type { CommitmentColumn, Layout } from './columns';
import { assessorFromText, partyFromText, statusFromText } from './labels';
import type { CellProblem } from './problems';
import type { Table } from './read-table';
import {
  findByName,
  loadAgreements,
  loadCommitments,
  loadCurrentVerdicts,
  loadSources,
  type AgreementRef,
  type ExistingCommitment,
  type SourceRef,
} from './reference';
import { RowReader } from './row-reader';
import type { AssessmentDraft } from './verdict-drafts';

export type Outcome = 'created' | 'updated' | 'unchanged' | 'error';

export interface RowResult {
  row: number;
  slug: string;
  outcome: Outcome;
  problems: CellProblem[];
}

export interface CitationDraft {
  sourceId: number;
  quote: string;
  startOffset: number;
  endOffset: number;
}

export interface ContentColumns {
  agreementId: number;
  pillarId: number | null;
  titleEn?: string | null;
  titleVi?: string | null;
  responsibleParty: ResponsibleParty;
  metricUnit?: string | null;
  baselineValue?: number | null;
  targetValue?: number | null;
  deadline?: Date | null;
  deadlineTextEn?: string | null;
  deadlineTextVi?: string | null;
}

export interface CommitmentCreate {
  slug: string;
  content: ContentColumns & { kind: CommitmentKind };
  citation: CitationDraft | null;
  assessment: AssessmentDraft | null;
}

export interface CommitmentUpdate {
  id: number;
  slug: string;
  version: number;
  status: Status;
  verdicts: Verdict[];
  content: Partial<ContentColumns> | null;
  citation: (CitationDraft & { replaceId: number | null }) | null;
  assessment: AssessmentDraft | null;
}

export interface CommitmentsPlan {
  kind: 'commitments';
  rows: RowResult[];
  creates: CommitmentCreate[];
  updates: CommitmentUpdate[];
}

const pick = (en: string | null | undefined, vi: string | null | undefined, language: Locale) =>
  (language === 'vi' ? vi || en : en || vi) ?? null;

const titleText = optionalText(300);
const shortText = optionalText(200);
const reasonText = optionalText(REASON_MAX_LENGTH);
const QUOTE_MAX_LENGTH = 5000;

/** Plain text under a length (the admin form's rules); undefined after a problem. */
function plain(
  reader: RowReader<CommitmentColumn>,
  column: CommitmentColumn,
  schema: typeof titleText,
): string | null | undefined {
  const value = reader.text(column);
  if (value === null) return undefined;
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    reader.fail(column, parsed.error.issues[0]!.message as never);
    return undefined;
  }
  return parsed.data;
}

function agreementLabel(agreement: AgreementRef, language: Locale) {
  return pick(agreement.titleEn, agreement.titleVi, language) ?? agreement.slug;
}

function sourceLabel(source: SourceRef) {
  return `${source.title} (${source.publisher})`;
}

export async function planCommitments(
  client: Tx,
  table: Table,
  layout: Extract<Layout, { kind: 'commitments' }>,
  today: string,
): Promise<CommitmentsPlan> {
  const { language } = layout;
  const body = table.rows.slice(1);
  const slugColumn = layout.index.slug!;
  const [agreements, sources, existing] = await Promise.all([
    loadAgreements(client),
    loadSources(client),
    loadCommitments(
      client,
      body.map((cells) => (cells[slugColumn] ?? '').trim()).filter((slug) => SLUG_PATTERN.test(slug)),
    ),
  ]);
  const verdicts = await loadCurrentVerdicts(
    client,
    [...existing.values()].map((row) => row.id),
  );

  const plan: CommitmentsPlan = { kind: 'commitments', rows: [], creates: [], updates: [] };
  const firstRowOf = new Map<string, number>();
  const latestDay = latestAssessableDay(new Date(`${today}T12:00:00Z`));

  body.forEach((cells, offset) => {
    const reader = new RowReader<CommitmentColumn>(
      cells,
      offset + 1,
      layout.index,
      layout.headers,
      table.formulaCells,
    );
    const slug = reader.required('slug') ?? '';
    if (slug && (!SLUG_PATTERN.test(slug) || slug.length > SLUG_MAX_LENGTH)) {
      reader.fail('slug', 'import.cell.slug', { value: slug.slice(0, 60) });
    } else if (slug && firstRowOf.has(slug)) {
      reader.fail('slug', 'import.cell.duplicateId', { value: slug, row: firstRowOf.get(slug)! });
    } else if (slug) {
      firstRowOf.set(slug, reader.rowNumber);
    }
    const current = existing.get(slug);
    if (current?.archivedAt) reader.fail('slug', 'import.cell.archived', { value: slug });

    // Agreement and pillar, by the name the export writes (or the slug, or either title).
    let agreement: AgreementRef | undefined;
    const agreementText = reader.required('agreement');
    if (agreementText) {
      const match = findByName(
        agreements,
        (row) => [agreementLabel(row, language), row.slug, row.titleEn, row.titleVi],
        agreementText,
      );
      if ('found' in match) agreement = match.found;
      else
        reader.fail(
          'agreement',
          'ambiguous' in match ? 'import.cell.ambiguous' : 'import.cell.unknownAgreement',
          { value: agreementText.slice(0, 120) },
        );
      if (agreement?.archivedAt && !current)
        reader.fail('agreement', 'import.cell.archivedAgreement', { value: agreementText.slice(0, 120) });
    }
    let pillarId: number | null | undefined = null;
    const pillarText = reader.text('pillar');
    if (pillarText === null) pillarId = undefined;
    else if (pillarText && agreement) {
      const match = findByName(
        agreement.pillars,
        (row) => [pick(row.nameEn, row.nameVi, language), row.slug, row.nameEn, row.nameVi],
        pillarText,
      );
      if ('found' in match) pillarId = match.found.id;
      else {
        pillarId = undefined;
        reader.fail('pillar', 'ambiguous' in match ? 'import.cell.ambiguous' : 'import.cell.unknownPillar', {
          value: pillarText.slice(0, 120),
        });
      }
    }

    const title = plain(reader, 'title', titleText);
    if (title === null) reader.fail('title', 'import.cell.required');
    const partyText = reader.required('party');
    const party = partyText ? partyFromText(partyText) : undefined;
    if (partyText && !party)
      reader.fail('party', 'import.cell.unknownParty', { value: partyText.slice(0, 60) });
    const statusText = reader.required('status');
    const status = statusText ? statusFromText(statusText) : undefined;
    if (statusText && !status)
      reader.fail('status', 'import.cell.unknownStatus', { value: statusText.slice(0, 60) });
    const progress = reader.progress('progress');
    const baseline = reader.number('baseline');
    const target = reader.number('target');
    const unit = plain(reader, 'unit', shortText);
    const deadline = reader.day('deadline');
    const deadlineText = plain(reader, 'deadlineText', shortText);
    const reason = plain(reader, 'reason', reasonText);
    const assessorText = reader.text('headlineAssessor');
    const assessor = assessorText ? assessorFromText(assessorText) : null;
    if (assessorText && !assessor)
      reader.fail('headlineAssessor', 'import.cell.unknownAssessor', { value: assessorText.slice(0, 60) });
    const assessedOn = reader.day('headlineAssessedOn');
    if (assessedOn && assessedOn.toISOString().slice(0, 10) > latestDay)
      reader.fail('headlineAssessedOn', 'import.cell.future');
    if (assessedOn && agreement && assessedOn < agreement.signedOn)
      reader.fail('headlineAssessedOn', 'import.cell.beforeAgreement');

    // The first quote and its source; the quote must be a verbatim slice of the source's text.
    let citation: CitationDraft | null | undefined = null;
    const quote = reader.text('sourceQuote');
    const sourceText = reader.text('source');
    if (quote === null || sourceText === null) citation = undefined;
    else if (quote) {
      if (quote.length > QUOTE_MAX_LENGTH) {
        reader.fail('sourceQuote', 'adminContent.errors.tooLong');
        citation = undefined;
      } else if (!sourceText) {
        reader.fail('source', 'import.cell.sourceRequired');
        citation = undefined;
      } else {
        const match = findByName(sources, (row) => [sourceLabel(row), row.slug, row.title], sourceText);
        if (!('found' in match)) {
          reader.fail(
            'source',
            'ambiguous' in match ? 'import.cell.ambiguous' : 'import.cell.unknownSource',
            { value: sourceText.slice(0, 120) },
          );
          citation = undefined;
        } else {
          const at = locateQuote(match.found.text, quote);
          if (!at) {
            reader.fail('sourceQuote', 'import.cell.quoteNotInSource', { source: match.found.title });
            citation = undefined;
          } else citation = { sourceId: match.found.id, quote, ...at };
        }
      }
    }

    if (reader.problems.length > 0 || !agreement || !party || !status || !title) {
      plan.rows.push({ row: reader.rowNumber, slug, outcome: 'error', problems: reader.problems });
      return;
    }
    const numbers = { progress: progress!, baseline: baseline!, target: target! };

    // The verdict this row states, when it states one.
    const wantsVerdict = (
      existingVerdicts: Verdict[],
      headlineStatus: Status,
      headlineProgress: number | null,
    ) => {
      if (assessor) {
        const held = existingVerdicts.find((verdict) => verdict.assessor === assessor);
        return !(
          held &&
          held.status === status &&
          held.progress === numbers.progress &&
          (!assessedOn || held.assessedOn.getTime() === assessedOn.getTime())
        );
      }
      return !(headlineStatus === status && headlineProgress === numbers.progress);
    };
    const draft = (): AssessmentDraft | 'needs-reason' =>
      reason
        ? {
            status,
            progress: numbers.progress,
            value: null,
            assessor: (assessor ?? 'INDEPENDENT') as Assessor,
            assessorName: null,
            assessedOn: assessedOn ?? new Date(`${today}T00:00:00Z`),
            reason,
            evidenceUrl: null,
          }
        : 'needs-reason';

    if (!current) {
      let assessment: AssessmentDraft | null = null;
      if (wantsVerdict([], 'NOT_STARTED', null) || assessor) {
        const made = draft();
        if (made === 'needs-reason') {
          reader.fail('reason', 'import.cell.reasonRequired');
          plan.rows.push({ row: reader.rowNumber, slug, outcome: 'error', problems: reader.problems });
          return;
        }
        assessment = made;
      }
      plan.creates.push({
        slug,
        content: {
          agreementId: agreement.id,
          pillarId: pillarId ?? null,
          [language === 'vi' ? 'titleVi' : 'titleEn']: title,
          responsibleParty: party,
          kind: numbers.target !== null || unit ? 'NUMERIC_TARGET' : 'QUALITATIVE',
          metricUnit: unit ?? null,
          baselineValue: numbers.baseline,
          targetValue: numbers.target,
          deadline: deadline ?? null,
          [language === 'vi' ? 'deadlineTextVi' : 'deadlineTextEn']: deadlineText ?? null,
        },
        citation: citation ?? null,
        assessment,
      });
      plan.rows.push({ row: reader.rowNumber, slug, outcome: 'created', problems: [] });
      return;
    }

    // An existing commitment: only what differs from what the export shows today.
    const content: Partial<ContentColumns> = {};
    if (current.agreementId !== agreement.id) content.agreementId = agreement.id;
    if (reader.has('pillar') && current.pillarId !== pillarId) content.pillarId = pillarId ?? null;
    if (content.agreementId !== undefined && content.pillarId === undefined)
      content.pillarId = pillarId ?? null;
    if ((pick(current.titleEn, current.titleVi, language) ?? current.slug) !== title) {
      content[language === 'vi' ? 'titleVi' : 'titleEn'] = title;
    }
    if (current.responsibleParty !== party) content.responsibleParty = party;
    if (reader.has('unit') && current.metricUnit !== (unit ?? null)) content.metricUnit = unit ?? null;
    if (reader.has('baseline') && current.baselineValue !== numbers.baseline)
      content.baselineValue = numbers.baseline;
    if (reader.has('target') && current.targetValue !== numbers.target) content.targetValue = numbers.target;
    if (reader.has('deadline') && (current.deadline?.getTime() ?? null) !== (deadline?.getTime() ?? null)) {
      content.deadline = deadline ?? null;
    }
    if (
      reader.has('deadlineText') &&
      (pick(current.deadlineTextEn, current.deadlineTextVi, language) ?? null) !== (deadlineText ?? null)
    ) {
      content[language === 'vi' ? 'deadlineTextVi' : 'deadlineTextEn'] = deadlineText ?? null;
    }
    const held = current.citations[0];
    const citationChange =
      citation && (!held || held.quote !== citation.quote || held.sourceId !== citation.sourceId)
        ? { ...citation, replaceId: held?.id ?? null }
        : null;
    const existingVerdicts = verdicts.get(current.id) ?? [];
    let assessment: AssessmentDraft | null = null;
    if (wantsVerdict(existingVerdicts, current.status, current.progress)) {
      const made = draft();
      if (made === 'needs-reason') {
        reader.fail('reason', 'import.cell.reasonRequired');
        plan.rows.push({ row: reader.rowNumber, slug, outcome: 'error', problems: reader.problems });
        return;
      }
      if (made.assessedOn < current.agreement.signedOn) {
        reader.fail('headlineAssessedOn', 'import.cell.beforeAgreement');
        plan.rows.push({ row: reader.rowNumber, slug, outcome: 'error', problems: reader.problems });
        return;
      }
      assessment = made;
    }
    const changed = Object.keys(content).length > 0 || citationChange !== null || assessment !== null;
    if (changed) {
      plan.updates.push({
        id: current.id,
        slug,
        version: current.version,
        status: current.status,
        verdicts: existingVerdicts,
        content: Object.keys(content).length > 0 ? content : null,
        citation: citationChange,
        assessment,
      });
    }
    plan.rows.push({ row: reader.rowNumber, slug, outcome: changed ? 'updated' : 'unchanged', problems: [] });
  });
  return plan;
}

export type { ExistingCommitment };
