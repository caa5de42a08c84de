// Codes from their words: a status, party or assessor cell may hold the code (IN_PROGRESS), the
// filter form of it (in-progress) or its label in either language, as the export writes it.
import { STATUSES, type Status } from '../domain/status';
import { ASSESSORS } from '../domain/verdicts';
import type { Assessor, ResponsibleParty } from '../generated/prisma/enums';
import { createTranslator, type MessageKey } from '../i18n/messages';
import { RESPONSIBLE_PARTIES } from '../validation/commitment';

export const foldWords = (text: string) => text.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');

function lookupTable<C extends string>(codes: readonly C[], labelKey: (code: C) => string): Map<string, C> {
  const table = new Map<string, C>();
  const translators = [createTranslator('en'), createTranslator('vi')];
  for (const code of codes) {
    table.set(foldWords(code), code);
    table.set(foldWords(code.replace(/_/g, '-')), code);
    table.set(foldWords(code.replace(/_/g, ' ')), code);
    for (const t of translators) table.set(foldWords(t(labelKey(code) as MessageKey)), code);
  }
  return table;
}

const statuses = lookupTable(STATUSES, (code) => `common.status.${code}.label`);
const parties = lookupTable(RESPONSIBLE_PARTIES, (code) => `export.parties.${code}`);
const assessors = lookupTable(ASSESSORS, (code) => `assessment.assessor.${code}`);

export const statusFromText = (text: string): Status | undefined => statuses.get(foldWords(text));
export const partyFromText = (text: string): ResponsibleParty | undefined => parties.get(foldWords(text));
export const assessorFromText = (text: string): Assessor | undefined => assessors.get(foldWords(text));
