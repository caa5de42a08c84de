// `asOf` / `snapshot` on read routes that take no other filters: the time, or a 400 naming the
// parameter (the same words as the filter parser gives).
import { createTranslator, type MessageKey } from '../i18n/messages';
import { jsonError } from '../export/http';
import { parseTimeParams, type TimeParams } from '../time/as-of';

export function readTimeParams(
  params: URLSearchParams,
): { ok: true; time: TimeParams } | { ok: false; response: Response } {
  const { time, errors } = parseTimeParams({ asOf: params.get('asOf'), snapshot: params.get('snapshot') });
  if (errors.length === 0) return { ok: true, time };
  const t = createTranslator(params.get('lang') === 'vi' ? 'vi' : 'en');
  const details = errors.map((error) => ({ param: error.param, message: t(error.messageKey as MessageKey) }));
  const [first] = details;
  return {
    ok: false,
    response: jsonError(
      400,
      t('export.api.badParameter', { param: first!.param, message: first!.message }),
      details,
    ),
  };
}
