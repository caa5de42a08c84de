import { contentErrorText } from '@/components/admin/content-labels';
import { getOptionalUser } from '@/lib/auth';
import { canEditMilestones } from '@/lib/auth/permissions';
import type { Locale } from '@/lib/i18n/config';
import { pickLocalized } from '@/lib/i18n/content';
import { createTranslator, type MessageKey } from '@/lib/i18n/messages';
import { getMilestonesForEditing } from '@/lib/queries/admin-commitments';
import { MilestoneForm } from './milestone-form';

const MILESTONE_LABELS = [
  'titleEn',
  'titleVi',
  'dueDate',
  'doneDate',
  'doneHint',
  'add',
  'save',
  'done',
  'reopen',
  'remove',
  'saved',
] as const;
const FORM_LABELS = ['fixErrors', 'unauthenticated', 'forbidden', 'notFound'] as const;

const day = (value: Date | null) => (value ? value.toISOString().slice(0, 10) : '');

/** The editors' milestone panel on a commitment's page; renders nothing for readers. */
export async function MilestoneEditor({ slug, locale }: { slug: string; locale: Locale }) {
  const user = await getOptionalUser();
  if (!user || !canEditMilestones.allows(user)) return null;
  const commitment = await getMilestonesForEditing(slug);
  if (!commitment) return null;
  const t = createTranslator(locale);
  const labels: Record<string, string> = {
    ...Object.fromEntries(
      MILESTONE_LABELS.map((key) => [key, t(`adminContent.milestones.${key}` as MessageKey)]),
    ),
    ...Object.fromEntries(FORM_LABELS.map((key) => [key, t(`adminContent.form.${key}` as MessageKey)])),
  };
  const errorText = contentErrorText(t);
  return (
    <section
      className="editor-panel milestone-editor"
      aria-labelledby="milestone-editor-title"
      data-testid="milestone-editor"
    >
      <h2 id="milestone-editor-title">{t('adminContent.milestones.title')}</h2>
      <p className="editor-panel__intro">{t('adminContent.milestones.intro')}</p>
      {commitment.milestones.length === 0 ? <p>{t('adminContent.milestones.empty')}</p> : null}
      {commitment.milestones.map((milestone, index) => {
        const name = pickLocalized({ en: milestone.titleEn, vi: milestone.titleVi }, locale);
        return (
          <MilestoneForm
            key={milestone.id}
            slug={commitment.slug}
            milestoneId={milestone.id}
            legend={`${t('adminContent.milestones.item', { number: index + 1 })}: ${name.text}`}
            status={
              milestone.doneDate
                ? t('adminContent.milestones.statusDone')
                : t('adminContent.milestones.statusOpen')
            }
            initial={{
              titleEn: milestone.titleEn ?? '',
              titleVi: milestone.titleVi ?? '',
              dueDate: day(milestone.dueDate),
              doneDate: day(milestone.doneDate),
            }}
            labels={labels}
            errorText={errorText}
          />
        );
      })}
      <MilestoneForm
        slug={commitment.slug}
        legend={t('adminContent.milestones.addTitle')}
        initial={{ titleEn: '', titleVi: '', dueDate: '', doneDate: '' }}
        labels={labels}
        errorText={errorText}
      />
    </section>
  );
}
