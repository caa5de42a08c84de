import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AuthoringForm } from '@/components/admin/authoring-form';
import {
  agreementFields,
  authoringErrorText,
  authoringLabels,
  sourceFields,
} from '@/components/admin/authoring-text';
import {
  addPillarAction,
  createSourceAction,
  editAgreementAction,
  editPillarAction,
  movePillarAction,
  setAgreementArchivedAction,
} from '@/lib/actions/authoring';
import { requirePermission } from '@/lib/auth';
import { canEditContent } from '@/lib/auth/permissions';
import { pickLocalized } from '@/lib/i18n/content';
import { localeAndTranslator } from '@/lib/i18n/server';
import { getAgreementForAdmin, listAgreementChoices } from '@/lib/queries/admin-agreements';
import { splitSentences } from '@/lib/sources/sentences';

type Props = PageProps<'/[lang]/admin/agreements/[slug]'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await localeAndTranslator(params);
  return { title: t('authoring.list.title'), robots: { index: false } };
}

const day = (date: Date) => date.toISOString().slice(0, 10);

export default async function AdminAgreementPage({ params }: Props) {
  const { locale, t } = await localeAndTranslator(params);
  const { slug } = await params;
  await requirePermission(canEditContent, locale, `/${locale}/admin/agreements/${slug}`);
  const [agreement, choices] = await Promise.all([getAgreementForAdmin(slug), listAgreementChoices()]);
  if (!agreement) notFound();
  const title = pickLocalized({ en: agreement.titleEn, vi: agreement.titleVi }, locale);
  const labels = authoringLabels(t);
  const errorText = authoringErrorText(t);
  const markedBySource = new Map(
    agreement.sources.map((source) => [
      source.slug,
      splitSentences(source.text, source.language).filter((sentence) => sentence.cue !== null).length,
    ]),
  );
  const markedTotal = [...markedBySource.values()].reduce((sum, n) => sum + n, 0);
  const agreements = choices.map((a) => ({
    id: a.id,
    title: pickLocalized({ en: a.titleEn, vi: a.titleVi }, locale).text,
  }));
  return (
    <div className="authoring">
      <h1>
        <span lang={title.lang}>{t('authoring.agreement.editTitle', { title: title.text })}</span>
      </h1>
      {agreement.archivedAt ? <p className="notice-inline">{t('authoring.agreement.archivedNote')}</p> : null}

      <section aria-labelledby="agreement-details">
        <h2 id="agreement-details">{t('authoring.agreement.details')}</h2>
        <AuthoringForm
          action={editAgreementAction}
          fields={agreementFields(t, false)}
          initial={{
            slug: agreement.slug,
            version: String(agreement.version),
            titleEn: agreement.titleEn ?? '',
            titleVi: agreement.titleVi ?? '',
            summaryEn: agreement.summaryEn ?? '',
            summaryVi: agreement.summaryVi ?? '',
            parties: agreement.parties,
            kind: agreement.kind,
            dateKind: agreement.dateKind,
            signedOn: day(agreement.signedOn),
          }}
          submit={t('authoring.agreement.save')}
          labels={labels}
          errorText={errorText}
          testId="edit-agreement"
          idPrefix="edit-agreement"
        />
        <AuthoringForm
          action={setAgreementArchivedAction}
          fields={[
            { name: 'slug', kind: 'hidden' },
            { name: 'archive', kind: 'hidden' },
          ]}
          initial={{ slug: agreement.slug, archive: agreement.archivedAt ? '0' : '1' }}
          submit={
            agreement.archivedAt ? t('authoring.agreement.unarchive') : t('authoring.agreement.archive')
          }
          labels={labels}
          errorText={errorText}
          testId="archive-agreement"
          idPrefix="archive-agreement"
          className="authoring__inline"
        />
        <p className="muted">{t('authoring.agreement.archiveHint')}</p>
      </section>

      <section aria-labelledby="agreement-pillars">
        <h2 id="agreement-pillars">{t('authoring.pillars.title')}</h2>
        {agreement.pillars.length === 0 ? <p className="muted">{t('authoring.pillars.none')}</p> : null}
        <ol className="authoring__pillars" data-testid="pillars">
          {agreement.pillars.map((pillar, index) => {
            const name = pickLocalized({ en: pillar.nameEn, vi: pillar.nameVi }, locale).text;
            const move = (direction: 'up' | 'down', label: string, disabled: boolean) => (
              <form action={movePillarAction} className="authoring__inline">
                <input type="hidden" name="agreementSlug" value={agreement.slug} />
                <input type="hidden" name="pillarId" value={pillar.id} />
                <input type="hidden" name="direction" value={direction} />
                <button
                  type="submit"
                  className="editor-button editor-button--small"
                  disabled={disabled}
                  aria-label={`${label}: ${name}`}
                >
                  {label}
                </button>
              </form>
            );
            return (
              <li key={pillar.id} data-testid="pillar" data-slug={pillar.slug}>
                <AuthoringForm
                  action={editPillarAction}
                  fields={[
                    { name: 'agreementSlug', kind: 'hidden' },
                    { name: 'pillarId', kind: 'hidden' },
                    { name: 'nameEn', kind: 'text', label: t('authoring.pillars.nameEn'), lang: 'en' },
                    { name: 'nameVi', kind: 'text', label: t('authoring.pillars.nameVi'), lang: 'vi' },
                  ]}
                  initial={{
                    agreementSlug: agreement.slug,
                    pillarId: String(pillar.id),
                    nameEn: pillar.nameEn ?? '',
                    nameVi: pillar.nameVi ?? '',
                  }}
                  submit={t('authoring.pillars.save')}
                  labels={labels}
                  errorText={errorText}
                  idPrefix={`pillar-${pillar.id}`}
                  className="editor-form authoring-form authoring-form--row"
                />
                <div
                  className="authoring__moves"
                  role="group"
                  aria-label={t('authoring.pillars.moveLabel', { name })}
                >
                  {move('up', t('authoring.pillars.up'), index === 0)}
                  {move('down', t('authoring.pillars.down'), index === agreement.pillars.length - 1)}
                </div>
              </li>
            );
          })}
        </ol>
        <h3>{t('authoring.pillars.add')}</h3>
        <AuthoringForm
          action={addPillarAction}
          fields={[
            { name: 'agreementSlug', kind: 'hidden' },
            {
              name: 'slug',
              kind: 'text',
              label: t('authoring.pillars.slug'),
              hint: t('authoring.agreement.slugHint'),
            },
            { name: 'nameEn', kind: 'text', label: t('authoring.pillars.nameEn'), lang: 'en' },
            { name: 'nameVi', kind: 'text', label: t('authoring.pillars.nameVi'), lang: 'vi' },
          ]}
          initial={{ agreementSlug: agreement.slug }}
          submit={t('authoring.pillars.add')}
          labels={labels}
          errorText={errorText}
          testId="add-pillar"
          idPrefix="add-pillar"
        />
      </section>

      <section aria-labelledby="agreement-sources">
        <h2 id="agreement-sources">{t('authoring.sources.title')}</h2>
        {agreement.sources.length === 0 ? (
          <p className="muted">{t('authoring.sources.none')}</p>
        ) : (
          <p data-testid="agreement-marked-count">
            {t('authoring.reader.markedAgreement', { count: markedTotal })}
          </p>
        )}
        <ul className="authoring__list" data-testid="agreement-sources">
          {agreement.sources.map((source) => (
            <li key={source.slug}>
              <Link href={`/${locale}/admin/sources/${source.slug}`} lang={source.language}>
                {source.title}
              </Link>{' '}
              <span className="muted">
                · {t('authoring.sources.citations', { count: source._count.citations })} ·{' '}
                {t('authoring.reader.markedShort', { count: markedBySource.get(source.slug) ?? 0 })}
              </span>
            </li>
          ))}
        </ul>
        <h3>{t('authoring.sources.newTitle')}</h3>
        <AuthoringForm
          action={createSourceAction}
          fields={sourceFields(t, { withSlug: true, agreements, language: 'en' })}
          initial={{ agreementId: String(agreement.id), language: 'en' }}
          submit={t('authoring.sources.create')}
          labels={labels}
          errorText={errorText}
          redirectTo={`/${locale}/admin/sources/{slug}`}
          testId="new-source"
          idPrefix="new-source"
        />
      </section>
    </div>
  );
}
