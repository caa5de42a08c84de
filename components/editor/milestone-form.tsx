'use client';
import { contentFormAlert } from '@/components/admin/content-form-alert';
import { FormAlert } from '@/components/ui/form-alert';
import { FormField } from '@/components/ui/form-field';
import { useRouter } from 'next/navigation';
import { useActionState, useEffect } from 'react';
import { saveMilestoneAction, type MilestoneFormState } from '@/lib/actions/milestones';
import type { MilestoneFormValues } from '@/lib/validation/milestone';

/** One milestone (or the "add" form): titles in both languages, due and done dates, and buttons. */
export function MilestoneForm({
  slug,
  milestoneId,
  initial,
  legend,
  status,
  labels,
  errorText,
}: {
  slug: string;
  milestoneId?: number;
  initial: MilestoneFormValues;
  legend: string;
  status?: string;
  labels: Record<string, string>;
  errorText: Record<string, string>;
}) {
  const [state, formAction, pending] = useActionState<MilestoneFormState, FormData>(saveMilestoneAction, {
    kind: 'idle',
    attempt: 0,
  });
  const router = useRouter();
  useEffect(() => {
    if (state.kind === 'ok') router.refresh();
  }, [state, router]);
  const adding = milestoneId === undefined;
  const prefix = `milestone-${milestoneId ?? 'new'}`;
  const values =
    state.kind === 'invalid'
      ? state.values
      : adding && state.kind === 'ok'
        ? { titleEn: '', titleVi: '', dueDate: '', doneDate: '' }
        : initial;
  const errors: Record<string, string | undefined> = state.kind === 'invalid' ? state.errors : {};
  const message = (key?: string) =>
    key ? (errorText[key] ?? errorText['adminContent.errors.invalid']) : undefined;
  const alert = contentFormAlert(state, labels.saved, labels);
  const field = (name: keyof MilestoneFormValues, type: 'text' | 'date', lang?: string, hint?: string) => (
    <FormField id={`${prefix}-${name}`} label={labels[name]} hint={hint} error={message(errors[name])}>
      {(control) => (
        <input
          {...control}
          name={name}
          type={type}
          lang={lang}
          maxLength={type === 'text' ? 300 : undefined}
          defaultValue={values[name]}
        />
      )}
    </FormField>
  );
  const button = (intent: string, text: string | undefined, secondary = false) => (
    <button
      type="submit"
      name="intent"
      value={intent}
      className={`editor-button editor-button--small${secondary ? ' editor-button--secondary' : ''}`}
      disabled={pending}
    >
      {text}
    </button>
  );
  return (
    <form
      action={formAction}
      key={`${state.attempt}-${JSON.stringify(initial)}`}
      className="milestone-form"
      noValidate
      data-testid={adding ? 'milestone-add' : 'milestone-row'}
    >
      <fieldset className="milestone-form__fieldset">
        <legend>
          {legend}
          {status ? <span className="milestone-form__status"> · {status}</span> : null}
        </legend>
        <input type="hidden" name="slug" value={slug} />
        {adding ? null : <input type="hidden" name="milestoneId" value={milestoneId} />}
        <FormAlert alert={alert} />
        <div className="milestone-form__grid">
          {field('titleEn', 'text', 'en')}
          {field('titleVi', 'text', 'vi')}
          {field('dueDate', 'date')}
          {field('doneDate', 'date', undefined, adding ? undefined : labels.doneHint)}
        </div>
        <div className="editor-actions">
          {adding ? (
            button('add', labels.add)
          ) : (
            <>
              {button('save', labels.save)}
              {initial.doneDate ? button('reopen', labels.reopen, true) : button('done', labels.done)}
              {button('remove', labels.remove, true)}
            </>
          )}
        </div>
      </fieldset>
    </form>
  );
}
