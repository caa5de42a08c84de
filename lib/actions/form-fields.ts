// FormData → the plain object the mutation pipeline parses. Only text fields count (a file or a
// repeated name from a hand-made request is ignored), each cut to a sane length.
import type { RawInput } from '../mutations/define-mutation';

export function formFields(form: FormData, max = 20_000): RawInput {
  const fields: RawInput = {};
  for (const [name, value] of form.entries()) {
    if (typeof value === 'string' && !(name in fields) && !name.startsWith('$ACTION')) {
      fields[name] = value.slice(0, max);
    }
  }
  return fields;
}

/** Each form counts its submissions, so React renders a fresh state even when it is unchanged. */
export function nextAttempt(previous: { attempt: number } | undefined): number {
  return (previous?.attempt ?? 0) + 1;
}

type RefusalKind = 'unauthenticated' | 'forbidden' | 'not-found' | 'throttled';

/**
 * How a form shows a refusal. A form has no place for "slow down": an address throttled for its
 * many refused attempts is simply refused (the JSON API answers 429 with Retry-After).
 */
export function formRefusal(kind: RefusalKind): Exclude<RefusalKind, 'throttled'> {
  return kind === 'throttled' ? 'forbidden' : kind;
}

/**
 * Actions are public POST endpoints: a hand-made call can pass anything as "the form". Anything
 * but FormData is read as an empty form, so it is refused or found invalid like any other — never a
 * TypeError (a 500).
 */
export function asFormData(value: unknown): FormData {
  return value instanceof FormData ? value : new FormData();
}
