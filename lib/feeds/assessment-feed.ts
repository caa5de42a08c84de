// The words and links of the new-assessments feed, in the reader's language: rows in, Atom out.
import type { Locale } from '../i18n/config';
import { formatDate, formatNumber } from '../i18n/format';
import type { Translate } from '../i18n/messages';
import type { FeedEntryRow } from '../queries/feeds';
import { buildAtomFeed, type AtomEntry } from './atom';
import { stableUuid } from './stable-id';

type Titled = { titleEn: string | null; titleVi: string | null; slug: string };

export function titleIn(row: Titled, locale: Locale): string {
  return (locale === 'vi' ? row.titleVi || row.titleEn : row.titleEn || row.titleVi) || row.slug;
}

export interface AssessmentFeedInput {
  locale: Locale;
  t: Translate;
  origin: string;
  /** The feed's own URL (absolute, canonical query order). */
  selfUrl: string;
  /** The page the feed belongs to (absolute). */
  pageUrl: string;
  title: string;
  subtitle: string;
  /** When there are no entries: the feed's `updated`. */
  fallbackUpdated: Date;
  rows: FeedEntryRow[];
}

function entryOf(row: FeedEntryRow, { locale, t, origin }: AssessmentFeedInput): AtomEntry {
  const commitment = titleIn(row.commitment, locale);
  const status = t(`common.status.${row.toStatus}.label`);
  const assessor = row.assessorName
    ? `${row.assessorName} (${t(`assessment.assessor.${row.assessor}`)})`
    : t(`assessment.assessor.${row.assessor}`);
  const paragraphs = [
    t('feeds.atom.assessedOn', { date: formatDate(row.assessedOn, locale), assessor }),
    t('feeds.atom.agreement', { agreement: titleIn(row.commitment.agreement, locale) }),
    ...(row.progress !== null ? [t('feeds.atom.progress', { progress: row.progress })] : []),
    ...(row.value !== null ? [t('feeds.atom.value', { value: formatNumber(row.value, locale) })] : []),
    row.reason,
  ];
  const links = row.evidence.flatMap((item) => {
    const href =
      item.url ??
      (item.fileId !== null ? `${origin}/api/evidence/${item.fileId}` : null) ??
      (item.sourceSlug ? `${origin}/${locale}/sources/${item.sourceSlug}` : null);
    return href ? [{ title: `${t('feeds.atom.evidence')}: ${item.title}`, href }] : [];
  });
  const evidenceLine = links.map((item) => `${item.title} <${item.href}>`).join('; ');
  return {
    id: `urn:uuid:${stableUuid(`assessment:${row.id}`)}`,
    title: t('feeds.atom.entryTitle', { commitment, status }),
    updated: row.createdAt,
    published: row.createdAt,
    link: `${origin}/${locale}/commitments/${row.commitment.slug}`,
    author: assessor,
    summary: evidenceLine ? `${row.reason} — ${evidenceLine}` : row.reason,
    content: { paragraphs, links },
  };
}

export function renderAssessmentFeed(input: AssessmentFeedInput): string {
  const { rows, locale, selfUrl, pageUrl, t } = input;
  return buildAtomFeed({
    // The feed's identity is its query (scope and language), not the host serving it.
    id: `urn:uuid:${stableUuid(`feed:${new URL(selfUrl).search}`)}`,
    title: input.title,
    subtitle: input.subtitle,
    updated: rows[0]?.createdAt ?? input.fallbackUpdated,
    lang: locale,
    links: [
      { href: selfUrl, rel: 'self', type: 'application/atom+xml' },
      { href: pageUrl, rel: 'alternate', type: 'text/html' },
    ],
    generator: t('common.app.name'),
    entries: rows.map((row) => entryOf(row, input)),
  });
}
