'use client';
import { FormField } from '@/components/ui/form-field';
import type { Locale } from '@/lib/i18n/config';
import type { CommitmentField, CommitmentFormValues } from '@/lib/validation/commitment';

export interface Option {
  value: string;
  label: string;
}

export interface CommitmentFieldOptions {
  agreements: { value: string; label: string; pillars: Option[] }[];
  parties: Option[];
  kinds: Option[];
}

interface InputOptions {
  type?: string;
  lang?: Locale;
  hint?: string;
  inputMode?: 'decimal';
  maxLength?: number;
}

/** The commitment form's fieldsets: classification, English, Vietnamese, target and deadline. */
export function CommitmentFields({
  mode,
  values,
  errorOf,
  labels,
  options,
}: {
  mode: 'create' | 'edit';
  values: CommitmentFormValues;
  errorOf: (name: CommitmentField) => string | undefined;
  labels: Record<string, string>;
  options: CommitmentFieldOptions;
}) {
  const field = (
    name: CommitmentField,
    hint: string | undefined,
    control: (props: object) => React.ReactNode,
  ) => (
    <FormField id={`cf-${name}`} label={labels[name]} hint={hint} error={errorOf(name)}>
      {(wiring) => control({ ...wiring, name, defaultValue: values[name] })}
    </FormField>
  );
  const input = (name: CommitmentField, { type = 'text', hint, ...rest }: InputOptions = {}) =>
    field(name, hint, (props) => <input {...props} type={type} {...rest} />);
  const textarea = (name: CommitmentField, lang: Locale) =>
    field(name, undefined, (props) => <textarea {...props} lang={lang} rows={4} maxLength={5000} />);
  const select = (name: CommitmentField, children: React.ReactNode, hint?: string) =>
    field(name, hint, (props) => <select {...props}>{children}</select>);
  const optionList = (list: Option[]) =>
    list.map((option) => (
      <option key={option.value} value={option.value}>
        {option.label}
      </option>
    ));

  return (
    <>
      <fieldset className="admin-content__fieldset">
        <legend>{labels.classification}</legend>
        {mode === 'create' ? input('slug', { hint: labels.slugHint, maxLength: 120 }) : null}
        {select('agreementId', optionList(options.agreements))}
        {select(
          'pillarId',
          <>
            <option value="">{labels.noPillar}</option>
            {options.agreements.map((agreement) =>
              agreement.pillars.length > 0 ? (
                <optgroup key={agreement.value} label={agreement.label}>
                  {optionList(agreement.pillars)}
                </optgroup>
              ) : null,
            )}
          </>,
          labels.pillarHint,
        )}
        {select('responsibleParty', optionList(options.parties))}
        {select('kind', optionList(options.kinds))}
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
    </>
  );
}
