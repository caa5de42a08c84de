'use server';
// The "take a snapshot" form's adapter: form fields → createSnapshot → back to the admin page with
// the outcome in the address (a plain POST form, so it works without JavaScript).
import { redirect } from 'next/navigation';
import { isLocale } from '../i18n/config';
import { actionContext } from '../mutations/context';
import { createSnapshot } from '../snapshots/create';
import { asFormData, formFields } from './form-fields';

export async function createSnapshotAction(submitted: FormData): Promise<void> {
  const form = asFormData(submitted);
  const fields = formFields(form, 500);
  const locale = isLocale(fields.lang) ? fields.lang : 'en';
  const result = await createSnapshot.run({ name: fields.name }, await actionContext());
  const page = `/${locale}/admin/snapshots`;
  if (result.kind === 'ok') redirect(`${page}?created=${encodeURIComponent(result.value.slug)}`);
  const error =
    result.kind === 'invalid'
      ? (Object.values(result.errors)[0] ?? 'time.snapshots.errors.invalid')
      : result.kind === 'unavailable'
        ? 'time.snapshots.errors.invalid'
        : 'time.snapshots.errors.forbidden';
  redirect(`${page}?error=${encodeURIComponent(String(error))}`);
}
