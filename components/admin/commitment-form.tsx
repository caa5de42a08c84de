'use client';
import { useRouter } from 'next/navigation';
import { useActionState, useEffect } from 'react';
import {
  createCommitmentAction,
  editCommitmentAction,
  type CommitmentFormState,
} from '@/lib/actions/commitments';
import type { Locale } from '@/lib/i18n/config';
import type { CommitmentField, CommitmentFormValues } from '@/lib/validation/commitment';

export interface Option {
  value: string;
  label: string;
}

export interface CommitmentFormProps {
  mode: 'create' | 'edit';
  locale: Locale;
  initial: CommitmentFormValues;
  version: number;
  agreements: { value: string; label: string; pillars: Option[] }[];
  parties: Option[];
  kinds: Option[];
  /** Interface text (adminContent.form.*) by short name. */
  labels: Record<string, string>;
  /** Error messages by catalog key. */
  errorText: Record<string, string>;
}

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  );
}

export function CommitmentForm(props: CommitmentFormProps) {
  const { mode, locale, initial, labels, errorText } = props;
  const [state, formAction, pending] = useActionState<CommitmentFormState, FormData>(
    mode === 'create' ? createCommitmentAction : editCommitmentAction,
    { kind: 'idle', attempt: 0 },
  );
  const router = useRouter();
  useEffect(() => {
    if (state.kind !== 'ok') return;
    if (mode === 'create') router.push(`/${locale}/admin/commitments/${state.slug}/edit?created=1`);
    else router.refresh();
  }, [state, mode, locale, router]);

  const values = state.kind === 'invalid' || state.kind === 'conflict' ? state.values : initial;
  const version =
    state.kind === 'invalid' || state.kind === 'conflict'
      ? state.version
      : state.kind === 'ok'
        ? Math.max(state.version, props.version)
        : props.version;
  const errors = state.kind === 'invalid' ? state.errors : {};
  const message = (key?: string) =>
    key ? (errorText[key] ?? errorText['adminContent.errors.invalid']) : undefined;

  const alert =
    state.kind === 'ok'
      ? {
          tone: 'ok',
          text: mode === 'create' ? labels.created : fill(labels.saved!, { version: state.version }),
        }
      : state.kind === 'invalid'
        ? {
            tone: 'error',
            text:
              (errors.form ?? errors.version)
                ? `${labels.fixErrors} ${message(errors.form ?? errors.version)}`
                : labels.fixErrors,
          }
        : state.kind === 'conflict'
          ? { tone: 'error', text: fill(labels.conflictBody!, { version: state.version }) }
          : state.kind === 'unauthenticated' || state.kind === 'forbidden' || state.kind === 'not-found'
            ? { tone: 'error', text: labels[state.kind === 'not-found' ? 'notFound' : state.kind] }
            : null;

  const describedBy = (name: CommitmentField, hint?: boolean) =>
    [hint ? `cf-${name}-hint` : '', errors[name] ? `cf-${name}-error` : ''].filter(Boolean).join(' ') ||
    undefined;
  const errorLine = (name: CommitmentField) =>
    errors[name] ? (
      <p id={`cf-${name}-error`} className="editor-field__error">
        {message(errors[name])}
      </p>
    ) : null;
  const hintLine = (name: CommitmentField, text?: string) =>
    text ? (
      <p id={`cf-${name}-hint`} className="editor-field__hint">
        {text}
      </p>
    ) : null;

  const input = (
    name: CommitmentField,
    options: { type?: string; lang?: Locale; hint?: string; inputMode?: 'decimal'; maxLength?: number } = {},
  ) => (
    <div className="editor-field">
      <label htmlFor={`cf-${name}`}>{labels[name]}</label>
      <input
        id={`cf-${name}`}
        name={name}
        type={options.type ?? 'text'}
        lang={options.lang}
        inputMode={options.inputMode}
        maxLength={options.maxLength}
        defaultValue={values[name]}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={describedBy(name, Boolean(options.hint))}
      />
      {hintLine(name, options.hint)}
      {errorLine(name)}
    </div>
  );
  const textarea = (name: CommitmentField, lang?: Locale) => (
    <div className="editor-field">
      <label htmlFor={`cf-${name}`}>{labels[name]}</label>
      <textarea
        id={`cf-${name}`}
        name={name}
        lang={lang}
        rows={4}
        maxLength={5000}
        defaultValue={values[name]}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={describedBy(name)}
      />
      {errorLine(name)}
    </div>
  );
  const select = (name: CommitmentField, children: React.ReactNode, hint?: string) => (
    <div className="editor-field">
      <label htmlFor={`cf-${name}`}>{labels[name]}</label>
      <select
        id={`cf-${name}`}
        name={name}
        defaultValue={values[name]}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={describedBy(name, Boolean(hint))}
      >
        {children}
      </select>
      {hintLine(name, hint)}
      {errorLine(name)}
    </div>
  );

  return (
    <div className="admin-content" data-testid="commitment-form">
      {alert ? (
        <p
          role={alert.tone === 'error' ? 'alert' : 'status'}
          className={`editor-alert editor-alert--${alert.tone}`}
          data-testid="commitment-form-message"
        >
          {alert.text}
        </p>
      ) : null}
      {state.kind === 'conflict' ? (
        <section
          className="editor-panel editor-conflict"
          aria-labelledby="cf-conflict-title"
          data-testid="conflict"
        >
          <h2 id="cf-conflict-title">{labels.conflictTitle}</h2>
          <table className="editor-conflict__table">
            <thead>
              <tr>
                <th scope="col">{labels.field}</th>
                <th scope="col">{labels.theirs}</th>
                <th scope="col">{labels.yours}</th>
              </tr>
            </thead>
            <tbody>
              {(Object.keys(state.current) as CommitmentField[])
                .filter((field) => field !== 'slug' && state.current[field] !== state.values[field])
                .map((field) => (
                  <tr key={field}>
                    <th scope="row">{labels[field]}</th>
                    <td>{state.current[field] || '—'}</td>
                    <td>{state.values[field] || '—'}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </section>
      ) : null}
      <form
        action={formAction}
        key={`${state.attempt}-${version}`}
        className="editor-form admin-content__form"
        noValidate
      >
        {mode === 'edit' ? (
          <>
            <input type="hidden" name="slug" value={initial.slug} />
            <input type="hidden" name="version" value={version} />
            <p className="editor-form__version">{fill(labels.openedAt!, { version })}</p>
          </>
        ) : null}
        <fieldset className="admin-content__fieldset">
          <legend>{labels.classification}</legend>
          {mode === 'create' ? input('slug', { hint: labels.slugHint, maxLength: 120 }) : null}
          {select(
            'agreementId',
            props.agreements.map((agreement) => (
              <option key={agreement.value} value={agreement.value}>
                {agreement.label}
              </option>
            )),
          )}
          {select(
            'pillarId',
            <>
              <option value="">{labels.noPillar}</option>
              {props.agreements.map((agreement) =>
                agreement.pillars.length > 0 ? (
                  <optgroup key={agreement.value} label={agreement.label}>
                    {agreement.pillars.map((pillar) => (
                      <option key={pillar.value} value={pillar.value}>
                        {pillar.label}
                      </option>
                    ))}
                  </optgroup>
                ) : null,
              )}
            </>,
            labels.pillarHint,
          )}
          {select(
            'responsibleParty',
            props.parties.map((party) => (
              <option key={party.value} value={party.value}>
                {party.label}
              </option>
            )),
          )}
          {select(
            'kind',
            props.kinds.map((kind) => (
              <option key={kind.value} value={kind.value}>
                {kind.label}
              </option>
            )),
          )}
        </fieldset>
        <fieldset className="admin-content__fieldset">
          <legend>{labels.english}</legend>
          {input('titleEn', { lang: 'en', hint: labels.titleHint, maxLength: 300 })}
          {textarea('descriptionEn', 'en')}
          {input('deadlineTextEn', { lang: 'en', maxLength: 200 })}
        </fieldset>
        <fieldset className="admin-content__fieldset">
          <legend>{labels.vietnamese}</legend>
          {input('titleVi', { lang: 'vi', maxLength: 300 })}
          {textarea('descriptionVi', 'vi')}
          {input('deadlineTextVi', { lang: 'vi', maxLength: 200 })}
        </fieldset>
        <fieldset className="admin-content__fieldset">
          <legend>{labels.metric}</legend>
          {input('deadline', { type: 'date' })}
          {input('metricUnit', { maxLength: 200 })}
          {input('baselineValue', { inputMode: 'decimal' })}
          {input('baselineDate', { type: 'date' })}
          {input('targetValue', { inputMode: 'decimal' })}
          {input('targetDate', { type: 'date' })}
        </fieldset>
        <button type="submit" className="editor-button" disabled={pending}>
          {pending ? labels.submitting : mode === 'create' ? labels.submitCreate : labels.submitEdit}
        </button>
      </form>
    </div>
  );
}
