'use client';
// One form for the admin's agreement, pillar and source changes: fields described by the page,
// errors shown by field, and a fresh page after a save. Works without JavaScript too (a server
// action form).
import { useRouter } from 'next/navigation';
import { useActionState, useEffect } from 'react';
import { ConflictPanel } from '@/components/ui/conflict-table';
import { FormAlert } from '@/components/ui/form-alert';
import { FormField } from '@/components/ui/form-field';
import type { AuthoringFormState } from '@/lib/actions/authoring';

export interface AuthoringField {
  name: string;
  label?: string;
  hint?: string;
  kind: 'text' | 'textarea' | 'select' | 'date' | 'hidden' | 'file';
  accept?: string;
  options?: { value: string; label: string }[];
  rows?: number;
  readOnly?: boolean;
  lang?: string;
}

/** A value as its field shows it (a select's option by its label). */
const shown = (field: AuthoringField, value: string) =>
  field.options?.find((option) => option.value === value)?.label ?? value;

export function AuthoringForm({
  action,
  fields,
  initial,
  submit,
  labels,
  errorText,
  redirectTo,
  testId,
  idPrefix,
  className,
}: {
  action: (prev: AuthoringFormState, form: FormData) => Promise<AuthoringFormState>;
  fields: AuthoringField[];
  initial: Record<string, string>;
  submit: string;
  /** saved, fixErrors, unauthenticated, forbidden, notFound. */
  labels: Record<string, string>;
  /** Error messages by catalog key. */
  errorText: Record<string, string>;
  /** Where to go after a save ("{slug}" is the saved row's); the page is refreshed otherwise. */
  redirectTo?: string;
  testId?: string;
  idPrefix: string;
  className?: string;
}) {
  const router = useRouter();
  const [state, formAction, pending] = useActionState(action, { kind: 'idle', attempt: 0 });
  useEffect(() => {
    if (state.kind !== 'ok') return;
    if (redirectTo) router.push(redirectTo.replace('{slug}', state.slug ?? ''));
    else router.refresh();
  }, [state, redirectTo, router]);

  // After a conflict the form keeps what the admin typed, now carrying the saved version: saving
  // again replaces the other admin's values on purpose.
  const values =
    state.kind === 'invalid'
      ? { ...initial, ...state.values }
      : state.kind === 'conflict'
        ? { ...initial, ...state.values, version: state.current.version ?? '' }
        : initial;
  const errors = state.kind === 'invalid' ? state.errors : {};
  const message = (key?: string) =>
    key ? (errorText[key] ?? errorText['adminContent.errors.invalid']) : undefined;
  const alert =
    state.kind === 'idle'
      ? null
      : state.kind === 'ok'
        ? { tone: 'ok' as const, text: labels.saved ?? '' }
        : state.kind === 'conflict'
          ? { tone: 'error' as const, text: labels.conflict ?? '' }
          : state.kind === 'invalid'
            ? {
                tone: 'error' as const,
                text: [labels.fixErrors, message(errors.form)].filter(Boolean).join(' '),
              }
            : {
                tone: 'error' as const,
                text: labels[state.kind === 'not-found' ? 'notFound' : state.kind] ?? '',
              };

  return (
    <form action={formAction} className={className ?? 'editor-form authoring-form'} data-testid={testId}>
      <FormAlert alert={alert} testId={testId ? `${testId}-alert` : undefined} />
      {state.kind === 'conflict' ? (
        <ConflictPanel
          id={`${idPrefix}-conflict`}
          title={labels.conflictTitle}
          headings={{
            field: labels.conflictField ?? '',
            theirs: labels.conflictTheirs ?? '',
            yours: labels.conflictYours ?? '',
          }}
          rows={fields
            .filter((field) => field.label && field.name in state.current)
            .filter((field) => (state.current[field.name] ?? '') !== (state.values[field.name] ?? ''))
            .map((field) => ({
              label: field.label!,
              theirs: shown(field, state.current[field.name] ?? ''),
              yours: shown(field, state.values[field.name] ?? ''),
            }))}
        />
      ) : null}
      {/* Keyed by attempt: after a refused save the fields show what was sent. */}
      <div key={state.attempt} className="authoring-form__fields">
        {fields.map((field) => {
          const id = `${idPrefix}-${field.name}`;
          const value = values[field.name] ?? '';
          if (field.kind === 'hidden')
            return <input key={field.name} type="hidden" name={field.name} value={value} />;
          return (
            <FormField
              key={field.name}
              id={id}
              label={field.label}
              hint={field.hint}
              error={message(errors[field.name])}
              className={field.kind === 'textarea' ? 'authoring-form__wide' : undefined}
            >
              {(control) =>
                field.kind === 'select' ? (
                  <select {...control} name={field.name} defaultValue={value}>
                    {field.options?.map((option) => (
                      <option key={option.value} value={option.value}>
                        {option.label}
                      </option>
                    ))}
                  </select>
                ) : field.kind === 'textarea' ? (
                  <textarea
                    {...control}
                    name={field.name}
                    defaultValue={value}
                    rows={field.rows ?? 4}
                    readOnly={field.readOnly}
                    lang={field.lang}
                  />
                ) : field.kind === 'file' ? (
                  <input {...control} name={field.name} type="file" accept={field.accept} />
                ) : (
                  <input
                    {...control}
                    name={field.name}
                    type={field.kind === 'date' ? 'date' : 'text'}
                    defaultValue={value}
                    readOnly={field.readOnly}
                    lang={field.lang}
                  />
                )
              }
            </FormField>
          );
        })}
      </div>
      <button type="submit" className="editor-button" disabled={pending}>
        {submit}
      </button>
    </form>
  );
}
