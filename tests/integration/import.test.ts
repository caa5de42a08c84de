// The import of the export's format and of assessments files: a dry run writes nothing; export →
// import into a database without commitments → export gives the identical file, and importing it
// again changes nothing; every bad file gets its own plain-words report and leaves the database
// as it was; 10,000 rows import well under 30 s.
import { performance } from 'node:perf_hooks';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { NextRequest } from 'next/server';
import { beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('next/headers', async () => (await import('../support/next-request-mocks')).nextHeaders);
vi.mock('next/cache', async () => (await import('../support/next-request-mocks')).nextCache);

import { POST as applyRoute } from '@/app/api/admin/import/apply/route';
import { POST as uploadRoute } from '@/app/api/admin/import/route';
import { GET as csvExport } from '@/app/api/export/commitments.csv/route';
import { db } from '@/lib/db';
import { createTranslator } from '@/lib/i18n/messages';
import { importFile } from '@/lib/import/import-file';
import { IMPORT_MAX_BYTES } from '@/lib/import/limits';
import { planImport } from '@/lib/import/plan';
import type { MutationContext } from '@/lib/mutations/define-mutation';
import { apiTokenFor, makeUser } from '../support/auth-fixtures';

let admin: MutationContext;
let editor: MutationContext;

beforeAll(async () => {
  const adminUser = await makeUser(db, { role: 'ADMIN', name: 'Importing Admin' });
  const editorUser = await makeUser(db, { role: 'EDITOR' });
  admin = { actor: { kind: 'user', user: adminUser }, ip: '127.0.0.1', via: 'cli' };
  editor = { actor: { kind: 'user', user: editorUser }, ip: '127.0.0.1', via: 'cli' };
});

const utf8 = (text: string) => new TextEncoder().encode(text);
const toRows = (csv: string) => parse(csv, { bom: true }) as string[][];
const toCsv = (rows: string[][]) => stringify(rows, { record_delimiter: 'windows' });

/** The export's header and first row with one cell changed (by its header), as a CSV. */
function withCell(csv: string, column: string, value: string): string {
  const [header, first] = toRows(csv) as [string[], string[]];
  const row = [...first];
  row[header.indexOf(column)] = value;
  return toCsv([header, row]);
}

async function exportCsv(lang: 'en' | 'vi'): Promise<string> {
  const response = await csvExport(
    new NextRequest(`http://localhost/api/export/commitments.csv?lang=${lang}`),
  );
  expect(response.status).toBe(200);
  return new TextDecoder().decode(await response.arrayBuffer());
}

/** Everything an import could change, to prove a refused one changed nothing. */
async function snapshot() {
  const [commitments, updates, citations, version] = await Promise.all([
    db.commitment.findMany({ orderBy: { id: 'asc' } }),
    db.statusUpdate.count(),
    db.citation.count(),
    db.dataVersion.findUnique({ where: { scope: 'public' } }),
  ]);
  return { commitments, updates, citations, version: version?.version };
}

async function removeAllCommitments() {
  await db.commitment.deleteMany({});
}

async function runImport(bytes: Uint8Array, fileName = 'file.csv', context = admin) {
  const result = await importFile.run({ fileName, bytes }, context);
  if (process.env.DEBUG_IMPORT && result.kind !== 'ok') {
    const plan = await planImport(db, bytes, fileName);
    console.log(
      result,
      JSON.stringify(plan.ok ? plan.rows.filter((row) => row.problems.length) : plan, null, 1),
    );
  }
  return result;
}

describe('import: round trip and idempotence', () => {
  it('a dry run reports every row and writes nothing', async () => {
    const csv = await exportCsv('en');
    const changed = csv.replace(/,Not started,/, ',In progress,');
    const before = await snapshot();
    const plan = await planImport(db, utf8(changed), 'commitments.csv');
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    expect(plan.kind).toBe('commitments');
    const rows = csv.trim().split('\r\n').length - 1;
    expect(plan.rows).toHaveLength(rows);
    expect(plan.counts.unchanged).toBe(rows - 1);
    // A changed status without a changed reason: the row says what is missing, by cell.
    expect(plan.counts.updated + plan.counts.error).toBe(1);
    expect(await snapshot()).toEqual(before);
  });

  for (const lang of ['en', 'vi'] as const) {
    it(`export (${lang}) → import into a database without commitments → the identical export`, async () => {
      const original = await exportCsv(lang);
      await removeAllCommitments();
      const result = await runImport(utf8(original), `commitments-${lang}.csv`);
      expect(result.kind).toBe('ok');
      if (result.kind !== 'ok') return;
      expect(result.value.counts.error).toBe(0);
      expect(result.value.counts.created).toBe(original.trim().split('\r\n').length - 1);
      expect(await exportCsv(lang)).toBe(original);

      // The same file again: every row unchanged, nothing written, the public data version kept.
      const before = await snapshot();
      const again = await runImport(utf8(original), `commitments-${lang}.csv`);
      expect(again).toMatchObject({
        kind: 'ok',
        value: {
          counts: {
            created: 0,
            updated: 0,
            unchanged: result.value.counts.created,
            error: 0,
          },
        },
      });
      expect(await snapshot()).toEqual(before);
      const audit = await db.auditEvent.findFirstOrThrow({
        where: { action: 'import' },
        orderBy: { id: 'desc' },
      });
      expect(audit.outcome).toBe('OK');
      expect(audit.actorLabel).toContain('@');
    });
  }

  it('updates a commitment by its ID and records the new status as an assessment', async () => {
    const csv = await exportCsv('en');
    const [header, first] = toRows(csv) as [string[], string[]];
    const slug = first[header.indexOf('ID')]!;
    const cells = [...first];
    cells[header.indexOf('Status')] = 'Achieved';
    cells[header.indexOf('Progress (%)')] = '100';
    cells[header.indexOf('Headline verdict by')] = 'INDEPENDENT';
    cells[header.indexOf('Headline verdict as of')] = new Date().toISOString().slice(0, 10);
    cells[header.indexOf('Reason for last update')] = 'Delivered, as the ministry reported.';
    const result = await runImport(utf8(toCsv([header, cells])));
    expect(result).toMatchObject({
      kind: 'ok',
      value: { counts: { created: 0, updated: 1, unchanged: 0, error: 0 } },
    });
    const row = await db.commitment.findUniqueOrThrow({ where: { slug } });
    expect(row).toMatchObject({ status: 'ACHIEVED', progress: 100, headlineAssessor: 'INDEPENDENT' });
    const latest = await db.statusUpdate.findFirstOrThrow({
      where: { commitmentId: row.id },
      orderBy: { id: 'desc' },
    });
    expect(latest).toMatchObject({
      toStatus: 'ACHIEVED',
      reason: 'Delivered, as the ministry reported.',
      version: row.version,
    });
  });

  it('reads XLSX the same as CSV', async () => {
    const csv = await exportCsv('vi');
    const plan = await planImport(db, utf8(csv), 'x.csv');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Cam kết');
    for (const row of toRows(csv)) sheet.addRow(row);
    const xlsx = new Uint8Array(await workbook.xlsx.writeBuffer());
    const fromXlsx = await planImport(db, xlsx, 'commitments.xlsx');
    expect(fromXlsx.ok && fromXlsx.format).toBe('xlsx');
    expect(fromXlsx.ok && fromXlsx.counts).toEqual(plan.ok && plan.counts);
  });
});

describe('import: assessments files', () => {
  it('records each row once and queues it for webhooks; the same file again is all unchanged', async () => {
    // A system syncing by webhook hears of imported assessments as of typed ones.
    const webhook = await db.webhook.create({
      data: { url: 'https://receiver.example.org/hook', secret: 's3cret-for-import', createdBy: 'test' },
    });
    const commitments = await db.commitment.findMany({
      take: 2,
      orderBy: { id: 'asc' },
      select: { slug: true, id: true },
    });
    const csv = [
      'slug,status,progress,value,assessedOn,assessor,assessorName,reason,evidenceUrl',
      `${commitments[0]!.slug},at-risk,20,,2026-01-15,VIET_NAM,Ministry of Finance,"Funding delayed, per the ministry.",https://example.org/report`,
      `${commitments[1]!.slug},Đang thực hiện,,,2026-01-20,Độc lập (trang theo dõi này),,Work started.,`,
    ].join('\n');
    const before = await db.statusUpdate.count();
    const first = await runImport(utf8(csv), 'assessments.csv');
    expect(first).toMatchObject({
      kind: 'ok',
      value: { counts: { created: 2, updated: 0, unchanged: 0, error: 0 } },
    });
    expect(await db.statusUpdate.count()).toBe(before + 2);
    const recorded = await db.statusUpdate.findFirstOrThrow({
      where: { commitmentId: commitments[0]!.id },
      orderBy: { id: 'desc' },
      include: { evidence: true },
    });
    expect(recorded).toMatchObject({
      assessor: 'VIET_NAM',
      toStatus: 'AT_RISK',
      progress: 20,
      assessorName: 'Ministry of Finance',
    });
    expect(recorded.evidence[0]?.url).toBe('https://example.org/report');
    const queued = await db.webhookDelivery.findMany({ where: { webhookId: webhook.id } });
    expect(queued).toHaveLength(2);
    expect(queued.map((delivery) => delivery.statusUpdateId)).toContain(recorded.id);
    expect(JSON.parse(queued.find((d) => d.statusUpdateId === recorded.id)!.body)).toMatchObject({
      assessment: { assessor: 'VIET_NAM', status: 'AT_RISK' },
      commitment: { slug: commitments[0]!.slug },
    });
    const second = await runImport(utf8(csv), 'assessments.csv');
    expect(second).toMatchObject({
      kind: 'ok',
      value: { counts: { created: 0, updated: 0, unchanged: 2, error: 0 } },
    });
    expect(await db.statusUpdate.count()).toBe(before + 2);
    expect(await db.webhookDelivery.count({ where: { webhookId: webhook.id } })).toBe(2);
    await db.webhook.delete({ where: { id: webhook.id } });
  });
});

describe('import: bad files get a clear report and change nothing', () => {
  const en = createTranslator('en');
  let csv = '';
  let header = '';
  let firstRow = '';

  beforeAll(async () => {
    csv = await exportCsv('en');
    [header, firstRow] = csv.replace(/^\uFEFF/, '').split('\r\n') as [string, string];
  });
  const changed = (column: string, value: string) => withCell(csv, column, value);

  async function refused(bytes: Uint8Array, fileName = 'bad.csv') {
    const before = await snapshot();
    const plan = await planImport(db, bytes, fileName);
    const result = await runImport(bytes, fileName);
    expect(result.kind).toBe('invalid');
    expect(await snapshot()).toEqual(before);
    return plan;
  }
  const fileProblem = async (bytes: Uint8Array, fileName?: string) => {
    const plan = await refused(bytes, fileName);
    if (plan.ok) throw new Error('expected a file problem');
    return en(plan.problem.key, plan.problem.values);
  };
  const cellProblems = async (csv: string) => {
    const plan = await refused(utf8(csv));
    if (!plan.ok) throw new Error(`file refused: ${plan.problem.key}`);
    return plan.rows.flatMap((row) => row.problems.map((p) => `${p.column}: ${en(p.key, p.values)}`));
  };
  it('Latin-1 and UTF-16 are named; a BOM is optional; semicolons are accepted', async () => {
    const latin1 = Buffer.from(`${header}\r\nCaf\xe9`, 'latin1');
    expect(await fileProblem(latin1)).toMatch(/not UTF-8.*Latin-1/);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${header}\r\n`, 'utf16le')]);
    expect(await fileProblem(utf16)).toMatch(/UTF-16/);
    const withBom = await planImport(db, utf8(`\uFEFF${header}\r\n${firstRow}\r\n`), 'a.csv');
    const withoutBom = await planImport(db, utf8(`${header}\r\n${firstRow}\r\n`), 'a.csv');
    expect(withBom.ok && withBom.counts.unchanged).toBe(1);
    expect(withoutBom.ok && withoutBom.counts.unchanged).toBe(1);
    const semicolons = stringify(toRows(csv).slice(0, 2), { delimiter: ';' });
    const plan = await planImport(db, utf8(semicolons), 'excel-fr.csv');
    expect(plan.ok && plan.counts.unchanged).toBe(1);
  });

  it('formula-looking cells are refused by cell; the export’s own apostrophe is taken off', async () => {
    expect(await cellProblems(changed('Commitment', '=HYPERLINK("http://evil")'))).toEqual([
      expect.stringMatching(/^C2 · Commitment: This cell starts with =/),
    ]);
    expect(await cellProblems(changed('Unit', '@SUM(A1)'))).toEqual([
      expect.stringMatching(/^I2 · Unit: .*formula/),
    ]);
    const escaped = await planImport(db, utf8(changed('Unit', "'+tonnes")), 'a.csv');
    expect(escaped.ok && escaped.counts.updated).toBe(1);
  });

  it('a missing required column, a duplicate ID, unknown agreement / pillar / status / assessor', async () => {
    const noStatus = header.replace(',Status,', ',State,');
    expect(await fileProblem(utf8(`${noStatus}\r\n${firstRow}\r\n`))).toBe(
      'Required columns are missing: “Status”.',
    );
    expect(await cellProblems(toCsv([...toRows(csv).slice(0, 2), toRows(csv)[1]!]))).toEqual([
      expect.stringMatching(/^P3 · ID: The ID “.+” is already on row 2\.$/),
    ]);
    expect(await cellProblems(changed('Agreement', 'Treaty of Nowhere'))).toEqual([
      'A2 · Agreement: No agreement is called “Treaty of Nowhere”. Add it under Agreements first.',
    ]);
    expect(await cellProblems(changed('Pillar', 'Space'))).toEqual([
      'B2 · Pillar: The agreement has no pillar called “Space”.',
    ]);
    expect(await cellProblems(changed('Status', 'Half done'))).toEqual([
      expect.stringMatching(/^E2 · Status: “Half done” is not a status/),
    ]);
    expect(await cellProblems(changed('Headline verdict by', 'Aliens'))).toEqual([
      expect.stringMatching(/^S2 · Headline verdict by: “Aliens” is not an assessor/),
    ]);
  });

  it('a quote that is not in its source, and an editor, are refused', async () => {
    expect(await cellProblems(changed('Source quote', 'Words nobody wrote.'))).toEqual([
      expect.stringMatching(/^N2 · Source quote: This quote is not found word for word in /),
    ]);
    const result = await runImport(utf8(`${header}\r\n${firstRow}\r\n`), 'a.csv', editor);
    expect(result.kind).toBe('forbidden');
  });

  it('a file over the size limit is refused before it is read', async () => {
    const big = new Uint8Array(IMPORT_MAX_BYTES + 1);
    expect(await fileProblem(big)).toMatch(/larger than 50 MB/);
  });
});

describe('import: the admin page’s routes', () => {
  const csvFor = (slug: string) =>
    `slug,status,progress,value,assessedOn,assessor,reason,evidenceUrl\n${slug},stalled,,,2026-03-01,UK,No news since March.,\n`;
  const multipart = (text: string, headers: Record<string, string> = {}) => {
    const form = new FormData();
    form.set('file', new File([text], 'assessments.csv', { type: 'text/csv' }));
    return { method: 'POST', body: form, headers };
  };

  it('anonymous uploads are refused before the body is read; nothing is kept', async () => {
    const before = await db.importUpload.count();
    const response = await uploadRoute(new NextRequest('http://localhost/api/admin/import', multipart('x')));
    expect(response.status).toBe(401);
    expect(await db.importUpload.count()).toBe(before);
  });

  it('an admin uploads, previews from the stored file, applies once; a body over 50 MB is refused', async () => {
    const token = await apiTokenFor(db, (admin.actor as { user: { id: number } }).user.id);
    const auth = { Authorization: `Bearer ${token}` };
    const { slug, id } = await db.commitment.findFirstOrThrow({
      orderBy: { id: 'asc' },
      select: { slug: true, id: true },
    });

    const tooBig = await uploadRoute(
      new NextRequest('http://localhost/api/admin/import?lang=vi', {
        method: 'POST',
        body: 'x',
        headers: {
          ...auth,
          'Content-Type': 'multipart/form-data; boundary=x',
          'Content-Length': String(IMPORT_MAX_BYTES + 10_000_000),
        },
      }),
    );
    expect(tooBig.status).toBe(303);
    expect(tooBig.headers.get('location')).toMatch(/\/vi\/admin\/import\?error=tooLarge$/);

    const uploaded = await uploadRoute(
      new NextRequest('http://localhost/api/admin/import?lang=en', multipart(csvFor(slug), auth)),
    );
    expect(uploaded.status).toBe(303);
    const uploadId = new URL(uploaded.headers.get('location')!).searchParams.get('upload')!;
    const stored = await db.importUpload.findUniqueOrThrow({ where: { id: uploadId } });
    expect(stored.sha256).toMatch(/^[0-9a-f]{64}$/);
    const before = await db.statusUpdate.count({ where: { commitmentId: id } });

    const apply = (upload: string) =>
      applyRoute(
        new NextRequest('http://localhost/api/admin/import/apply?lang=en', {
          method: 'POST',
          body: new URLSearchParams({ upload }).toString(),
          headers: { ...auth, 'Content-Type': 'application/x-www-form-urlencoded' },
        }),
      );
    const applied = await apply(uploadId);
    expect(applied.headers.get('location')).toMatch(new RegExp(`/en/admin/import\\?upload=${uploadId}$`));
    expect(await db.statusUpdate.count({ where: { commitmentId: id } })).toBe(before + 1);
    expect(await db.importUpload.findUniqueOrThrow({ where: { id: uploadId } })).toMatchObject({
      result: { kind: 'assessments', counts: { created: 1, updated: 0, unchanged: 0, error: 0 } },
    });
    // Applying the same upload again (a double click, a reload) writes nothing more.
    await apply(uploadId);
    expect(await db.statusUpdate.count({ where: { commitmentId: id } })).toBe(before + 1);
    const unknown = await apply('00000000-0000-4000-8000-000000000000');
    expect(unknown.headers.get('location')).toMatch(/error=unknownUpload$/);
  });
});

describe('import: 10,000 rows', () => {
  it('creates 10,000 commitments in one transaction in under 30 s, then finds them all unchanged', async () => {
    const agreement = await db.agreement.findFirstOrThrow({
      include: { pillars: true },
      orderBy: { id: 'asc' },
    });
    const lines = [
      'ID,Agreement,Pillar,Commitment,Responsible party,Status,Progress (%),Reason for last update,Headline verdict by,Headline verdict as of',
    ];
    for (let index = 0; index < 10_000; index += 1) {
      lines.push(
        `bulk-${index},${agreement.slug},${agreement.pillars[index % agreement.pillars.length]!.slug},Bulk commitment ${index},UK,In progress,${index % 101},Reported in the annual review.,JOINT,2026-01-0${1 + (index % 9)}`,
      );
    }
    const bytes = utf8(lines.join('\n'));
    const started = performance.now();
    const result = await runImport(bytes, 'bulk.csv');
    const seconds = (performance.now() - started) / 1000;
    console.log(`import: 10,000 new commitments with an assessment each in ${seconds.toFixed(1)} s`);
    expect(result).toMatchObject({ kind: 'ok', value: { counts: { created: 10_000 } } });
    expect(seconds).toBeLessThan(30);
    const againStarted = performance.now();
    const again = await runImport(bytes, 'bulk.csv');
    console.log(
      `import: the same 10,000 rows again (all unchanged) in ${((performance.now() - againStarted) / 1000).toFixed(1)} s`,
    );
    expect(again.kind === 'ok' && again.value.counts.unchanged).toBe(10_000);
  }, 120_000);
});
