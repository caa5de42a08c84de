// An admin publishes the next version of the status definitions. The form carries the version it
// started from: if another admin published meanwhile, this one conflicts and is shown theirs.
import { canEditContent } from '../auth/permissions';
import {
  initialStatusDefinitions,
  parseStatusDefinitions,
  type StatusDefinitions,
} from '../domain/methodology';
import type { Prisma } from '../generated/prisma/client';
import { defineMutation } from '../mutations/define-mutation';
import { conflict, invalid } from '../mutations/stop';
import { readLatestMethodology } from '../queries/methodology';
import { publishMethodologySchema, sameDefinitions } from '../validation/methodology';

export const METHODOLOGY_PUBLISH_ACTION = 'methodology.publish';

export interface MethodologyConflict {
  version: number;
  definitions: StatusDefinitions;
}

export const publishMethodology = defineMutation<
  typeof publishMethodologySchema,
  { version: number },
  MethodologyConflict
>(
  {
    action: METHODOLOGY_PUBLISH_ACTION,
    permission: canEditContent,
    schema: publishMethodologySchema,
    // The new version's number is only known inside the transaction (the OK row names it).
    target: () => ({ type: 'methodology' }),
    invalidKey: 'methodology.errors.invalid',
    // Two admins publishing on the same version both try to insert the next one: the primary key
    // lets one through and the other conflicts.
    onUniqueViolation: { kind: 'conflict' },
    readCurrent: async () => {
      const { version, definitions } = await readLatestMethodology();
      return { version, definitions };
    },
  },
  async ({ input, user, tx }) => {
    const latest = await tx.methodologyVersion.findFirst({
      orderBy: { version: 'desc' },
      select: { version: true, definitions: true },
    });
    if (!latest) {
      // Unseeded database: version 1 is the catalogs' wording; keep it readable as the first version.
      await tx.methodologyVersion.create({
        data: { version: 1, definitions: initialStatusDefinitions() as unknown as Prisma.InputJsonValue },
      });
    }
    const current = latest?.version ?? 1;
    if (input.basedOn !== current) throw conflict(input.basedOn);
    if (sameDefinitions(parseStatusDefinitions(latest?.definitions), input.definitions)) {
      throw invalid({ form: 'methodology.errors.unchanged' });
    }
    const version = current + 1;
    await tx.methodologyVersion.create({
      data: {
        version,
        definitions: input.definitions as unknown as Prisma.InputJsonValue,
        noteEn: input.noteEn,
        noteVi: input.noteVi,
        createdById: user.id,
      },
    });
    return {
      value: { version },
      audit: { version, basedOn: input.basedOn },
      target: { type: 'methodology', id: version },
    };
  },
);
