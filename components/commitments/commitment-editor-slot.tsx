// EDITOR SLOT — owned by the auth/editor work (issue 4). The commitment page renders whatever this
// server component returns: the "Update status" form for signed-in editors, nothing for readers.
import { StatusEditor } from '@/components/editor/status-editor';
import { isLocale } from '@/lib/i18n/config';

export interface CommitmentEditorSlotProps {
  commitment: { id: number; slug: string; version: number; status: string; progress: number | null };
  locale: string;
}

export async function CommitmentEditorSlot({
  commitment,
  locale,
}: CommitmentEditorSlotProps): Promise<React.ReactNode> {
  return <StatusEditor slug={commitment.slug} locale={isLocale(locale) ? locale : 'en'} />;
}
