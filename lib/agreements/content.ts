import type { z } from 'zod';
import type { agreementContentSchema } from '../validation/agreement';

/** The agreement columns an admin form sets. */
export function agreementColumns(input: z.output<typeof agreementContentSchema>) {
  return {
    titleEn: input.titleEn,
    titleVi: input.titleVi,
    summaryEn: input.summaryEn,
    summaryVi: input.summaryVi,
    parties: input.parties,
    kind: input.kind,
    dateKind: input.dateKind,
    signedOn: input.signedOn,
  };
}
