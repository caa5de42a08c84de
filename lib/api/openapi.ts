// The API's OpenAPI 3.1 description, generated from the same zod schemas the routes use (the
// responses from lib/api/shapes.ts, the status update's body from lib/validation/status-update.ts).
import { z } from 'zod';
import { STATUSES, statusToParam } from '../domain/status';
import { partyToParam, RESPONSIBLE_PARTIES, COMMITMENT_SORTS } from '../validation/commitment-filters';
import {
  apiErrorSchema,
  commitmentDetailSchema,
  commitmentListSchema,
  commitmentSummarySchema,
  exportFileSchema,
  exportRowSchema,
  changesSchema,
} from './shapes';
import { searchResponseSchema } from './search-shape';
import { SEARCH_MAX_LENGTH, SEARCH_MAX_PAGE, SEARCH_MAX_TERMS } from '../search/query';
import { CHARTS } from '../export/chart-names';
import { EVIDENCE_FILE_MAX_BYTES, EVIDENCE_TYPES } from '../evidence/file-type';
import { statusUpdateSchema } from '../validation/status-update';

function schema(value: z.ZodType, io: 'input' | 'output' = 'output') {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(value, { io, unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  return rest;
}

type JsonSchema = Record<string, unknown> & { properties?: Record<string, JsonSchema>; items?: JsonSchema };

/** Adds to a generated property what the zod refinements check but JSON Schema cannot carry. */
function annotate(target: JsonSchema | undefined, notes: Record<string, Record<string, unknown>>) {
  for (const [name, note] of Object.entries(notes)) {
    const property = target?.properties?.[name];
    if (property) Object.assign(property, note);
  }
}

const DAY = { pattern: '^\\d{4}-\\d{2}-\\d{2}$' };
const HTTP_URL = 'Link to the document; http or https only';

/** The PATCH body, as the schema the route validates with reads it (input side: before defaults). */
function statusUpdateBody(): JsonSchema {
  const body = schema(statusUpdateSchema, 'input') as JsonSchema;
  annotate(body, {
    status: { description: 'The status this assessor gives the commitment' },
    progress: { description: 'Per cent of the commitment done; omitted: this assessor’s previous figure' },
    value: {
      description:
        'Latest value of a numeric target, in the commitment’s unit (numeric commitments only); omitted: this assessor’s previous value',
    },
    reason: { description: 'Why: plain text, no markup' },
    evidenceUrl: {
      description: `Shorthand for one evidence item that is just this link (${HTTP_URL})`,
      format: 'uri',
    },
    assessedOn: {
      ...DAY,
      format: 'date',
      description:
        'The day the verdict describes (YYYY-MM-DD); default today. Not after today, not before the agreement’s date',
    },
    assessor: {
      description:
        'Whose verdict: INDEPENDENT (this tracker’s editors), VIET_NAM or UK (that government’s own account), JOINT (a joint body or joint statement of the parties), ASEAN',
    },
    assessorName: { description: 'The assessing body, e.g. “Ministry of Education and Training”' },
    evidence: { description: 'The documents behind the verdict' },
    version: {
      description:
        'The commitment’s version you last read (GET /api/commitments/{slug}); a stale one answers 409',
    },
  });
  annotate(body.properties?.evidence?.items, {
    title: { description: 'The document’s title' },
    publishedOn: { ...DAY, format: 'date', description: 'The document’s date (YYYY-MM-DD), not after today' },
    url: { description: HTTP_URL, format: 'uri' },
    quote: { description: 'Verbatim words from the document' },
    fileId: {
      description: 'Id of a file uploaded for this same commitment (POST /api/commitments/{slug}/evidence)',
    },
  });
  return body;
}

const uploadedFile = z.object({
  id: z.number().int().describe('Use as `fileId` in an assessment’s evidence'),
  fileName: z.string().describe('Cleaned file name, with the extension of the detected type'),
  contentType: z
    .enum(Object.values(EVIDENCE_TYPES).map((type) => type.mime) as [string, ...string[]])
    .describe('Detected from the bytes, not from the name or the declared type'),
  byteSize: z.number().int(),
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .describe('Hex SHA-256 of the stored bytes'),
  url: z.string().describe('Path it is downloaded from once an assessment cites it'),
});

const fieldErrors = z.object({
  error: z.string(),
  fields: z
    .record(z.string(), z.string())
    .describe('Message per invalid field, e.g. `assessedOn`, `assessor`, `evidence.0.url`, `file`'),
});

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: string) => ({ 'application/json': { schema: ref(name) } });
const error = (description: string) => ({ description, content: json('Error') });

const filterParameters = [
  { name: 'agreement', in: 'query', schema: { type: 'string' }, description: 'Agreement id (slug)' },
  { name: 'pillar', in: 'query', schema: { type: 'string' }, description: 'Pillar id (slug)' },
  {
    name: 'status',
    in: 'query',
    schema: { type: 'array', items: { type: 'string', enum: STATUSES.map(statusToParam) } },
    style: 'form',
    explode: true,
    description: 'Repeat or comma-separate for several',
  },
  {
    name: 'party',
    in: 'query',
    schema: { type: 'array', items: { type: 'string', enum: RESPONSIBLE_PARTIES.map(partyToParam) } },
    style: 'form',
    explode: true,
  },
  {
    name: 'from',
    in: 'query',
    schema: { type: 'string', format: 'date' },
    description: 'Deadline on or after',
  },
  {
    name: 'to',
    in: 'query',
    schema: { type: 'string', format: 'date' },
    description: 'Deadline on or before',
  },
  {
    name: 'q',
    in: 'query',
    schema: { type: 'string', maxLength: 200 },
    description: 'Words in title or description',
  },
  {
    name: 'contested',
    in: 'query',
    schema: { type: 'string', enum: ['1', '0'] },
    description:
      '1: only commitments whose assessors’ current verdicts disagree; 0: only the others (absent: both)',
  },
];
/** A past point: every read route, export and chart takes one (lib/time/as-of.ts). */
const timeParameters = [
  {
    name: 'asOf',
    in: 'query',
    schema: { type: 'string', format: 'date' },
    description:
      'Show the verdicts valid on this day, as now known (2000-01-01 to today; agreements dated later are left out)',
  },
  {
    name: 'snapshot',
    in: 'query',
    schema: { type: 'string' },
    description:
      'Show a snapshot exactly as recorded when it was taken (unknown snapshot: 404; not with asOf). Files of a snapshot are byte-identical whenever downloaded',
  },
];
const changePoint = (name: 'from' | 'to', required: boolean) => ({
  name,
  in: 'query',
  required,
  schema: { type: 'string' },
  description: `A day YYYY-MM-DD or a snapshot’s id${name === 'to' ? ' (default: today)' : ''}`,
});
const slugParameter = { name: 'slug', in: 'path', required: true, schema: { type: 'string' } };
const bearer = [{ bearerToken: [] }, { sessionCookie: [] }];
const writeErrors = {
  '401': error('No valid session or API token'),
  '403': error('The account may not update statuses, or a cross-site request'),
  '404': error('Unknown or archived commitment'),
  '413': error('Body too large'),
  '415': error('Wrong content type'),
  '503': error('Database busy; nothing was saved, retry'),
};
const lang = {
  name: 'lang',
  in: 'query',
  schema: { type: 'string', enum: ['en', 'vi'], default: 'en' },
  description: 'Language of labels in the file',
};
const sort = { name: 'sort', in: 'query', schema: { type: 'string', enum: [...COMMITMENT_SORTS] } };

/** The public read API: the list and one commitment with its assessments. */
function readPaths() {
  return {
    '/api/search': {
      get: {
        summary:
          'Search commitments (titles, descriptions, quotes, assessment reasons), then sources, agreements and pillars',
        description:
          'Full-text search in English and Vietnamese: accents are optional (“tieng anh” finds “tiếng Anh”), every word must match, ' +
          'each as the start of a word (“jet” finds “JETP”; single letters match whole words only), and hyphens count as spaces (“net zero” finds “net-zero”). ' +
          'Commitments are ranked and paged; the best 10 sources, agreements and pillars come with every page. ' +
          'Matched words are marked in plain-text segments, never in HTML.',
        parameters: [
          {
            name: 'q',
            in: 'query',
            required: true,
            schema: { type: 'string', minLength: 1, maxLength: SEARCH_MAX_LENGTH },
            description: `The words to find: at most ${SEARCH_MAX_LENGTH} characters and ${SEARCH_MAX_TERMS} words, no control characters (tabs and line breaks count as spaces)`,
          },
          {
            name: 'page',
            in: 'query',
            schema: { type: 'integer', minimum: 1, maximum: SEARCH_MAX_PAGE, default: 1 },
            description: 'Page of commitments (20 a page)',
          },
          {
            name: 'lang',
            in: 'query',
            schema: { type: 'string', enum: ['en', 'vi'], default: 'en' },
            description: 'Language of titles, links and error messages',
          },
        ],
        responses: {
          '200': { description: 'What matched, best first', content: json('SearchResults') },
          '400': error('Empty, too long, control characters, no words, too many words, or a bad page/lang'),
        },
      },
    },
    '/api/commitments': {
      get: {
        summary: 'Commitments matching the filters of the /commitments page, one page at a time',
        parameters: [
          ...filterParameters,
          ...timeParameters,
          sort,
          { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1, default: 1 } },
          {
            name: 'pageSize',
            in: 'query',
            schema: { type: 'integer', minimum: 1, maximum: 100, default: 25 },
          },
        ],
        responses: {
          '200': { description: 'A page of commitments', content: json('CommitmentList') },
          '400': error('Invalid parameter'),
        },
      },
    },
    '/api/changes': {
      get: {
        summary:
          'What changed between two points (days or snapshots): commitments whose headline status, progress or value differs, newly contested ones, deadlines passed, with the assessments in between',
        parameters: [
          changePoint('from', true),
          changePoint('to', false),
          { name: 'agreement', in: 'query', schema: { type: 'string' }, description: 'Agreement id (slug)' },
        ],
        responses: {
          '200': { description: 'Changes with summary counts', content: json('Changes') },
          '400': error('Invalid from/to, from after to, or unknown agreement'),
          '404': error('Unknown snapshot'),
        },
      },
    },
    '/api/commitments/{slug}': {
      get: {
        summary:
          'One commitment with citations, milestones, history, assessments and each assessor’s current verdict',
        parameters: [slugParameter, ...timeParameters],
        responses: {
          '200': { description: 'The commitment', content: json('CommitmentDetail') },
          '400': error('Invalid asOf or snapshot'),
          '404': error('Unknown commitment or snapshot, or not yet existing at asOf'),
        },
      },
    },
  };
}

/** Writes (an editor’s token or session): assessments and evidence files, and reading a cited file. */
function writePaths() {
  return {
    '/api/commitments/{slug}/status': {
      patch: {
        summary: 'Record an assessment: one assessor’s verdict as of a day, with its reason and evidence',
        security: bearer,
        parameters: [slugParameter],
        requestBody: { required: true, content: json('StatusUpdate') },
        responses: {
          '200': {
            description: 'Saved; the commitment’s new version and state',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: { version: { type: 'integer' }, commitment: { type: 'object' } },
                },
              },
            },
          },
          '400': {
            description: 'Invalid field(s), nothing saved',
            content: json('FieldErrors'),
          },
          '409': error('Stale version: `current` holds the commitment as it now is'),
          ...writeErrors,
        },
      },
    },
    '/api/commitments/{slug}/evidence': {
      post: {
        summary: `Upload one evidence file (PDF, PNG, JPEG, DOCX or plain text; at most ${EVIDENCE_FILE_MAX_BYTES / 1024 / 1024} MB) for an assessment to cite by id`,
        security: bearer,
        parameters: [slugParameter],
        requestBody: {
          required: true,
          content: {
            'multipart/form-data': {
              schema: {
                type: 'object',
                required: ['file'],
                properties: { file: { type: 'string', format: 'binary' } },
              },
            },
          },
        },
        responses: {
          '200': { description: 'Stored', content: json('UploadedEvidenceFile') },
          '400': {
            description:
              'Empty, too large, of a type not accepted, or not what its name claims (field `file`)',
            content: json('FieldErrors'),
          },
          ...writeErrors,
          '413': error(`Body larger than the ${EVIDENCE_FILE_MAX_BYTES / 1024 / 1024} MB limit`),
          '415': error('Not multipart/form-data'),
        },
      },
    },
    '/api/evidence/{id}': {
      get: {
        summary: 'An evidence file that an assessment cites, as an attachment',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }],
        responses: {
          '200': {
            description: 'The stored bytes; ETag is their sha256',
            content: Object.fromEntries(
              Object.values(EVIDENCE_TYPES).map((type) => [
                type.mime,
                { schema: { type: 'string', format: 'binary' } },
              ]),
            ),
          },
          '404': error('No such file, or not cited by any assessment of a public commitment'),
        },
      },
    },
  };
}

/** Files for report writers: the exports and the chart images. */
function exportPaths() {
  return {
    '/api/export/commitments.csv': {
      get: {
        summary: 'All commitments matching the filters as CSV (UTF-8 with BOM, RFC 4180)',
        parameters: [...filterParameters, ...timeParameters, sort, lang],
        responses: {
          '200': {
            description: 'CSV file, one row per commitment',
            content: { 'text/csv': { schema: { type: 'string' } } },
          },
          '400': error('Invalid parameter'),
        },
      },
    },
    '/api/export/commitments.json': {
      get: {
        summary: 'All commitments matching the filters as JSON, with the same columns as the CSV',
        parameters: [...filterParameters, ...timeParameters, sort, lang],
        responses: {
          '200': { description: 'Export file', content: json('ExportFile') },
          '400': error('Invalid parameter'),
        },
      },
    },
    '/api/export/changes.csv': {
      get: {
        summary:
          'What changed between two points as CSV (one row per commitment, assessments in between in one cell)',
        parameters: [changePoint('from', true), changePoint('to', false), lang],
        responses: {
          '200': { description: 'CSV file', content: { 'text/csv': { schema: { type: 'string' } } } },
          '400': error('Invalid from/to, or from after to'),
          '404': error('Unknown snapshot'),
        },
      },
    },
    '/api/export/changes.json': {
      get: {
        summary: 'What changed between two points, as a JSON file (the same as /api/changes)',
        parameters: [changePoint('from', true), changePoint('to', false)],
        responses: {
          '200': { description: 'Changes', content: json('Changes') },
          '400': error('Invalid from/to, or from after to'),
          '404': error('Unknown snapshot'),
        },
      },
    },
    '/api/charts': {
      get: {
        summary: 'The charts available as images',
        responses: { '200': { description: 'Chart list' } },
      },
    },
    '/api/charts/{chart}.{format}': {
      get: {
        summary: 'A chart as SVG, PNG (2×) or CSV of its data, with title, filters, source and as-of stamp',
        parameters: [
          { name: 'chart', in: 'path', required: true, schema: { type: 'string', enum: [...CHARTS] } },
          {
            name: 'format',
            in: 'path',
            required: true,
            schema: { type: 'string', enum: ['svg', 'png', 'csv'] },
          },
          ...filterParameters,
          ...timeParameters,
          lang,
          {
            name: 'commitment',
            in: 'query',
            schema: { type: 'string' },
            description: 'Required for the progress chart',
          },
          {
            name: 'download',
            in: 'query',
            schema: { type: 'string', enum: ['1'] },
            description: 'Send as attachment',
          },
        ],
        responses: {
          '200': {
            description: 'The chart; ETag changes with parameters and data version',
            content: { 'image/svg+xml': {}, 'image/png': {}, 'text/csv': {} },
          },
          '304': { description: 'Not modified (If-None-Match)' },
          '400': error('Invalid parameter'),
          '404': error('Unknown chart or commitment'),
        },
      },
    },
  };
}

export function buildOpenApiDocument() {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Commitment Tracker API',
      version: '1.1.0',
      description:
        'Reads are public. Every response reflects one data version; the version changes whenever an editor saves a change. ' +
        'Each status change is an assessment: whose verdict (assessor), as of which day (assessedOn), on what evidence. ' +
        'A commitment’s headline status is the independent verdict where there is one, else the most recent verdict of any assessor; ' +
        'it is contested when the assessors’ current verdicts differ. ' +
        'Writes (PATCH status, POST evidence) need an editor’s API token (Authorization: Bearer …) or session. ' +
        'Errors are JSON objects with an `error` message (and `details` per parameter, or `fields` per body field, for 400).',
    },
    paths: { ...readPaths(), ...writePaths(), ...exportPaths() },
    components: {
      securitySchemes: {
        bearerToken: {
          type: 'http',
          scheme: 'bearer',
          description: 'An editor’s API token (`npm run users -- token --email …`)',
        },
        sessionCookie: {
          type: 'apiKey',
          in: 'cookie',
          name: 'next-auth.session-token',
          description:
            'A signed-in browser’s session (`__Secure-` prefixed over https); cross-site requests are refused',
        },
      },
      schemas: {
        CommitmentSummary: schema(commitmentSummarySchema),
        CommitmentList: schema(commitmentListSchema),
        SearchResults: schema(searchResponseSchema),
        CommitmentDetail: schema(commitmentDetailSchema),
        ExportRow: schema(exportRowSchema),
        ExportFile: schema(exportFileSchema),
        Changes: schema(changesSchema),
        Error: schema(apiErrorSchema),
        FieldErrors: schema(fieldErrors),
        StatusUpdate: statusUpdateBody(),
        UploadedEvidenceFile: schema(uploadedFile),
      },
    },
  };
}
