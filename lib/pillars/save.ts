import { canEditContent } from '../auth/permissions';
import { defineMutation, rawText, type Tx } from '../mutations/define-mutation';
import { invalid, notFound } from '../mutations/stop';
import { addPillarSchema, editPillarSchema, movePillarSchema } from '../validation/agreement';

const target = (raw: Record<string, unknown>) => ({ type: 'agreement', id: rawText(raw, 'agreementSlug') });
const SLUG_TAKEN = { slug: 'adminContent.errors.slugTaken' };

async function agreementIdOf(tx: Tx, slug: string): Promise<number> {
  const agreement = await tx.agreement.findUnique({ where: { slug }, select: { id: true } });
  if (!agreement) throw notFound();
  return agreement.id;
}

/** Admins add a pillar (both languages) at the end of an agreement's ordered pillars. */
export const addPillar = defineMutation(
  {
    action: 'pillar.add',
    permission: canEditContent,
    schema: addPillarSchema,
    target,
    invalidKey: 'adminContent.errors.invalid',
    onUniqueViolation: { kind: 'invalid', errors: SLUG_TAKEN },
  },
  async ({ input, tx }) => {
    const agreementId = await agreementIdOf(tx, input.agreementSlug);
    if (await tx.pillar.findFirst({ where: { agreementId, slug: input.slug }, select: { id: true } })) {
      throw invalid(SLUG_TAKEN);
    }
    const last = await tx.pillar.aggregate({ where: { agreementId }, _max: { position: true } });
    const created = await tx.pillar.create({
      data: {
        agreementId,
        slug: input.slug,
        position: (last._max.position ?? -1) + 1,
        nameEn: input.nameEn,
        nameVi: input.nameVi,
      },
      select: { id: true, position: true },
    });
    return { value: { id: created.id }, audit: { pillar: input.slug, position: created.position } };
  },
);

/** Admins rename a pillar. */
export const editPillar = defineMutation(
  {
    action: 'pillar.edit',
    permission: canEditContent,
    schema: editPillarSchema,
    target,
    invalidKey: 'adminContent.errors.invalid',
  },
  async ({ input, tx }) => {
    const agreementId = await agreementIdOf(tx, input.agreementSlug);
    const { count } = await tx.pillar.updateMany({
      where: { id: input.pillarId, agreementId },
      data: { nameEn: input.nameEn, nameVi: input.nameVi },
    });
    if (count === 0) throw notFound();
    return { value: null, audit: { pillarId: input.pillarId } };
  },
);

/** Admins move a pillar one place up or down (it swaps with its neighbour). */
export const movePillar = defineMutation(
  {
    action: 'pillar.move',
    permission: canEditContent,
    schema: movePillarSchema,
    target,
    invalidKey: 'adminContent.errors.invalid',
  },
  async ({ input, tx }) => {
    const agreementId = await agreementIdOf(tx, input.agreementSlug);
    const pillar = await tx.pillar.findFirst({
      where: { id: input.pillarId, agreementId },
      select: { id: true, position: true },
    });
    if (!pillar) throw notFound();
    const neighbour = await tx.pillar.findFirst({
      where:
        input.direction === 'up'
          ? { agreementId, position: { lt: pillar.position } }
          : { agreementId, position: { gt: pillar.position } },
      orderBy: { position: input.direction === 'up' ? 'desc' : 'asc' },
      select: { id: true, position: true },
    });
    if (!neighbour) return { value: { moved: false }, audit: { moved: false }, changedPublicData: false };
    // (agreementId, position) is unique: park one row on a free position while they swap.
    const parked = -1 - pillar.id;
    await tx.pillar.update({ where: { id: pillar.id }, data: { position: parked } });
    await tx.pillar.update({ where: { id: neighbour.id }, data: { position: pillar.position } });
    await tx.pillar.update({ where: { id: pillar.id }, data: { position: neighbour.position } });
    return { value: { moved: true }, audit: { pillarId: pillar.id, direction: input.direction } };
  },
);
