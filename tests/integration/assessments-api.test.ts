// Assessments through the API as integrators use it: record verdicts with PATCH, upload evidence
// files, and read them back from the read API, the exports and the OpenAPI document — the route
// handlers called as Next calls them, on a real Postgres.
process.env.NEXTAUTH_SECRET ??= 'integration-secret-not-for-production-0123456789';
// Absolute links in answers come from the configured public URL, never from request headers.
process.env.NEXTAUTH_URL = 'https://tracker.example.org';
import { vi } from 'vitest';

// Outside a request there is no proxy header: currentDataVersion() then reads Postgres itself.
vi.mock('next/headers', () => ({
  headers: async () => {
    throw new Error('outside a request');
  },
}));
import { createHash } from 'node:crypto';
import { NextRequest } from 'next/server';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { GET as listApi } from '@/app/api/commitments/route';
import { GET as oneApi } from '@/app/api/commitments/[slug]/route';
import { PATCH as patchStatus } from '@/app/api/commitments/[slug]/status/route';
import { POST as uploadEvidence } from '@/app/api/commitments/[slug]/evidence/route';
import { GET as downloadEvidence } from '@/app/api/evidence/[id]/route';
import { GET as csvExport } from '@/app/api/export/commitments.csv/route';
import { GET as jsonExport } from '@/app/api/export/commitments.json/route';
import { GET as openApi } from '@/app/api/openapi.json/route';
import { commitmentDetailSchema, commitmentListSchema, exportFileSchema } from '@/lib/api/shapes';
import { db } from '@/lib/db';
import { apiTokenFor, makeUser } from '../support/auth-fixtures';

const ORIGIN = 'https://tracker.example.org';
const SLUG = 'english-second-language-2035';
const OTHER = 'double-bilateral-trade';
let token: string;

const get = (path: string, headers: Record<string, string> = {}) =>
  new NextRequest(`http://localhost${path}`, { headers });

async function detail(slug = SLUG, headers: Record<string, string> = {}) {
  const response = await oneApi(get(`/api/commitments/${slug}`, headers), {
    params: Promise.resolve({ slug }),
  });
  expect(response.status).toBe(200);
  return commitmentDetailSchema.parse(await response.json());
}

async function currentVersion(slug = SLUG) {
  return (await db.commitment.findUniqueOrThrow({ where: { slug }, select: { version: true } })).version;
}

async function patch(body: Record<string, unknown>, slug = SLUG) {
  const request = new Request(`http://localhost/api/commitments/${slug}/status`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ version: await currentVersion(slug), ...body }),
  });
  return patchStatus(request, { params: Promise.resolve({ slug }) });
}

async function patchOk(body: Record<string, unknown>, slug = SLUG) {
  const response = await patch(body, slug);
  expect(response.status, JSON.stringify(await response.clone().json())).toBe(200);
}

function upload(slug: string, parts: { bytes: Uint8Array; name: string; type?: string } | null) {
  const form = new FormData();
  if (parts) {
    form.append(
      'file',
      new Blob([parts.bytes as Uint8Array<ArrayBuffer>], { type: parts.type ?? '' }),
      parts.name,
    );
  } else {
    form.append('note', 'no file here');
  }
  const request = new Request(`http://localhost/api/commitments/${slug}/evidence`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  return uploadEvidence(request, { params: Promise.resolve({ slug }) });
}

const pdf = (text: string) => new TextEncoder().encode(`%PDF-1.4\n% ${text}\n%%EOF\n`);
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const daysFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function csvRecords(query: string) {
  const response = await csvExport(get(`/api/export/commitments.csv?${query}`));
  expect(response.status).toBe(200);
  return parse(Buffer.from(await response.arrayBuffer()), { bom: true, columns: true }) as Record<
    string,
    string
  >[];
}

beforeAll(async () => {
  const editor = await makeUser(db);
  token = await apiTokenFor(db, editor.id);
});

describe('verdicts per assessor through the API', () => {
  it('a seeded commitment has its joint verdict, dated on its source, with the source linked', async () => {
    const body = await detail();
    expect(body.contested).toBe(false);
    expect(body.verdicts.map((verdict) => verdict.assessor)).toEqual(['JOINT']);
    expect(body.headline).toEqual({ assessor: 'JOINT', assessedOn: body.verdicts[0]!.assessedOn });
    expect(body.assessmentsTotal).toBe(body.assessments.length);
    const [seeded] = body.assessments;
    expect(seeded!.assessedOn < '2026-01-01').toBe(true);
    expect(seeded!.evidence[0]).toMatchObject({ fileUrl: null });
    expect(seeded!.evidence[0]!.sourceUrl).toMatch(new RegExp(`^${ORIGIN}/sources/[a-z0-9-]+$`));
  });

  it('a UK verdict dated in the past that differs from the independent one makes it contested', async () => {
    await patchOk({
      status: 'IN_PROGRESS',
      progress: 30,
      reason: 'Pilot schools teach in English',
      assessedOn: '2026-01-15',
    });
    const agreeing = await detail();
    expect(agreeing.contested).toBe(false);
    expect(agreeing.headline).toEqual({ assessor: 'INDEPENDENT', assessedOn: '2026-01-15' });

    await patchOk({
      status: 'AT_RISK',
      reason: 'The UK reports funding delays',
      assessor: 'UK',
      assessorName: 'Department for Education',
      assessedOn: '2025-12-01',
      evidence: [{ title: 'UK progress note', publisher: 'DfE', url: 'https://example.org/uk-note' }],
    });
    const body = await detail();
    expect(body.contested).toBe(true);
    expect(body.headline).toEqual({ assessor: 'INDEPENDENT', assessedOn: '2026-01-15' });
    expect(body.headlineAssessor).toBe('INDEPENDENT');
    expect(body.status).toBe('IN_PROGRESS');
    expect(body.verdicts.map((verdict) => [verdict.assessor, verdict.status, verdict.assessedOn])).toEqual([
      ['INDEPENDENT', 'IN_PROGRESS', '2026-01-15'],
      ['UK', 'AT_RISK', '2025-12-01'],
      ['JOINT', 'IN_PROGRESS', expect.stringMatching(/^2025-/)],
    ]);
    const uk = body.verdicts.find((verdict) => verdict.assessor === 'UK')!;
    expect(uk.assessorName).toBe('Department for Education');
    const entry = body.assessments.find((assessment) => assessment.assessor === 'UK')!;
    expect(entry).toMatchObject({
      assessedOn: '2025-12-01',
      status: 'AT_RISK',
      fromStatus: 'IN_PROGRESS',
      reason: 'The UK reports funding delays',
      methodologyVersion: expect.any(Number),
      evidence: [
        {
          title: 'UK progress note',
          publisher: 'DfE',
          publishedOn: null,
          url: 'https://example.org/uk-note',
          quote: null,
          fileUrl: null,
          sourceUrl: null,
        },
      ],
    });
    expect(Date.parse(entry.recordedAt)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('a later-recorded but earlier-dated verdict does not replace the later-dated one', async () => {
    await patchOk({
      status: 'ACHIEVED',
      reason: 'An older UK statement, recorded late',
      assessor: 'UK',
      assessedOn: '2025-11-15',
    });
    const body = await detail();
    const uk = body.verdicts.find((verdict) => verdict.assessor === 'UK')!;
    expect([uk.status, uk.assessedOn]).toEqual(['AT_RISK', '2025-12-01']);
    expect(body.contested).toBe(true);
    // Newest by the day described first, whatever the order they were recorded in.
    const days = body.assessments.map((assessment) => assessment.assessedOn);
    expect(days).toEqual([...days].sort().reverse());
    expect(body.assessments.slice(0, 3).map((assessment) => assessment.status)).toEqual([
      'IN_PROGRESS',
      'AT_RISK',
      'ACHIEVED',
    ]);
    expect(body.assessmentsTotal).toBe(4);
  });

  it('?contested=1 lists exactly the contested commitments, ?contested=0 the others', async () => {
    const contested = await listApi(get('/api/commitments?contested=1&pageSize=100'));
    expect(contested.status).toBe(200);
    const only = commitmentListSchema.parse(await contested.json());
    expect(only.data.map((row) => row.slug)).toEqual([SLUG]);
    expect(only.total).toBe(1);
    expect(only.data[0]).toMatchObject({
      contested: true,
      headlineAssessor: 'INDEPENDENT',
      headlineAssessedOn: '2026-01-15',
    });
    const others = commitmentListSchema.parse(
      await (await listApi(get('/api/commitments?contested=0&pageSize=100'))).json(),
    );
    const all = await db.commitment.count({ where: { archivedAt: null } });
    expect(others.total).toBe(all - 1);
    expect(others.data.every((row) => !row.contested && row.slug !== SLUG)).toBe(true);
    const bad = await listApi(get('/api/commitments?contested=maybe'));
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toMatch(/contested/);
  });

  it('CSV and JSON exports carry contested and the headline assessor, in both languages', async () => {
    const records = await csvRecords('lang=en');
    const headers = Object.keys(records[0]!);
    expect(headers.slice(-3)).toEqual([
      'Contested (assessors disagree)',
      'Headline verdict by',
      'Headline verdict as of',
    ]);
    // The existing columns keep their order in front of the new ones.
    expect(headers.slice(0, 5)).toEqual(['Agreement', 'Pillar', 'Commitment', 'Responsible party', 'Status']);
    const row = records.find((record) => record.ID === SLUG)!;
    expect(row['Contested (assessors disagree)']).toBe('true');
    expect(row['Headline verdict by']).toBe('INDEPENDENT');
    expect(row['Headline verdict as of']).toBe('2026-01-15');
    const seeded = records.find((record) => record.ID === OTHER)!;
    expect(seeded['Contested (assessors disagree)']).toBe('false');
    expect(seeded['Headline verdict by']).toBe('JOINT');
    expect(row.Link).toBe(`${ORIGIN}/en/commitments/${SLUG}`);

    const vietnamese = await csvRecords('lang=vi&contested=1');
    expect(vietnamese).toHaveLength(1);
    expect(vietnamese[0]).toMatchObject({
      'Các bên không thống nhất': 'true',
      'Đánh giá chính của': 'INDEPENDENT',
      'Đánh giá chính tính đến ngày': '2026-01-15',
    });

    const response = await jsonExport(get('/api/export/commitments.json?contested=1'));
    expect(response.status).toBe(200);
    const file = exportFileSchema.parse(await response.json());
    expect(file.filters).toEqual({ contested: '1' });
    expect(file.commitments.map((commitment) => commitment.slug)).toEqual([SLUG]);
    expect(file.commitments[0]).toMatchObject({
      contested: true,
      headlineAssessor: 'INDEPENDENT',
      headlineAssessedOn: '2026-01-15',
    });
  });

  it('links in exports ignore X-Forwarded-Host', async () => {
    const response = await jsonExport(
      get('/api/export/commitments.json?contested=1', { 'x-forwarded-host': 'evil.example' }),
    );
    const file = exportFileSchema.parse(await response.json());
    expect(file.commitments[0]!.url).toBe(`${ORIGIN}/en/commitments/${SLUG}`);
  });
});

describe('a very long history', () => {
  it('answers the newest 1000 by day described, the total, and every assessor’s current verdict', async () => {
    const commitment = await db.commitment.findFirstOrThrow({
      where: { slug: { notIn: [SLUG, OTHER] }, archivedAt: null },
      select: { id: true, slug: true, version: true },
    });
    // An ASEAN verdict older than all that follows must still count as ASEAN's current one.
    await patchOk(
      { status: 'STALLED', reason: 'ASEAN secretariat note', assessor: 'ASEAN', assessedOn: '2025-11-01' },
      commitment.slug,
    );
    const base = await currentVersion(commitment.slug);
    await db.statusUpdate.createMany({
      data: Array.from({ length: 1100 }, (_, index) => ({
        commitmentId: commitment.id,
        toStatus: 'IN_PROGRESS' as const,
        reason: `Independent check ${index}`,
        authorName: 'Bulk',
        version: base + 1 + index,
        assessor: 'INDEPENDENT' as const,
        assessedOn: new Date(Date.UTC(2026, 0, 1) + (index % 300) * 86_400_000),
      })),
    });
    await db.commitment.update({ where: { id: commitment.id }, data: { version: base + 1100 } });
    await db.dataVersion.update({ where: { scope: 'public' }, data: { version: { increment: 1 } } });
    const body = await detail(commitment.slug);
    expect(body.assessments).toHaveLength(1000);
    expect(body.assessmentsTotal).toBe(
      await db.statusUpdate.count({ where: { commitmentId: commitment.id } }),
    );
    expect(body.assessmentsTotal).toBeGreaterThan(1100);
    expect(body.assessments.some((assessment) => assessment.assessor === 'ASEAN')).toBe(false);
    expect(body.verdicts.map((verdict) => [verdict.assessor, verdict.status, verdict.assessedOn])).toEqual([
      ['INDEPENDENT', 'IN_PROGRESS', '2026-10-27'],
      ['JOINT', expect.any(String), expect.stringMatching(/^2025-/)],
      ['ASEAN', 'STALLED', '2025-11-01'],
    ]);
  });
});

describe('evidence files', () => {
  it('round trip: upload a PDF, cite it, download the same bytes', async () => {
    const bytes = pdf('Ministry of Education and Training, annual report');
    const uploaded = await upload(SLUG, { bytes, name: 'MOET report 2025.pdf', type: 'application/pdf' });
    expect(uploaded.status).toBe(200);
    const file = (await uploaded.json()) as Record<string, unknown> & { id: number };
    expect(file).toMatchObject({
      fileName: 'MOET-report-2025.pdf',
      contentType: 'application/pdf',
      byteSize: bytes.byteLength,
      sha256: sha256(bytes),
      url: `/api/evidence/${file.id}`,
    });
    const download = () =>
      downloadEvidence(new Request(`http://localhost/api/evidence/${file.id}`), {
        params: Promise.resolve({ id: String(file.id) }),
      });
    // Not public until an assessment cites it.
    expect((await download()).status).toBe(404);

    await patchOk({
      status: 'IN_PROGRESS',
      reason: 'The ministry reports the programme under way',
      assessor: 'VIET_NAM',
      assessorName: 'Ministry of Education and Training',
      assessedOn: '2026-02-01',
      evidence: [
        {
          title: 'Annual report 2025',
          publisher: 'MOET',
          publishedOn: '2026-01-20',
          quote: 'English is taught as a second language',
          fileId: file.id,
        },
      ],
    });
    const body = await detail(SLUG, { 'x-forwarded-host': 'evil.example', host: 'evil.example' });
    const cited = body.assessments.find((assessment) => assessment.assessor === 'VIET_NAM')!;
    expect(cited.evidence).toEqual([
      {
        title: 'Annual report 2025',
        publisher: 'MOET',
        publishedOn: '2026-01-20',
        url: null,
        quote: 'English is taught as a second language',
        fileUrl: `${ORIGIN}/api/evidence/${file.id}`,
        sourceUrl: null,
      },
    ]);
    expect(body.verdicts.map((verdict) => verdict.assessor)).toEqual([
      'INDEPENDENT',
      'VIET_NAM',
      'UK',
      'JOINT',
    ]);

    const response = await download();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="MOET-report-2025.pdf"');
    const downloaded = new Uint8Array(await response.arrayBuffer());
    expect(sha256(downloaded)).toBe(file.sha256);
  });

  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48]);
  const exe = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0xff, 0xff]);
  const tooLarge = new Uint8Array(10 * 1024 * 1024 + 1).fill(0x20);
  tooLarge.set(pdf('padding'));
  const badUploads: [string, { bytes: Uint8Array; name: string; type?: string } | null, number[]][] = [
    ['an empty file', { bytes: new Uint8Array(0), name: 'empty.pdf', type: 'application/pdf' }, [400]],
    ['a PNG named .pdf', { bytes: png, name: 'scan.pdf', type: 'application/pdf' }, [400]],
    ['an executable', { bytes: exe, name: 'setup.exe', type: 'application/octet-stream' }, [400]],
    ['an executable named .pdf', { bytes: exe, name: 'report.pdf', type: 'application/pdf' }, [400]],
    ['10 MB + 1 byte', { bytes: tooLarge, name: 'big.pdf', type: 'application/pdf' }, [400, 413]],
  ];
  for (const [label, parts, statuses] of badUploads) {
    it(`refuses ${label}, naming the field, and stores nothing`, async () => {
      const before = await db.evidenceFile.count();
      const response = await upload(SLUG, parts);
      expect(statuses).toContain(response.status);
      const body = (await response.json()) as { error: string; fields?: Record<string, string> };
      if (response.status === 400) expect(body.fields?.file).toEqual(expect.any(String));
      else expect(body.error).toMatch(/bytes/);
      expect(await db.evidenceFile.count()).toBe(before);
    });
  }

  it('refuses a request without a file and stores nothing', async () => {
    const before = await db.evidenceFile.count();
    const response = await upload(SLUG, null);
    expect(response.status).toBe(400);
    expect(await db.evidenceFile.count()).toBe(before);
  });

  // A client (and the editor form) puts the message next to `file`, never an internal name.
  it('names `file` when the request has no file', async () => {
    const body = (await (await upload(SLUG, null)).json()) as { fields?: Record<string, string> };
    expect(Object.keys(body.fields ?? {})).toEqual(['file']);
  });

  it('refuses an upload without credentials', async () => {
    const request = new Request(`http://localhost/api/commitments/${SLUG}/evidence`, {
      method: 'POST',
      body: (() => {
        const form = new FormData();
        form.append('file', new Blob([pdf('x') as Uint8Array<ArrayBuffer>]), 'x.pdf');
        return form;
      })(),
    });
    const before = await db.evidenceFile.count();
    expect((await uploadEvidence(request, { params: Promise.resolve({ slug: SLUG }) })).status).toBe(401);
    expect(await db.evidenceFile.count()).toBe(before);
  });
});

describe('bad assessments are refused, naming the field, and change nothing', () => {
  let foreignFileId: number;

  beforeAll(async () => {
    const response = await upload(OTHER, { bytes: pdf('trade figures'), name: 'trade.pdf' });
    expect(response.status).toBe(200);
    foreignFileId = ((await response.json()) as { id: number }).id;
  });

  const cases: [string, () => Record<string, unknown>, string][] = [
    ['assessedOn in the future', () => ({ assessedOn: daysFromToday(3) }), 'assessedOn'],
    ['assessedOn before the agreement’s date', () => ({ assessedOn: '2020-01-01' }), 'assessedOn'],
    ['assessedOn that is not a date', () => ({ assessedOn: '15/01/2026' }), 'assessedOn'],
    ['an unknown assessor', () => ({ assessor: 'MARS' }), 'assessor'],
    [
      'a javascript: evidence URL',
      () => ({ evidence: [{ title: 'Click me', url: 'javascript:alert(1)' }] }),
      'evidence.0.url',
    ],
    ['a javascript: evidenceUrl', () => ({ evidenceUrl: 'javascript:alert(1)' }), 'evidenceUrl'],
    [
      'a fileId of another commitment',
      () => ({ evidence: [{ title: 'Trade figures', fileId: foreignFileId }] }),
      'evidence.0.fileId',
    ],
  ];

  for (const [label, override, field] of cases) {
    it(`${label} → 400 on ${field}`, async () => {
      const snapshot = async () => ({
        commitment: await db.commitment.findUniqueOrThrow({ where: { slug: SLUG } }),
        assessments: await db.statusUpdate.count({ where: { commitment: { slug: SLUG } } }),
        evidence: await db.evidenceItem.count(),
      });
      const before = await snapshot();
      const response = await patch({ status: 'STALLED', reason: 'Should not be saved', ...override() });
      expect(response.status).toBe(400);
      const body = (await response.json()) as { fields: Record<string, string> };
      expect(Object.keys(body.fields)).toContain(field);
      expect(body.fields[field]!.length).toBeGreaterThan(10);
      expect(await snapshot()).toEqual(before);
    });
  }
});

describe('what the schema allows, the route accepts', () => {
  // The schema allows 10 evidence items with 5,000-character quotes (Vietnamese text is 2–3 bytes
  // a character): the body limit must leave room for them.
  it('accepts an assessment citing four long Vietnamese quotes', async () => {
    const quote = 'Việt Nam sẽ đưa tiếng Anh thành ngôn ngữ thứ hai trong trường học. '.repeat(60).trim();
    expect(quote.length).toBeLessThanOrEqual(5000);
    const response = await patch({
      status: 'IN_PROGRESS',
      reason: 'Four decrees quoted at length',
      assessor: 'VIET_NAM',
      evidence: ['one', 'two', 'three', 'four'].map((n) => ({ title: `Decree ${n}`, quote })),
    });
    expect(response.status).toBe(200);
  });
});

interface JsonSchema {
  properties: Record<string, JsonSchema>;
  items: JsonSchema;
  required?: string[];
  [keyword: string]: unknown;
}

describe('OpenAPI', () => {
  it('documents the assessments, verdicts, contested filter, PATCH body and evidence routes', async () => {
    const doc = (await openApi().json()) as {
      paths: Record<string, Record<string, { parameters?: { name: string }[]; responses: object }>>;
      components: { schemas: Record<string, JsonSchema> };
    };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/commitments/{slug}/status',
        '/api/commitments/{slug}/evidence',
        '/api/evidence/{id}',
      ]),
    );
    const schemas = doc.components.schemas;
    expect(Object.keys(schemas.CommitmentDetail!.properties!)).toEqual(
      expect.arrayContaining(['assessments', 'assessmentsTotal', 'verdicts', 'contested', 'headline']),
    );
    const assessment = schemas.CommitmentDetail!.properties!.assessments!.items;
    expect(Object.keys(assessment.properties)).toEqual(
      expect.arrayContaining([
        'assessedOn',
        'recordedAt',
        'assessor',
        'assessorName',
        'status',
        'progress',
        'value',
        'reason',
        'methodologyVersion',
        'evidence',
      ]),
    );
    expect(Object.keys(assessment.properties.evidence!.items.properties)).toEqual(
      expect.arrayContaining(['title', 'publisher', 'publishedOn', 'url', 'quote', 'fileUrl']),
    );
    for (const name of ['CommitmentSummary', 'ExportRow'])
      expect(Object.keys(schemas[name]!.properties!)).toEqual(
        expect.arrayContaining(['contested', 'headlineAssessor', 'headlineAssessedOn']),
      );
    const body = schemas.StatusUpdate!.properties!;
    expect(Object.keys(body)).toEqual(
      expect.arrayContaining([
        'assessedOn',
        'assessor',
        'assessorName',
        'evidence',
        'evidenceUrl',
        'version',
      ]),
    );
    expect(body.assessor).toMatchObject({
      default: 'INDEPENDENT',
      enum: ['INDEPENDENT', 'VIET_NAM', 'UK', 'JOINT', 'ASEAN'],
    });
    expect(body.assessedOn).toMatchObject({ format: 'date' });
    expect(Object.keys(body.evidence!.items.properties)).toEqual(
      expect.arrayContaining(['title', 'publisher', 'publishedOn', 'url', 'quote', 'fileId']),
    );
    expect(body.evidence!.items.required).toEqual(['title']);
    const upload = doc.paths['/api/commitments/{slug}/evidence']!.post!;
    expect(Object.keys(upload.responses)).toEqual(
      expect.arrayContaining(['200', '400', '401', '403', '404', '413', '415']),
    );
    expect(Object.keys(schemas.UploadedEvidenceFile!.properties!)).toEqual(
      expect.arrayContaining(['id', 'fileName', 'contentType', 'byteSize', 'sha256', 'url']),
    );
    for (const path of ['/api/commitments', '/api/export/commitments.csv', '/api/export/commitments.json'])
      expect(doc.paths[path]!.get!.parameters!.map((parameter) => parameter.name)).toContain('contested');
  });
});
