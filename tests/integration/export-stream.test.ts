import { vi } from 'vitest';

// Outside a request there is no proxy header: currentDataVersion() then reads Postgres itself.
vi.mock('next/headers', () => ({
  headers: async () => {
    throw new Error('outside a request');
  },
}));
import { NextRequest } from 'next/server';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { GET as csvExport } from '@/app/api/export/commitments.csv/route';
import { GET as jsonExport } from '@/app/api/export/commitments.json/route';
import { bumpDataVersion } from '@/lib/cache/public-cache';
import { db } from '@/lib/db';
import {
  commitmentsCsv,
  commitmentsJson,
  prepareCommitmentsExport,
  type PreparedExport,
} from '@/lib/export/commitments-export';
import { EXPORT_ROW_LIMIT, listCommitmentsForExport } from '@/lib/queries/exports';
import { generateSyntheticDataset } from '@/scripts/lib/ops/synthetic-dataset';

const request = (path: string) => new NextRequest(`http://localhost${path}`);
const ORIGIN = 'http://localhost:3000';

/** The file as it was built before streaming: every row read at once. */
async function wholeFile(query: string) {
  const prepared = (await prepareCommitmentsExport(new URLSearchParams(query), ORIGIN)) as PreparedExport;
  const { rows } = await listCommitmentsForExport(prepared.filters);
  return { prepared, rows: rows.map(prepared.toRow) };
}

describe('streamed exports', () => {
  beforeAll(async () => {
    // Exactly EXPORT_ROW_LIMIT public commitments in all: the seed's plus generated ones.
    const seeded = await db.commitment.count({ where: { archivedAt: null } });
    await generateSyntheticDataset(process.env.DATABASE_URL!, {
      agreements: 3,
      commitments: EXPORT_ROW_LIMIT - seeded,
      updatesPerCommitment: 2,
    });
    await db.$transaction((tx) => bumpDataVersion(tx));
  }, 120_000);

  it('a 10,000-row CSV streams in batches, parses, and its rows match the count', async () => {
    const response = await csvExport(request('/api/export/commitments.csv'));
    expect(response.status).toBe(200);
    expect(response.body).toBeInstanceOf(ReadableStream);
    expect(response.headers.get('x-total-count')).toBe(String(EXPORT_ROW_LIMIT));
    let chunks = 0;
    const parts: Buffer[] = [];
    for await (const chunk of response.body!) {
      chunks += 1;
      parts.push(Buffer.from(chunk));
    }
    expect(chunks).toBeGreaterThan(10);
    const bytes = Buffer.concat(parts);
    const records = parse(bytes, { bom: true, columns: true }) as Record<string, string>[];
    expect(records).toHaveLength(EXPORT_ROW_LIMIT);
    // Batches neither repeat nor skip a row.
    expect(new Set(records.map((record) => record['ID'])).size).toBe(EXPORT_ROW_LIMIT);
  }, 60_000);

  it('streamed files are byte for byte the files built at once, in every sort order', async () => {
    for (const query of ['', 'sort=deadline&lang=vi', 'sort=status&agreement=agreement-2']) {
      const { prepared, rows } = await wholeFile(query);
      const csv = await csvExport(request(`/api/export/commitments.csv?${query}`));
      expect(
        Buffer.from(await csv.arrayBuffer()).equals(Buffer.from(commitmentsCsv(rows, prepared.locale))),
        query,
      ).toBe(true);
      const json = await jsonExport(request(`/api/export/commitments.json?${query}`));
      expect(await json.text(), query).toBe(JSON.stringify(commitmentsJson(prepared, rows)));
    }
  }, 120_000);
});
