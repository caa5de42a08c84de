'use client';
import { FormField } from '@/components/ui/form-field';
import type { StatusFormValues } from '@/lib/actions/status-update';
import type { StatusFormLabels } from './status-form-labels';

type Option = { value: string; label: string };

/** The verdict itself: status, whose it is and as of which day, the figures, the reason. */
export function VerdictFields({
  labels,
  values,
  errorOf,
  numeric,
  statusOptions,
  assessorOptions,
  latest,
}: {
  labels: StatusFormLabels;
  values: StatusFormValues;
  errorOf: (field: string) => string | undefined;
  /** Only numeric-target commitments take a value. */
  numeric: boolean;
  statusOptions: Option[];
  assessorOptions: Option[];
  /** The latest day a verdict may describe. */
  latest: string;
}) {
  return (
    <>
      <FormField id="status-status" label={labels.status} error={errorOf('status')}>
        {(control) => (
          <select {...control} name="status" defaultValue={values.status}>
            {statusOptions.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <AssessorFields
        labels={labels}
        values={values}
        errorOf={errorOf}
        assessorOptions={assessorOptions}
        latest={latest}
      />
      <FormField
        id="status-progress"
        label={labels.progress}
        hint={labels.progressHint}
        error={errorOf('progress')}
      >
        {(control) => (
          <input
            {...control}
            name="progress"
            type="number"
            inputMode="numeric"
            min={0}
            max={100}
            step={1}
            defaultValue={values.progress}
          />
        )}
      </FormField>
      {numeric ? (
        <FormField id="status-value" label={labels.value} error={errorOf('value')}>
          {(control) => (
            <input {...control} name="value" type="text" inputMode="decimal" defaultValue={values.value} />
          )}
        </FormField>
      ) : null}
      <FormField id="status-reason" label={labels.reason} hint={labels.reasonHint} error={errorOf('reason')}>
        {(control) => (
          <textarea
            {...control}
            name="reason"
            rows={4}
            required
            maxLength={2000}
            defaultValue={values.reason}
          />
        )}
      </FormField>
      <FormField
        id="status-evidenceUrl"
        label={labels.evidenceUrl}
        hint={labels.evidenceHint}
        error={errorOf('evidenceUrl')}
      >
        {(control) => (
          <input
            {...control}
            name="evidenceUrl"
            type="url"
            inputMode="url"
            maxLength={2000}
            defaultValue={values.evidenceUrl}
          />
        )}
      </FormField>
    </>
  );
}

/** Whose verdict it is, and the day it describes. */
function AssessorFields({
  labels,
  values,
  errorOf,
  assessorOptions,
  latest,
}: {
  labels: StatusFormLabels;
  values: StatusFormValues;
  errorOf: (field: string) => string | undefined;
  assessorOptions: Option[];
  latest: string;
}) {
  return (
    <>
      <FormField
        id="status-assessor"
        label={labels.assessor}
        hint={labels.assessorHint}
        error={errorOf('assessor')}
      >
        {(control) => (
          <select {...control} name="assessor" defaultValue={values.assessor}>
            {assessorOptions.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField
        id="status-assessorName"
        label={labels.assessorName}
        hint={labels.assessorNameHint}
        error={errorOf('assessorName')}
      >
        {(control) => (
          <input {...control} name="assessorName" maxLength={200} defaultValue={values.assessorName} />
        )}
      </FormField>
      <FormField
        id="status-assessedOn"
        label={labels.assessedOn}
        hint={labels.assessedOnHint}
        error={errorOf('assessedOn')}
      >
        {(control) => (
          <input {...control} name="assessedOn" type="date" max={latest} defaultValue={values.assessedOn} />
        )}
      </FormField>
    </>
  );
}
