// The published status definitions (MethodologyVersion): the version in force, any earlier one,
// and the list of versions. Cached per data version like every public read; publishing bumps it.
import 'server-only';
import { cachedPublicRead } from '../cache/public-cache';
import { db } from '../db';
import {
  initialStatusDefinitions,
  parseStatusDefinitions,
  type StatusDefinitions,
} from '../domain/methodology';

export interface MethodologyVersionSummary {
  version: number;
  noteEn: string | null;
  noteVi: string | null;
  /** Null only for the built-in version 1 when the database holds no version at all. */
  createdAt: Date | null;
}

export interface Methodology extends MethodologyVersionSummary {
  definitions: StatusDefinitions;
}

const select = { version: true, definitions: true, noteEn: true, noteVi: true, createdAt: true } as const;

function toMethodology(row: {
  version: number;
  definitions: unknown;
  noteEn: string | null;
  noteVi: string | null;
  createdAt: Date;
}): Methodology {
  return { ...row, definitions: parseStatusDefinitions(row.definitions) };
}

/** Version 1 as the catalogs word it: what readers see before the seed has run. */
const builtIn = (): Methodology => ({
  version: 1,
  definitions: initialStatusDefinitions(),
  noteEn: null,
  noteVi: null,
  createdAt: null,
});

/** The latest version straight from the database, uncached (the publish form's conflict path). */
export async function readLatestMethodology(): Promise<Methodology> {
  const row = await db.methodologyVersion.findFirst({ orderBy: { version: 'desc' }, select });
  return row ? toMethodology(row) : builtIn();
}

/** The definitions in force now: the highest version. */
export function getCurrentMethodology(): Promise<Methodology> {
  return cachedPublicRead('methodology:current', readLatestMethodology);
}

export function getMethodologyVersion(version: number): Promise<Methodology | null> {
  if (!Number.isSafeInteger(version) || version < 1) return Promise.resolve(null);
  return cachedPublicRead(`methodology:version:${version}`, async () => {
    const row = await db.methodologyVersion.findUnique({ where: { version }, select });
    if (row) return toMethodology(row);
    return version === 1 && (await db.methodologyVersion.count()) === 0 ? builtIn() : null;
  });
}

/** Every version, newest first. */
export function listMethodologyVersions(): Promise<MethodologyVersionSummary[]> {
  return cachedPublicRead('methodology:versions', async () => {
    const rows = await db.methodologyVersion.findMany({
      orderBy: { version: 'desc' },
      select: { version: true, noteEn: true, noteVi: true, createdAt: true },
    });
    return rows.length > 0 ? rows : [{ version: 1, noteEn: null, noteVi: null, createdAt: null }];
  });
}
