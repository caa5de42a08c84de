import Link from 'next/link';
import type { Locale } from '@/lib/i18n/config';
import { pickLocalized } from '@/lib/i18n/content';
import { formatDate } from '@/lib/i18n/format';
import type { Translate } from '@/lib/i18n/messages';
import type { MethodologyVersionSummary } from '@/lib/queries/methodology';

/** Every published version, newest first, each linking to its definitions. */
export function MethodologyVersions({
  locale,
  t,
  versions,
  shown,
  current,
}: {
  locale: Locale;
  t: Translate;
  versions: MethodologyVersionSummary[];
  shown: number;
  current: number;
}) {
  return (
    <section className="card methodology__section" aria-labelledby="versions-title">
      <h2 id="versions-title">{t('methodology.page.versionsTitle')}</h2>
      <ul className="methodology__versions" data-testid="methodology-versions">
        {versions.map((entry) => {
          const note = pickLocalized({ en: entry.noteEn, vi: entry.noteVi }, locale);
          const label = t('methodology.page.versionItem', { version: entry.version });
          return (
            <li key={entry.version} data-version={entry.version}>
              {entry.version === shown ? (
                <strong aria-current="page">{label}</strong>
              ) : (
                <Link href={`/${locale}/methodology?version=${entry.version}`}>{label}</Link>
              )}
              {entry.version === current ? ` (${t('methodology.page.current')})` : null}
              {entry.createdAt ? ` · ${formatDate(entry.createdAt, locale)}` : null}
              <br />
              <span className="muted" lang={note.text && note.fallback ? note.lang : undefined}>
                {note.text || t('methodology.page.noNote')}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
