// Commitments with a citation and a milestone, made straight in the database, for content tests.
import crypto from 'node:crypto';
import type { Db } from '@/lib/prisma-client';

export async function contentOptions(db: Db) {
  const agreements = await db.agreement.findMany({
    orderBy: { id: 'asc' },
    select: { id: true, pillars: { orderBy: { position: 'asc' }, select: { id: true } } },
  });
  const withPillars = agreements.filter((agreement) => agreement.pillars.length > 0);
  const [first, second] = withPillars;
  if (!first || !second) throw new Error('the seed needs two agreements with pillars');
  const source = await db.source.findFirstOrThrow({
    orderBy: { id: 'asc' },
    select: { id: true, text: true },
  });
  // A sentence-sized piece of the source's own text: certainly verbatim.
  const quote = source.text.slice(0, 80).trim();
  return { agreement: first, otherAgreement: second, source, quote };
}

export async function freshCommitment(db: Db, options: { archived?: boolean } = {}) {
  const { agreement, source, quote } = await contentOptions(db);
  const slug = `fixture-${crypto.randomBytes(4).toString('hex')}`;
  const start = source.text.indexOf(quote);
  return db.commitment.create({
    data: {
      slug,
      agreementId: agreement.id,
      pillarId: agreement.pillars[0]!.id,
      titleEn: 'Fixture commitment',
      titleVi: 'Cam kết thử nghiệm',
      responsibleParty: 'BOTH',
      kind: 'QUALITATIVE',
      archivedAt: options.archived ? new Date() : null,
      citations: {
        create: { sourceId: source.id, quote, startOffset: start, endOffset: start + quote.length },
      },
      milestones: { create: { titleEn: 'First step', titleVi: 'Bước đầu tiên', position: 0 } },
    },
    include: { citations: true, milestones: true },
  });
}

/** A complete, valid commitment form (strings, as a browser sends them). */
export function commitmentForm(fields: Record<string, string>): FormData {
  const form = new FormData();
  const base: Record<string, string> = {
    titleEn: 'Joint research fund for green hydrogen',
    titleVi: 'Quỹ nghiên cứu chung về hydro xanh',
    descriptionEn: '',
    descriptionVi: '',
    responsibleParty: 'BOTH',
    kind: 'NUMERIC_TARGET',
    pillarId: '',
    metricUnit: 'projects',
    baselineValue: '0',
    baselineDate: '2025-10-29',
    targetValue: '12',
    targetDate: '2030-12-31',
    deadline: '2030-12-31',
    deadlineTextEn: 'by 2030',
    deadlineTextVi: 'đến năm 2030',
  };
  for (const [key, value] of Object.entries({ ...base, ...fields })) form.set(key, value);
  return form;
}
