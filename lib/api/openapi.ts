// The read API's OpenAPI 3.1 description, generated from the same zod schemas the routes use.
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
} from './shapes';
import { CHARTS } from '../export/chart-names';

function schema(value: z.ZodType) {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(value, { unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  return rest;
}

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
];
const lang = {
  name: 'lang',
  in: 'query',
  schema: { type: 'string', enum: ['en', 'vi'], default: 'en' },
  description: 'Language of labels in the file',
};
const sort = { name: 'sort', in: 'query', schema: { type: 'string', enum: [...COMMITMENT_SORTS] } };

export function buildOpenApiDocument() {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Commitment Tracker read API',
      version: '1.0.0',
      description:
        'Public, read-only. Every response reflects one data version; the version changes whenever an editor saves a change. ' +
        'Errors are JSON objects with an `error` message (and `details` per parameter for 400).',
    },
    paths: {
      '/api/commitments': {
        get: {
          summary: 'Commitments matching the filters of the /commitments page, one page at a time',
          parameters: [
            ...filterParameters,
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
      '/api/commitments/{slug}': {
        get: {
          summary: 'One commitment with citations, milestones and history',
          parameters: [{ name: 'slug', in: 'path', required: true, schema: { type: 'string' } }],
          responses: {
            '200': { description: 'The commitment', content: json('CommitmentDetail') },
            '404': error('Unknown commitment'),
          },
        },
      },
      '/api/export/commitments.csv': {
        get: {
          summary: 'All commitments matching the filters as CSV (UTF-8 with BOM, RFC 4180)',
          parameters: [...filterParameters, sort, lang],
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
          parameters: [...filterParameters, sort, lang],
          responses: {
            '200': { description: 'Export file', content: json('ExportFile') },
            '400': error('Invalid parameter'),
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
    },
    components: {
      schemas: {
        CommitmentSummary: schema(commitmentSummarySchema),
        CommitmentList: schema(commitmentListSchema),
        CommitmentDetail: schema(commitmentDetailSchema),
        ExportRow: schema(exportRowSchema),
        ExportFile: schema(exportFileSchema),
        Error: schema(apiErrorSchema),
      },
    },
  };
}
