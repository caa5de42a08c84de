import type { Locale } from '@/lib/i18n/config';
import { pickLocalized } from '@/lib/i18n/content';
import { createTranslator } from '@/lib/i18n/messages';
import { listContentOptions } from '@/lib/queries/admin-commitments';
import {
  COMMITMENT_KINDS,
  RESPONSIBLE_PARTIES,
  type CommitmentFormValues,
} from '@/lib/validation/commitment';
import { CommitmentForm } from './commitment-form';
import { commitmentFormLabels, contentErrorText } from './content-labels';

/** The commitment form with its options (agreements and their pillars, parties, kinds). */
export async function CommitmentFormSection({
  mode,
  locale,
  initial,
  version,
  createdQuery,
}: {
  mode: 'create' | 'edit';
  locale: Locale;
  initial: CommitmentFormValues;
  version: number;
  createdQuery?: string;
}) {
  const t = createTranslator(locale);
  const { agreements } = await listContentOptions();
  return (
    <CommitmentForm
      mode={mode}
      locale={locale}
      initial={initial}
      version={version}
      createdQuery={createdQuery}
      agreements={agreements.map((agreement) => ({
        value: String(agreement.id),
        label: pickLocalized({ en: agreement.titleEn, vi: agreement.titleVi }, locale).text,
        pillars: agreement.pillars.map((pillar) => ({
          value: String(pillar.id),
          label: pickLocalized({ en: pillar.nameEn, vi: pillar.nameVi }, locale).text,
        })),
      }))}
      parties={RESPONSIBLE_PARTIES.map((party) => ({ value: party, label: t(`dashboard.party.${party}`) }))}
      kinds={COMMITMENT_KINDS.map((kind) => ({ value: kind, label: t(`dashboard.kind.${kind}`) }))}
      labels={commitmentFormLabels(t)}
      errorText={contentErrorText(t)}
    />
  );
}
