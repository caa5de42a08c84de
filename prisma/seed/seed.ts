// Idempotent seeding: creates what is missing and never overwrites what editors have changed
// (status, progress, history). Running it twice changes nothing.
import fs from 'node:fs';
import path from 'node:path';
import { headlineColumns, readCurrentVerdicts } from '../../lib/commitments/verdict-state';
import { initialStatusDefinitions } from '../../lib/domain/methodology';
import { placeQuote } from '../../lib/sources/sentences';
import type { Prisma } from '../../lib/generated/prisma/client';
import type { Db } from '../../lib/prisma-client';
import { agreements, commitments, sources } from './data';
import type { IsoDate, SeedCommitment, SeedSource } from './types';

export const SOURCES_DIR = path.resolve(import.meta.dirname, '..', 'sources');
export const SYSTEM_AUTHOR = 'System';

const toDate = (iso: IsoDate | undefined | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

export function readSourceText(fileName: string): string {
  return fs.readFileSync(path.join(SOURCES_DIR, fileName), 'utf8');
}

/**
 * Where a verbatim quote sits in its source, placed by the admin reader's own code (the sentence
 * it is, else the span a selection of it gives); throws when it is not there.
 */
export function locateQuote(text: string, quote: string, label: string, language = 'en') {
  const place = placeQuote(text, quote, language);
  if (!place) throw new Error(`seed: quote for ${label} not found in its source`);
  return { startOffset: place.start, endOffset: place.end };
}

/** The seeded assessment's source: that of the commitment's first quote (its reason cites it). */
function assessmentSource(commitment: SeedCommitment): SeedSource {
  const source = sources.find((candidate) => candidate.slug === commitment.quotes[0]?.source);
  if (!source) throw new Error(`seed: ${commitment.slug} has no quote to date its assessment by`);
  return source;
}

/** The first assessment of a seeded commitment: the joint account its source reports, on its day. */
function initialAssessment(commitment: SeedCommitment, sourceId: number) {
  const source = assessmentSource(commitment);
  const fromSource = commitment.quotes.filter((candidate) => candidate.source === source.slug);
  // The evidence quote is the sentence the reason itself cites, where it cites one.
  const quote = (
    fromSource.find((candidate) => commitment.initialReason.includes(candidate.quote.slice(0, 60))) ??
    fromSource[0]!
  ).quote;
  return {
    assessedOn: toDate(source.reportsOn)!,
    assessor: 'JOINT' as const,
    evidence: {
      create: [
        {
          position: 0,
          title: source.title,
          publisher: source.publisher,
          publishedOn: toDate(source.publishedOn),
          sourceId,
          quote,
        },
      ],
    },
  };
}

/**
 * Databases seeded before assessments existed hold seeded rows dated on the seeding day and
 * attributed to nobody: date and attribute them as a fresh seed would, once, and only where no
 * editor has touched the commitment since (its version is still the seeded 1).
 */
async function repairSeededAssessments(db: Db, sourceIds: Map<string, number>): Promise<void> {
  const stale = await db.statusUpdate.findMany({
    where: { version: 1, authorName: SYSTEM_AUTHOR, evidence: { none: {} }, commitment: { version: 1 } },
    select: { id: true, commitmentId: true, commitment: { select: { slug: true } } },
  });
  for (const row of stale) {
    const commitment = commitments.find((candidate) => candidate.slug === row.commitment.slug);
    if (!commitment) continue;
    const assessment = initialAssessment(commitment, sourceIds.get(assessmentSource(commitment).slug)!);
    await db.$transaction(async (tx) => {
      await tx.statusUpdate.update({
        where: { id: row.id },
        data: { ...assessment, progress: commitment.progress ?? null },
      });
      const headline = headlineColumns(await readCurrentVerdicts(tx, row.commitmentId));
      if (headline) await tx.commitment.update({ where: { id: row.commitmentId }, data: headline });
    });
  }
}

/**
 * A seeded target corrected in the seed (e.g. a target the source never stated) reaches databases
 * seeded earlier, but only commitments no one has edited since (version still 1).
 */
async function syncUntouchedTargets(db: Db): Promise<void> {
  for (const commitment of commitments) {
    const { metric } = commitment;
    await db.commitment.updateMany({
      where: { slug: commitment.slug, version: 1 },
      data: {
        baselineValue: metric?.baselineValue ?? null,
        baselineDate: toDate(metric?.baselineDate),
        targetValue: metric?.targetValue ?? null,
        targetDate: toDate(metric?.targetDate),
      },
    });
  }
}

export interface SeedResult {
  created: number;
  total: number;
}

export async function seedDatabase(db: Db): Promise<SeedResult> {
  const agreementIds = new Map<string, number>();
  const pillarIds = new Map<string, number>();
  for (const agreement of agreements) {
    const { pillars, ...fields } = agreement;
    const row = await db.agreement.upsert({
      where: { slug: agreement.slug },
      create: { ...fields, signedOn: toDate(fields.signedOn)! },
      // The kind of date is not editable yet: keep it as the seed says.
      update: { dateKind: fields.dateKind },
      select: { id: true },
    });
    agreementIds.set(agreement.slug, row.id);
    for (const [position, pillar] of pillars.entries()) {
      const pillarRow = await db.pillar.upsert({
        where: { agreementId_slug: { agreementId: row.id, slug: pillar.slug } },
        create: { ...pillar, agreementId: row.id, position },
        update: {},
        select: { id: true },
      });
      pillarIds.set(`${agreement.slug}/${pillar.slug}`, pillarRow.id);
    }
  }

  const sourceRows = new Map<string, { id: number; text: string; language: string }>();
  for (const source of sources) {
    const text = readSourceText(source.fileName);
    const row = await db.source.upsert({
      where: { slug: source.slug },
      create: {
        slug: source.slug,
        title: source.title,
        publisher: source.publisher,
        publishedOn: toDate(source.publishedOn),
        language: source.language,
        fileName: source.fileName,
        text,
        agreementId: agreementIds.get(source.agreement) ?? null,
      },
      update: {},
      select: { id: true, text: true, language: true },
    });
    sourceRows.set(source.slug, row);
  }
  await db.methodologyVersion.upsert({
    where: { version: 1 },
    create: { version: 1, definitions: initialStatusDefinitions() as unknown as Prisma.InputJsonValue },
    update: {},
  });

  const existing = new Set((await db.commitment.findMany({ select: { slug: true } })).map((row) => row.slug));
  let created = 0;
  for (const commitment of commitments) {
    if (existing.has(commitment.slug)) continue;
    const agreementId = agreementIds.get(commitment.agreement);
    const pillarId = pillarIds.get(`${commitment.agreement}/${commitment.pillar}`);
    if (!agreementId || !pillarId) {
      throw new Error(`seed: ${commitment.slug} names an unknown agreement or pillar`);
    }
    const citations = commitment.quotes.map((quote, position) => {
      const source = sourceRows.get(quote.source);
      if (!source) throw new Error(`seed: ${commitment.slug} cites unknown source ${quote.source}`);
      return {
        sourceId: source.id,
        position,
        quote: quote.quote,
        ...locateQuote(source.text, quote.quote, commitment.slug, source.language),
      };
    });
    const { metric } = commitment;
    const assessment = initialAssessment(commitment, sourceRows.get(assessmentSource(commitment).slug)!.id);
    await db.commitment.create({
      data: {
        slug: commitment.slug,
        agreementId,
        pillarId,
        titleEn: commitment.titleEn,
        titleVi: commitment.titleVi,
        descriptionEn: commitment.descriptionEn,
        descriptionVi: commitment.descriptionVi,
        responsibleParty: commitment.responsibleParty,
        kind: commitment.kind,
        metricUnit: metric?.unit ?? null,
        baselineValue: metric?.baselineValue ?? null,
        baselineDate: toDate(metric?.baselineDate),
        targetValue: metric?.targetValue ?? null,
        targetDate: toDate(metric?.targetDate),
        currentValue: metric?.currentValue ?? null,
        currentValueDate: toDate(metric?.currentValueDate),
        deadline: toDate(commitment.deadline),
        deadlineTextEn: commitment.deadlineTextEn ?? null,
        deadlineTextVi: commitment.deadlineTextVi ?? null,
        status: commitment.status,
        progress: commitment.progress ?? null,
        headlineAssessor: assessment.assessor,
        headlineAssessedOn: assessment.assessedOn,
        version: 1,
        citations: { create: citations },
        milestones: {
          create: (commitment.milestones ?? []).map((milestone, position) => ({
            position,
            titleEn: milestone.titleEn,
            titleVi: milestone.titleVi,
            dueDate: toDate(milestone.dueDate),
            doneDate: toDate(milestone.doneDate),
          })),
        },
        updates: {
          create: {
            fromStatus: null,
            toStatus: commitment.status,
            progress: commitment.progress ?? null,
            value: metric?.currentValue ?? null,
            reason: commitment.initialReason,
            authorName: SYSTEM_AUTHOR,
            version: 1,
            ...assessment,
          },
        },
      },
    });
    created += 1;
  }

  await syncUntouchedTargets(db);
  await repairSeededAssessments(db, new Map([...sourceRows].map(([slug, row]) => [slug, row.id])));

  if (created > 0) {
    // New commitments come with assessments in the past: views of a settled past (keyed by the
    // history version, lib/cache/public-cache.ts) must see them too. Public first, as every writer.
    for (const scope of ['public', 'history']) {
      await db.dataVersion.upsert({
        where: { scope },
        create: { scope, version: 1 },
        update: { version: { increment: 1 }, updatedAt: new Date() },
      });
    }
  } else {
    await db.dataVersion.upsert({
      where: { scope: 'public' },
      create: { scope: 'public', version: 1 },
      update: {},
    });
  }
  return { created, total: await db.commitment.count() };
}
