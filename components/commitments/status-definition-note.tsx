import Link from 'next/link';
import type { Status } from '@/lib/domain/status';
import type { Locale } from '@/lib/i18n/config';
import { pickLocalized } from '@/lib/i18n/content';
import type { Translate } from '@/lib/i18n/messages';
import { getCurrentMethodology } from '@/lib/queries/methodology';

/** "What “X” means: …" in the wording of the methodology version in force, and where it is decided. */
export async function StatusDefinitionNote({
  locale,
  t,
  status,
  statusLabel,
}: {
  locale: Locale;
  t: Translate;
  status: Status;
  statusLabel: string;
}) {
  const { definitions } = await getCurrentMethodology();
  const definition = pickLocalized(definitions[status], locale);
  return (
    <p className="facts__note" data-testid="status-definition">
      <span lang={definition.fallback ? definition.lang : undefined}>
        {t('dashboard.commitment.statusDefinition', { status: statusLabel, definition: definition.text })}
      </span>{' '}
      <Link href={`/${locale}/methodology`} className="facts__methodology-link">
        {t('assessment.verdicts.methodologyLink')}
      </Link>
    </p>
  );
}
