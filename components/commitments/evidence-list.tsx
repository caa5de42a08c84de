import Link from 'next/link';
import type { Locale } from '@/lib/i18n/config';
import { formatDate, formatNumber } from '@/lib/i18n/format';
import type { Translate } from '@/lib/i18n/messages';
import type { EvidenceEntry } from '@/lib/queries/assessments';

const safeHref = (url: string) => (/^https?:\/\//i.test(url) ? url : undefined);

function fileSize(bytes: number, locale: Locale): string {
  return bytes >= 1024 * 1024
    ? `${formatNumber(bytes / 1024 / 1024, locale, 1)} MB`
    : `${formatNumber(Math.max(1, Math.round(bytes / 1024)), locale, 0)} KB`;
}

/** An assessment's evidence: each document by title, with its link, stored file or source text. */
export function EvidenceList({
  locale,
  t,
  evidence,
  legacyUrl,
}: {
  locale: Locale;
  t: Translate;
  evidence: EvidenceEntry[];
  /** Entries recorded before evidence items existed carry a single link. */
  legacyUrl?: string | null;
}) {
  if (evidence.length === 0) {
    const href = legacyUrl ? safeHref(legacyUrl) : undefined;
    if (href) {
      return (
        <a href={href} rel="noopener noreferrer nofollow" target="_blank">
          {t('dashboard.commitment.evidenceLink')}
        </a>
      );
    }
    return <span className="muted">{legacyUrl || t('dashboard.commitment.noEvidence')}</span>;
  }
  return (
    <ul className="evidence-list">
      {evidence.map((item) => {
        const href = item.url ? safeHref(item.url) : undefined;
        const meta = [item.publisher, item.publishedOn ? formatDate(item.publishedOn, locale) : null].filter(
          Boolean,
        );
        return (
          <li key={item.id}>
            {href ? (
              <a href={href} rel="noopener noreferrer nofollow" target="_blank">
                {item.title}
              </a>
            ) : (
              <span>{item.title}</span>
            )}
            {meta.length > 0 ? <span className="muted"> · {meta.join(', ')}</span> : null}
            {item.file ? (
              <>
                {' · '}
                <a href={`/api/evidence/${item.file.id}`} download data-testid="evidence-file">
                  {t('assessment.verdicts.evidenceFile', {
                    name: item.file.fileName,
                    size: fileSize(item.file.byteSize, locale),
                  })}
                </a>
              </>
            ) : null}
            {item.source ? (
              <>
                {' · '}
                <Link href={`/${locale}/sources/${item.source.slug}`}>
                  {t('assessment.verdicts.sourceText')}
                </Link>
              </>
            ) : null}
            {item.quote ? <q className="evidence-list__quote">{item.quote}</q> : null}
          </li>
        );
      })}
    </ul>
  );
}
