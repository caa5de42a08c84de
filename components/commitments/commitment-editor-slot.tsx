// The commitment page's editing controls. The page renders whatever this server component returns:
// the "Update status" form and the milestone panel for signed-in editors, nothing for readers.
import { MilestoneEditor } from '@/components/editor/milestone-editor';
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
  const lang = isLocale(locale) ? locale : 'en';
  return (
    <>
      <StatusEditor slug={commitment.slug} locale={lang} />
      <MilestoneEditor slug={commitment.slug} locale={lang} />
    </>
  );
}
