// The commitment list's filters as they appear in a URL (?agreement=…&status=in-progress&…).
// Shared by the /commitments page, the API and the CSV export: one parser, one meaning.
import { z } from 'zod';
import { STATUSES, statusFromParam, statusToParam, type Status } from '../domain/status';
import type { ResponsibleParty } from '../generated/prisma/enums';
import type { Locale } from '../i18n/config';
import { createTranslator, type MessageKey } from '../i18n/messages';
import { parseTimeParams } from '../time/as-of';

export const RESPONSIBLE_PARTIES = [
  'VIET_NAM',
  'UK',
  'BOTH',
  'ASEAN',
  'ASEAN_UK',
] as const satisfies readonly ResponsibleParty[];

export const COMMITMENT_SORTS = ['default', 'deadline', 'updated', 'status'] as const;
export type CommitmentSort = (typeof COMMITMENT_SORTS)[number];

export const COMMITMENTS_PAGE_SIZE = 25;

export interface CommitmentFilters {
  agreement?: string;
  pillar?: string;
  statuses: Status[];
  parties: ResponsibleParty[];
  /** Inclusive deadline range, ISO dates. */
  deadlineFrom?: string;
  deadlineTo?: string;
  q?: string;
  /** true: only commitments whose assessors' current verdicts disagree; false: only the others. */
  contested?: boolean;
  sort: CommitmentSort;
  page: number;
  /** The view's day in the past (lib/time/as-of.ts); absent: now. */
  asOf?: string;
  /** A snapshot's slug: what was recorded when it was taken. */
  snapshot?: string;
}

function issueMessage(t: ReturnType<typeof createTranslator>, issue: z.core.$ZodIssue): string {
  if (!issue.message.startsWith('filters.errors.')) return t('filters.errors.invalid');
  const values: Record<string, string | number> = {
    max: 'maximum' in issue ? Number(issue.maximum) : '',
    values: COMMITMENT_SORTS.join(', '),
    ...('params' in issue && issue.params ? (issue.params as Record<string, string>) : {}),
  };
  return t(issue.message as MessageKey, values);
}

/** Filters that only narrow to an agreement / pillar (the dashboard pages' scope). */
export function scopeFilters(scope: {
  agreement?: string;
  pillar?: string;
  asOf?: string;
  snapshot?: string;
}): CommitmentFilters {
  return { statuses: [], parties: [], sort: 'default', page: 1, ...scope };
}

export type SearchParamsInput =
  URLSearchParams | Record<string, string | string[] | undefined> | undefined | null;

export type FilterError = { param: string; message: string };
export type ParsedFilters =
  { ok: true; filters: CommitmentFilters } | { ok: false; errors: FilterError[]; filters: CommitmentFilters };

export function partyToParam(party: ResponsibleParty): string {
  return party.toLowerCase().replace(/_/g, '-');
}

function partyFromParam(value: string): ResponsibleParty | undefined {
  const candidate = value.toUpperCase().replace(/-/g, '_');
  return (RESPONSIBLE_PARTIES as readonly string[]).includes(candidate)
    ? (candidate as ResponsibleParty)
    : undefined;
}

const slug = z
  .string()
  .trim()
  .max(120)
  .regex(/^[a-z0-9-]+$/, 'filters.errors.slug');
// Postgres has no year 0 (a 500 before this check) and nothing here is due before 1900, so dates
// outside 1900–9999 are refused as input errors rather than sent to the database.
const EARLIEST_YEAR = 1900;
const isRealDate = (value: string) => {
  const time = Date.parse(`${value}T00:00:00Z`);
  // Round-tripping rejects dates JavaScript silently rolls over (2025-02-30 → 2025-03-02).
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
};
const isoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'filters.errors.dateFormat')
  .refine((value) => Number(value.slice(0, 4)) >= EARLIEST_YEAR, {
    message: 'filters.errors.dateRange',
    abort: true,
  })
  .refine(isRealDate, 'filters.errors.dateReal');
// Issue messages are catalog keys (with `params` for their placeholders), translated by the parser.
const listOf = <T extends string>(unknownKey: MessageKey, parse: (value: string) => T | undefined) =>
  z.array(z.string()).transform((values, ctx) => {
    const parsed: T[] = [];
    for (const raw of values.flatMap((value) => value.split(','))) {
      const value = raw.trim();
      if (!value) continue;
      const item = parse(value);
      if (!item) ctx.addIssue({ code: 'custom', message: unknownKey, params: { value: value.slice(0, 40) } });
      else if (!parsed.includes(item)) parsed.push(item);
    }
    return parsed;
  });

// `contested=1` / `contested=0`; `true`, `false` and a bare checkbox's `on` are read the same way.
const CONTESTED_VALUES: Record<string, boolean> = {
  '1': true,
  true: true,
  on: true,
  '0': false,
  false: false,
};
const contested = z
  .string()
  .trim()
  .toLowerCase()
  .refine((value) => Object.hasOwn(CONTESTED_VALUES, value), 'filters.errors.contested')
  .transform((value) => CONTESTED_VALUES[value]!);

const schema = z.object({
  agreement: slug.optional(),
  pillar: slug.optional(),
  status: listOf('filters.errors.unknownStatus', statusFromParam),
  party: listOf('filters.errors.unknownParty', partyFromParam),
  from: isoDate.optional(),
  to: isoDate.optional(),
  q: z.string().trim().max(200, 'filters.errors.tooLong').optional(),
  contested: contested.optional(),
  sort: z.enum(COMMITMENT_SORTS, 'filters.errors.sort').optional(),
  page: z.coerce
    .number('filters.errors.wholeNumber')
    .int('filters.errors.wholeNumber')
    .min(1, 'filters.errors.atLeastOne')
    .max(10_000, 'filters.errors.tooLarge')
    .optional(),
});

function toRecord(input: SearchParamsInput): Record<string, string[]> {
  const record: Record<string, string[]> = {};
  if (!input) return record;
  const entries: [string, string][] =
    input instanceof URLSearchParams
      ? [...input.entries()]
      : Object.entries(input).flatMap(([key, value]) =>
          value === undefined
            ? []
            : (Array.isArray(value) ? value : [value]).map((v) => [key, v] as [string, string]),
        );
  for (const [key, value] of entries) (record[key] ??= []).push(value);
  return record;
}

const DEFAULTS: CommitmentFilters = { statuses: [], parties: [], sort: 'default', page: 1 };

/**
 * Parses URL search params into filters. Empty values mean "no filter". On invalid input it returns
 * every error (for a 400 or a visible notice) plus the filters that did parse.
 */
export function parseCommitmentFilters(
  searchParams: SearchParamsInput,
  locale: Locale = 'en',
): ParsedFilters {
  const t = createTranslator(locale);
  const record = toRecord(searchParams);
  const single = (key: string) => {
    const value = record[key]?.[0]?.trim();
    return value ? value : undefined;
  };
  const raw = {
    agreement: single('agreement'),
    pillar: single('pillar'),
    status: record.status ?? [],
    party: record.party ?? [],
    from: single('from'),
    to: single('to'),
    q: single('q'),
    contested: single('contested'),
    sort: single('sort'),
    page: single('page'),
  };
  const errors: FilterError[] = [];
  const filters: CommitmentFilters = { ...DEFAULTS, statuses: [], parties: [] };
  const shape = schema.shape;
  const take = <K extends keyof typeof shape>(key: K): z.output<(typeof shape)[K]> | undefined => {
    const result = shape[key].safeParse(raw[key]);
    if (result.success) return result.data as z.output<(typeof shape)[K]>;
    for (const issue of result.error.issues) errors.push({ param: key, message: issueMessage(t, issue) });
    return undefined;
  };
  filters.agreement = take('agreement');
  filters.pillar = take('pillar');
  filters.statuses = take('status') ?? [];
  filters.parties = take('party') ?? [];
  filters.deadlineFrom = take('from');
  filters.deadlineTo = take('to');
  filters.q = take('q') || undefined;
  const onlyContested = take('contested');
  if (onlyContested !== undefined) filters.contested = onlyContested;
  filters.sort = take('sort') ?? 'default';
  filters.page = take('page') ?? 1;
  if (filters.deadlineFrom && filters.deadlineTo && filters.deadlineFrom > filters.deadlineTo) {
    errors.push({ param: 'to', message: t('filters.errors.rangeOrder') });
    filters.deadlineTo = undefined;
  }
  const time = parseTimeParams({ asOf: single('asOf'), snapshot: single('snapshot') });
  for (const error of time.errors)
    errors.push({ param: error.param, message: t(error.messageKey as MessageKey) });
  if (time.time.asOf) filters.asOf = time.time.asOf;
  if (time.time.snapshot) filters.snapshot = time.time.snapshot;
  // Keep statuses in display order so equal filters give equal cache keys and URLs.
  filters.statuses = STATUSES.filter((status) => filters.statuses.includes(status));
  filters.parties = RESPONSIBLE_PARTIES.filter((party) => filters.parties.includes(party));
  return errors.length > 0 ? { ok: false, errors, filters } : { ok: true, filters };
}

/** The URL query for filters (page 1 and default sort omitted), so every view can be linked. */
export function commitmentFiltersToSearchParams(filters: Partial<CommitmentFilters>): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.agreement) params.set('agreement', filters.agreement);
  if (filters.pillar) params.set('pillar', filters.pillar);
  for (const status of filters.statuses ?? []) params.append('status', statusToParam(status));
  for (const party of filters.parties ?? []) params.append('party', partyToParam(party));
  if (filters.deadlineFrom) params.set('from', filters.deadlineFrom);
  if (filters.deadlineTo) params.set('to', filters.deadlineTo);
  if (filters.q) params.set('q', filters.q);
  if (filters.contested !== undefined) params.set('contested', filters.contested ? '1' : '0');
  if (filters.sort && filters.sort !== 'default') params.set('sort', filters.sort);
  if (filters.page && filters.page > 1) params.set('page', String(filters.page));
  if (filters.snapshot) params.set('snapshot', filters.snapshot);
  else if (filters.asOf) params.set('asOf', filters.asOf);
  return params;
}

/** True when any filter (not sort or page) is set. */
export function hasActiveFilters(filters: CommitmentFilters): boolean {
  return Boolean(
    filters.agreement ||
    filters.pillar ||
    filters.statuses.length ||
    filters.parties.length ||
    filters.deadlineFrom ||
    filters.deadlineTo ||
    filters.q ||
    filters.contested !== undefined,
  );
}
