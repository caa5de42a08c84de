'use client';
// The status-definitions form: six statuses × English and Vietnamese, and a note per language.
// It carries the version it started from; a conflict re-opens it on the version that won.
import { useRouter } from 'next/navigation';
import { useActionState, useEffect } from 'react';
import { ConflictPanel } from '@/components/ui/conflict-table';
import { FormAlert } from '@/components/ui/form-alert';
import { FormField } from '@/components/ui/form-field';
import { publishMethodologyAction, type MethodologyFormState } from '@/lib/actions/methodology';
import type { StatusDefinitions } from '@/lib/domain/methodology';
import { STATUSES } from '@/lib/domain/status';
import { fillTemplate } from '@/lib/i18n/template';
import type { MethodologyFormValues } from '@/lib/validation/methodology';

const LANGUAGES = [
  { locale: 'en', label: 'english', lang: 'en' },
  { locale: 'vi', label: 'vietnamese', lang: 'vi' },
] as const;

export interface MethodologyFormProps {
  basedOn: number;
  initial: StatusDefinitions;
  /** Interface text (methodology.admin.*) by short name. */
  labels: Record<string, string>;
  /** Status labels by status. */
  statusLabels: Record<string, string>;
  /** Error messages by catalog key. */
  errorText: Record<string, string>;
}

function alertFor(
  state: MethodologyFormState,
  labels: Record<string, string>,
  message: (key?: string) => string | undefined,
): { tone: 'ok' | 'error'; text: string } | null {
  switch (state.kind) {
    case 'idle':
      return null;
    case 'ok':
      return { tone: 'ok', text: fillTemplate(labels.published!, { version: state.version }) };
    case 'invalid': {
      const formError = message(state.errors.form ?? state.errors.basedOn);
      return { tone: 'error', text: formError ? `${labels.fixErrors} ${formError}` : labels.fixErrors! };
    }
    case 'conflict':
      return { tone: 'error', text: fillTemplate(labels.conflictBody!, { version: state.current.version }) };
    case 'not-found':
      return { tone: 'error', text: labels.notFound! };
    default:
      return { tone: 'error', text: labels[state.kind]! };
  }
}

export function MethodologyForm({ basedOn, initial, labels, statusLabels, errorText }: MethodologyFormProps) {
  const [state, formAction, pending] = useActionState<MethodologyFormState, FormData>(
    publishMethodologyAction,
    { kind: 'idle', attempt: 0 },
  );
  const router = useRouter();
  useEffect(() => {
    if (state.kind === 'ok' || state.kind === 'conflict') router.refresh();
  }, [state, router]);

  const blank: MethodologyFormValues = { definitions: initial, noteEn: '', noteVi: '' };
  const values: MethodologyFormValues =
    state.kind === 'invalid'
      ? state.values
      : state.kind === 'conflict'
        ? { ...blank, definitions: state.current.definitions }
        : blank;
  const version =
    state.kind === 'invalid' && state.basedOn > 0
      ? state.basedOn
      : state.kind === 'conflict'
        ? state.current.version
        : state.kind === 'ok'
          ? Math.max(state.version, basedOn)
          : basedOn;
  const errors: Record<string, string | undefined> = state.kind === 'invalid' ? state.errors : {};
  const message = (key?: string) =>
    key ? (errorText[key] ?? errorText['methodology.errors.invalid']) : undefined;

  return (
    <div className="admin-content" data-testid="methodology-form">
      <FormAlert alert={alertFor(state, labels, message)} testId="methodology-form-message" />
      {state.kind === 'conflict' ? (
        <ConflictPanel
          id="mf-conflict-title"
          title={labels.conflictTitle}
          headings={{
            field: labels.field!,
            theirs: fillTemplate(labels.theirs!, { version: state.current.version }),
            yours: labels.yours!,
          }}
          rows={STATUSES.flatMap((status) =>
            LANGUAGES.filter(
              ({ locale }) =>
                state.current.definitions[status][locale] !== state.values.definitions[status][locale],
            ).map(({ locale, label }) => ({
              label: fillTemplate(labels[label]!, { status: statusLabels[status] ?? status }),
              theirs: state.current.definitions[status][locale],
              yours: state.values.definitions[status][locale] || '—',
            })),
          )}
        />
      ) : null}
      <form
        action={formAction}
        key={`${state.attempt}-${version}`}
        className="editor-form admin-content__form"
        noValidate
      >
        <input type="hidden" name="basedOn" value={version} />
        <p className="editor-form__version">{fillTemplate(labels.basedOn!, { version })}</p>
        {STATUSES.map((status) => (
          <fieldset key={status} className="methodology-form__status" data-status={status}>
            <legend>{statusLabels[status]}</legend>
            {LANGUAGES.map(({ locale, label, lang }) => {
              // The field's name is also its key in field errors.
              const name = `definitions.${status}.${locale}`;
              return (
                <FormField
                  key={locale}
                  id={`mf-${status}-${locale}`}
                  label={fillTemplate(labels[label]!, { status: statusLabels[status] ?? status })}
                  error={message(errors[name])}
                >
                  {(control) => (
                    <textarea
                      {...control}
                      name={name}
                      lang={lang}
                      rows={3}
                      maxLength={1000}
                      required
                      defaultValue={values.definitions[status][locale]}
                    />
                  )}
                </FormField>
              );
            })}
          </fieldset>
        ))}
        {(['noteEn', 'noteVi'] as const).map((name) => (
          <FormField
            key={name}
            id={`mf-${name}`}
            label={labels[name]}
            hint={labels.noteHint}
            error={message(errors[name])}
          >
            {(control) => (
              <textarea
                {...control}
                name={name}
                lang={name === 'noteEn' ? 'en' : 'vi'}
                rows={2}
                maxLength={500}
                defaultValue={values[name]}
              />
            )}
          </FormField>
        ))}
        <button type="submit" className="editor-button" disabled={pending}>
          {pending ? labels.submitting : labels.submit}
        </button>
      </form>
    </div>
  );
}
