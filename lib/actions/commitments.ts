'use server';
// Admin content actions: create / edit / archive commitments and manage their citations. Each one:
// role check → zod → one transaction (change + audit row + data-version bump) → revalidate → state.
// Refused attempts (denied, invalid, conflict) are audited with that outcome.
import { revalidatePath } from 'next/cache';
import { bumpDataVersion } from '../cache/public-cache';
import { db } from '../db';
import { contentValues, getCommitmentContent } from '../queries/admin-commitments';
import {
  citationSchema,
  commitmentValuesFromForm,
  createCommitmentSchema,
  editCommitmentSchema,
  fieldErrorsOf,
  locateQuote,
  type CommitmentContent,
  type CommitmentFormValues,
  type FieldErrors,
} from '../validation/commitment';
import {
  beginContentAction,
  formText,
  isRefusal,
  isUniqueViolation,
  type ContentAttempt,
} from './content-guard';

export type CommitmentFormState =
  | { kind: 'idle'; attempt: number }
  | { kind: 'ok'; attempt: number; slug: string; version: number }
  | { kind: 'invalid'; attempt: number; errors: FieldErrors; values: CommitmentFormValues; version: number }
  | {
      kind: 'conflict';
      attempt: number;
      values: CommitmentFormValues;
      current: CommitmentFormValues;
      version: number;
    }
  | { kind: 'unauthenticated' | 'forbidden' | 'not-found'; attempt: number };

export interface CitationFormValues {
  sourceId: string;
  quote: string;
}

export type CitationFormState =
  | { kind: 'idle'; attempt: number }
  | { kind: 'ok'; attempt: number }
  | { kind: 'invalid'; attempt: number; errors: FieldErrors; values: CitationFormValues }
  | { kind: 'unauthenticated' | 'forbidden' | 'not-found'; attempt: number };

class VersionConflict extends Error {}

function refreshEverything() {
  // Public pages read through the data-version cache; this refreshes the admin's router cache.
  revalidatePath('/', 'layout');
}

/** Checks what zod cannot: the agreement exists and the pillar belongs to it. */
async function relationErrors(content: CommitmentContent): Promise<FieldErrors> {
  const agreement = await db.agreement.findUnique({
    where: { id: content.agreementId },
    select: { id: true },
  });
  if (!agreement) return { agreementId: 'adminContent.errors.agreement' };
  if (content.pillarId !== null) {
    const pillar = await db.pillar.findUnique({
      where: { id: content.pillarId },
      select: { agreementId: true },
    });
    if (!pillar) return { pillarId: 'adminContent.errors.pillar' };
    if (pillar.agreementId !== content.agreementId) return { pillarId: 'adminContent.errors.pillarMismatch' };
  }
  return {};
}

function contentData(content: CommitmentContent) {
  return {
    agreementId: content.agreementId,
    pillarId: content.pillarId,
    titleEn: content.titleEn,
    titleVi: content.titleVi,
    descriptionEn: content.descriptionEn,
    descriptionVi: content.descriptionVi,
    responsibleParty: content.responsibleParty,
    kind: content.kind,
    metricUnit: content.metricUnit,
    baselineValue: content.baselineValue,
    baselineDate: content.baselineDate,
    targetValue: content.targetValue,
    targetDate: content.targetDate,
    deadline: content.deadline,
    deadlineTextEn: content.deadlineTextEn,
    deadlineTextVi: content.deadlineTextVi,
  };
}

async function invalid(
  attempt: ContentAttempt,
  n: number,
  errors: FieldErrors,
  values: CommitmentFormValues,
  version: number,
): Promise<CommitmentFormState> {
  await attempt.audit('INVALID', { fields: Object.keys(errors) });
  return { kind: 'invalid', attempt: n, errors, values, version };
}

export async function createCommitmentAction(
  prev: CommitmentFormState,
  form: FormData,
): Promise<CommitmentFormState> {
  const n = (prev?.attempt ?? 0) + 1;
  const values = commitmentValuesFromForm(form);
  const begun = await beginContentAction('admin', 'commitment.create', {
    type: 'commitment',
    id: values.slug.slice(0, 200) || undefined,
  });
  if (isRefusal(begun)) return { kind: begun.kind, attempt: n };
  const { user, attempt } = begun;

  const parsed = createCommitmentSchema.safeParse(values);
  if (!parsed.success) return invalid(attempt, n, fieldErrorsOf(parsed.error), values, 1);
  const data = parsed.data;
  const relations = await relationErrors(data);
  if (Object.keys(relations).length > 0) return invalid(attempt, n, relations, values, 1);
  if (await db.commitment.findUnique({ where: { slug: data.slug }, select: { id: true } })) {
    return invalid(attempt, n, { slug: 'adminContent.errors.slugTaken' }, values, 1);
  }

  try {
    await db.$transaction(async (tx) => {
      const now = new Date();
      const created = await tx.commitment.create({
        data: { slug: data.slug, ...contentData(data), createdAt: now, updatedAt: now, updatedById: user.id },
        select: { id: true },
      });
      await attempt.audit(
        'OK',
        { id: created.id, agreementId: data.agreementId },
        { type: 'commitment', id: data.slug },
        tx,
      );
      await bumpDataVersion(tx);
    });
  } catch (error) {
    // Two admins creating the same slug at once: the second gets the same field error.
    if (!isUniqueViolation(error)) throw error;
    return invalid(attempt, n, { slug: 'adminContent.errors.slugTaken' }, values, 1);
  }
  refreshEverything();
  return { kind: 'ok', attempt: n, slug: data.slug, version: 1 };
}

export async function editCommitmentAction(
  prev: CommitmentFormState,
  form: FormData,
): Promise<CommitmentFormState> {
  const n = (prev?.attempt ?? 0) + 1;
  const slug = formText(form, 'slug');
  const values = { ...commitmentValuesFromForm(form), slug };
  const begun = await beginContentAction('admin', 'commitment.edit', { type: 'commitment', id: slug });
  if (isRefusal(begun)) return { kind: begun.kind, attempt: n };
  const { user, attempt } = begun;

  const existing = await getCommitmentContent(slug);
  if (!existing) {
    await attempt.audit('INVALID', { reason: 'unknown-commitment' });
    return { kind: 'not-found', attempt: n };
  }
  const formVersion = Number(formText(form, 'version', 20)) || existing.version;
  const parsed = editCommitmentSchema.safeParse({ ...values, version: formText(form, 'version', 20) });
  if (!parsed.success) return invalid(attempt, n, fieldErrorsOf(parsed.error), values, formVersion);
  const data = parsed.data;
  const relations = await relationErrors(data);
  if (Object.keys(relations).length > 0) return invalid(attempt, n, relations, values, data.version);

  try {
    await db.$transaction(async (tx) => {
      // Version check and write in one statement: of two admins holding the same version, the
      // second finds no row.
      const { count } = await tx.commitment.updateMany({
        where: { id: existing.id, version: data.version },
        data: {
          ...contentData(data),
          version: data.version + 1,
          updatedAt: new Date(),
          updatedById: user.id,
        },
      });
      if (count === 0) throw new VersionConflict();
      await attempt.audit('OK', { version: data.version + 1 }, undefined, tx);
      await bumpDataVersion(tx);
    });
  } catch (error) {
    if (!(error instanceof VersionConflict)) throw error;
    await attempt.audit('CONFLICT', { staleVersion: data.version });
    const current = await db.commitment.findUnique({ where: { id: existing.id } });
    if (!current) return { kind: 'not-found', attempt: n };
    return {
      kind: 'conflict',
      attempt: n,
      values,
      current: contentValues(current),
      version: current.version,
    };
  }
  refreshEverything();
  return { kind: 'ok', attempt: n, slug, version: data.version + 1 };
}

/** Archive (hide from the public) or bring back a commitment; a plain form with slug + archive=1|0. */
export async function setCommitmentArchivedAction(form: FormData): Promise<void> {
  const slug = formText(form, 'slug');
  const archive = formText(form, 'archive', 2) !== '0';
  const begun = await beginContentAction('admin', archive ? 'commitment.archive' : 'commitment.unarchive', {
    type: 'commitment',
    id: slug,
  });
  if (isRefusal(begun)) return;
  const { user, attempt } = begun;
  const existing = await db.commitment.findUnique({ where: { slug }, select: { id: true } });
  if (!existing) {
    await attempt.audit('INVALID', { reason: 'unknown-commitment' });
    return;
  }
  await db.$transaction(async (tx) => {
    const { count } = await tx.commitment.updateMany({
      where: { id: existing.id, archivedAt: archive ? null : { not: null } },
      data: { archivedAt: archive ? new Date() : null, updatedAt: new Date(), updatedById: user.id },
    });
    await attempt.audit('OK', { changed: count === 1 }, undefined, tx);
    if (count === 1) await bumpDataVersion(tx);
  });
  refreshEverything();
}

/** Validates a citation and places its quote in the source text (server-computed offsets). */
async function parseCitation(
  form: FormData,
): Promise<
  | { ok: true; sourceId: number; quote: string; startOffset: number; endOffset: number }
  | { ok: false; errors: FieldErrors; values: CitationFormValues }
> {
  const values: CitationFormValues = {
    sourceId: formText(form, 'sourceId', 20),
    quote: formText(form, 'quote', 20_000),
  };
  const parsed = citationSchema.safeParse(values);
  if (!parsed.success) return { ok: false, errors: fieldErrorsOf(parsed.error), values };
  const source = await db.source.findUnique({ where: { id: parsed.data.sourceId }, select: { text: true } });
  if (!source) return { ok: false, errors: { sourceId: 'adminContent.errors.source' }, values };
  const place = locateQuote(source.text, parsed.data.quote);
  if (!place) return { ok: false, errors: { quote: 'adminContent.errors.quoteNotFound' }, values };
  return { ok: true, sourceId: parsed.data.sourceId, quote: parsed.data.quote, ...place };
}

async function citationAction(
  prev: CitationFormState,
  form: FormData,
  mode: 'add' | 'edit',
): Promise<CitationFormState> {
  const n = (prev?.attempt ?? 0) + 1;
  const slug = formText(form, 'slug');
  const citationId = Number(formText(form, 'citationId', 12)) || 0;
  const begun = await beginContentAction('admin', `citation.${mode}`, {
    type: 'commitment',
    id: mode === 'add' ? slug : `${slug}#${citationId}`,
  });
  if (isRefusal(begun)) return { kind: begun.kind, attempt: n };
  const { user, attempt } = begun;
  const commitment = await db.commitment.findUnique({ where: { slug }, select: { id: true } });
  const citation =
    commitment && mode === 'edit'
      ? await db.citation.findFirst({
          where: { id: citationId, commitmentId: commitment.id },
          select: { id: true },
        })
      : null;
  if (!commitment || (mode === 'edit' && !citation)) {
    await attempt.audit('INVALID', { reason: 'unknown-target' });
    return { kind: 'not-found', attempt: n };
  }
  const result = await parseCitation(form);
  if (!result.ok) {
    await attempt.audit('INVALID', { fields: Object.keys(result.errors) });
    return { kind: 'invalid', attempt: n, errors: result.errors, values: result.values };
  }
  const { ok: _ok, ...fields } = result;
  await db.$transaction(async (tx) => {
    if (citation) {
      await tx.citation.update({ where: { id: citation.id }, data: fields });
    } else {
      const last = await tx.citation.aggregate({
        where: { commitmentId: commitment.id },
        _max: { position: true },
      });
      await tx.citation.create({
        data: { commitmentId: commitment.id, position: (last._max.position ?? -1) + 1, ...fields },
      });
    }
    await tx.commitment.update({
      where: { id: commitment.id },
      data: { updatedAt: new Date(), updatedById: user.id },
    });
    await attempt.audit('OK', { sourceId: fields.sourceId, startOffset: fields.startOffset }, undefined, tx);
    await bumpDataVersion(tx);
  });
  refreshEverything();
  return { kind: 'ok', attempt: n };
}

export async function addCitationAction(prev: CitationFormState, form: FormData): Promise<CitationFormState> {
  return citationAction(prev, form, 'add');
}

export async function editCitationAction(
  prev: CitationFormState,
  form: FormData,
): Promise<CitationFormState> {
  return citationAction(prev, form, 'edit');
}

/** Removes one citation of a commitment; a plain form with slug + citationId. */
export async function removeCitationAction(form: FormData): Promise<void> {
  const slug = formText(form, 'slug');
  const citationId = Number(formText(form, 'citationId', 12)) || 0;
  const begun = await beginContentAction('admin', 'citation.remove', {
    type: 'commitment',
    id: `${slug}#${citationId}`,
  });
  if (isRefusal(begun)) return;
  const { user, attempt } = begun;
  const citation = await db.citation.findFirst({
    where: { id: citationId, commitment: { slug } },
    select: { id: true, commitmentId: true, quote: true },
  });
  if (!citation) {
    await attempt.audit('INVALID', { reason: 'unknown-target' });
    return;
  }
  await db.$transaction(async (tx) => {
    await tx.citation.delete({ where: { id: citation.id } });
    await tx.commitment.update({
      where: { id: citation.commitmentId },
      data: { updatedAt: new Date(), updatedById: user.id },
    });
    await attempt.audit('OK', { quote: citation.quote.slice(0, 200) }, undefined, tx);
    await bumpDataVersion(tx);
  });
  refreshEverything();
}
