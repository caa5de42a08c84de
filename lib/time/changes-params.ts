// `from` / `to` of "what changed": each a day (YYYY-MM-DD, the same rules as `asOf`) or a snapshot's
// slug; `to` defaults to today. `from` after `to` is refused. Pure: pages, the API and exports.
import type { MessageKey } from '../i18n/messages';
import { asOfDate, snapshotSlug, todayIso, type TimeParams } from './as-of';

export interface ChangesParams {
  from: TimeParams;
  to: TimeParams;
  agreement?: string;
}

export type ParamError = { param: string; messageKey: MessageKey; values?: Record<string, string> };

function readPoint(param: 'from' | 'to', raw: string, errors: ParamError[]): TimeParams | null {
  if (/^\d/.test(raw)) {
    const result = asOfDate.safeParse(raw);
    if (result.success) return { asOf: result.data };
    errors.push({ param, messageKey: result.error.issues[0]!.message as MessageKey });
    return null;
  }
  const result = snapshotSlug.safeParse(raw);
  if (result.success) return { snapshot: result.data };
  errors.push({ param, messageKey: 'filters.errors.dateOrSnapshot' });
  return null;
}

export function parseChangesParams(raw: {
  from?: string | null;
  to?: string | null;
  agreement?: string | null;
}): { ok: true; params: ChangesParams } | { ok: false; errors: ParamError[] } {
  const errors: ParamError[] = [];
  const fromRaw = raw.from?.trim();
  const toRaw = raw.to?.trim();
  const from = fromRaw ? readPoint('from', fromRaw, errors) : null;
  if (!fromRaw) errors.push({ param: 'from', messageKey: 'filters.errors.fromRequired' });
  const to = toRaw ? readPoint('to', toRaw, errors) : { asOf: todayIso() };
  const agreement = raw.agreement?.trim() || undefined;
  if (agreement && !/^[a-z0-9-]{1,120}$/.test(agreement)) {
    errors.push({ param: 'agreement', messageKey: 'filters.errors.slug' });
  }
  // Two days can be compared here; a snapshot's day is known only once it is looked up.
  if (from?.asOf && to?.asOf && from.asOf > to.asOf) {
    errors.push({ param: 'from', messageKey: 'filters.errors.fromAfterTo' });
  }
  if (errors.length > 0 || !from || !to) return { ok: false, errors };
  return { ok: true, params: { from, to, agreement } };
}

/** One point: a day or a snapshot's slug (the briefing's `since`). */
export function parseSincePoint(
  raw: string,
): { ok: true; point: TimeParams } | { ok: false; messageKey: MessageKey } {
  const errors: ParamError[] = [];
  const point = readPoint('from', raw, errors);
  return point ? { ok: true, point } : { ok: false, messageKey: errors[0]!.messageKey };
}
