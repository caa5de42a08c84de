import 'server-only';
// Reads for the admin's agreement and source pages (archived agreements included).
import { db } from '../db';

export function listAgreementsForAdmin() {
  return db.agreement.findMany({
    orderBy: [{ archivedAt: { sort: 'asc', nulls: 'first' } }, { signedOn: 'desc' }, { id: 'asc' }],
    select: {
      id: true,
      slug: true,
      titleEn: true,
      titleVi: true,
      archivedAt: true,
      _count: { select: { pillars: true, sources: true } },
    },
  });
}

export function getAgreementForAdmin(slug: string) {
  return db.agreement.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      titleEn: true,
      titleVi: true,
      summaryEn: true,
      summaryVi: true,
      parties: true,
      kind: true,
      dateKind: true,
      signedOn: true,
      archivedAt: true,
      version: true,
      pillars: { orderBy: { position: 'asc' }, select: { id: true, slug: true, nameEn: true, nameVi: true } },
      sources: {
        orderBy: { id: 'asc' },
        select: {
          slug: true,
          title: true,
          language: true,
          text: true,
          _count: { select: { citations: true } },
        },
      },
    },
  });
}

export function getSourceForAdmin(slug: string) {
  return db.source.findUnique({
    where: { slug },
    select: {
      slug: true,
      title: true,
      publisher: true,
      publishedOn: true,
      language: true,
      id: true,
      agreementId: true,
      text: true,
      _count: { select: { citations: true } },
      citations: {
        where: { commitment: { archivedAt: null } },
        orderBy: { startOffset: 'asc' },
        select: {
          startOffset: true,
          endOffset: true,
          commitment: { select: { slug: true, titleEn: true, titleVi: true } },
        },
      },
    },
  });
}

export function listAgreementChoices() {
  return db.agreement.findMany({
    orderBy: [{ signedOn: 'desc' }, { id: 'asc' }],
    select: { id: true, titleEn: true, titleVi: true },
  });
}

/**
 * The sentence an admin picked in the source reader (?source=&start=&end=), checked against the
 * source: null unless the offsets slice a non-blank, trimmed piece of that text.
 */
export async function getPickedQuote(params: Record<string, string | string[] | undefined>) {
  const read = (name: string) => {
    const value = params[name];
    return typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : null;
  };
  const [sourceId, start, end] = [read('source'), read('start'), read('end')];
  if (sourceId === null || start === null || end === null || end <= start || end - start > 5000) return null;
  const source = await db.source.findUnique({
    where: { id: sourceId },
    select: { id: true, title: true, language: true, agreementId: true, text: true },
  });
  if (!source || end > source.text.length) return null;
  const quote = source.text.slice(start, end);
  if (quote.trim() === '' || quote !== quote.trim()) return null;
  return {
    sourceId: source.id,
    sourceTitle: source.title,
    language: source.language,
    agreementId: source.agreementId,
    quote,
    startOffset: start,
    query: new URLSearchParams({
      source: String(sourceId),
      start: String(start),
      end: String(end),
    }).toString(),
  };
}

/** The saved agreement as its form shows it, for a stale edit's conflict panel. */
export async function readAgreementForForm(slug: string) {
  const row = await db.agreement.findUnique({
    where: { slug },
    select: {
      version: true,
      titleEn: true,
      titleVi: true,
      summaryEn: true,
      summaryVi: true,
      parties: true,
      kind: true,
      dateKind: true,
      signedOn: true,
    },
  });
  if (!row) return null;
  return {
    version: row.version,
    values: {
      version: String(row.version),
      titleEn: row.titleEn ?? '',
      titleVi: row.titleVi ?? '',
      summaryEn: row.summaryEn ?? '',
      summaryVi: row.summaryVi ?? '',
      parties: row.parties,
      kind: row.kind,
      dateKind: row.dateKind,
      signedOn: row.signedOn.toISOString().slice(0, 10),
    },
  };
}
