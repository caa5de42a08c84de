import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CitationForm } from '@/components/admin/citation-form';
import { CommitmentFormSection } from '@/components/admin/commitment-form-section';
import { citationFormLabels, contentErrorText } from '@/components/admin/content-labels';
import { removeCitationAction, setCommitmentArchivedAction } from '@/lib/actions/commitments';
import { requirePermission } from '@/lib/auth';
import { canEditContent } from '@/lib/auth/permissions';
import { localeAndTranslator } from '@/lib/i18n/server';
import { getPickedQuote } from '@/lib/queries/admin-agreements';
import { getCommitmentForEdit, listContentOptions } from '@/lib/queries/admin-commitments';

type Props = PageProps<'/[lang]/admin/commitments/[slug]/edit'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await localeAndTranslator(params);
  return { title: t('adminContent.form.editTitle'), robots: { index: false } };
}

export default async function EditCommitmentPage({ params, searchParams }: Props) {
  const { locale, t } = await localeAndTranslator(params);
  const { slug } = await params;
  await requirePermission(
    canEditContent,
    locale,
    `/${locale}/admin/commitments/${encodeURIComponent(slug)}/edit`,
  );
  const [commitment, { sources }] = await Promise.all([getCommitmentForEdit(slug), listContentOptions()]);
  if (!commitment) notFound();
  const query = await searchParams;
  const created = query.created === '1';
  // The sentence picked in the source reader before the commitment existed: offered as its quote.
  const picked = await getPickedQuote(query);
  const sourceOptions = sources.map((source) => ({
    value: String(source.id),
    label: `${source.publisher}: ${source.title}`,
  }));
  const citationLabels = citationFormLabels(t);
  const errorText = contentErrorText(t);
  const title = commitment.values.titleEn || commitment.values.titleVi;

  return (
    <section aria-labelledby="edit-commitment-title">
      <p className="admin-content__links">
        <Link href={`/${locale}/admin/commitments`}>{t('adminContent.form.backToList')}</Link>
        {commitment.archived ? null : (
          <Link href={`/${locale}/commitments/${commitment.slug}`}>{t('adminContent.form.viewPublic')}</Link>
        )}
      </p>
      <h1 id="edit-commitment-title">
        {t('adminContent.form.editTitle')}: <span>{title}</span>
      </h1>
      <p>
        <code>{commitment.slug}</code>
      </p>
      {created ? (
        <p role="status" className="editor-alert editor-alert--ok">
          {t('adminContent.form.created')}
        </p>
      ) : null}
      {commitment.archived ? (
        <p className="editor-alert editor-alert--error" data-testid="archived-notice">
          {t('adminContent.form.archivedNotice')}
        </p>
      ) : null}

      <CommitmentFormSection
        mode="edit"
        locale={locale}
        initial={commitment.values}
        version={commitment.version}
      />

      <section className="editor-panel" aria-labelledby="citations-title" data-testid="citations">
        <h2 id="citations-title">{t('adminContent.citations.title')}</h2>
        <p className="editor-panel__intro">{t('adminContent.citations.intro')}</p>
        {commitment.citations.length === 0 ? <p>{t('adminContent.citations.empty')}</p> : null}
        {commitment.citations.map((citation) => (
          <div key={citation.id} className="admin-content__citation-row">
            <CitationForm
              slug={commitment.slug}
              citationId={citation.id}
              initial={{ sourceId: String(citation.sourceId), quote: citation.quote }}
              sources={sourceOptions}
              labels={citationLabels}
              errorText={errorText}
            >
              <p className="editor-field__hint">
                {t('adminContent.citations.position', {
                  start: citation.startOffset,
                  end: citation.endOffset,
                })}
              </p>
            </CitationForm>
            <form action={removeCitationAction} className="admin__inline-form">
              <input type="hidden" name="slug" value={commitment.slug} />
              <input type="hidden" name="citationId" value={citation.id} />
              <button type="submit" className="editor-button editor-button--small editor-button--secondary">
                {t('adminContent.citations.remove')}
              </button>
            </form>
          </div>
        ))}
        <h3>{t('adminContent.citations.addTitle')}</h3>
        <CitationForm
          slug={commitment.slug}
          initial={
            picked
              ? { sourceId: String(picked.sourceId), quote: picked.quote, startOffset: picked.startOffset }
              : { sourceId: '', quote: '' }
          }
          sources={sourceOptions}
          labels={citationLabels}
          errorText={errorText}
        />
      </section>

      <section className="editor-panel" aria-labelledby="archive-title">
        <h2 id="archive-title">
          {commitment.archived ? t('adminContent.form.unarchive') : t('adminContent.form.archive')}
        </h2>
        <p className="editor-panel__intro">{t('adminContent.form.archiveHint')}</p>
        <form action={setCommitmentArchivedAction}>
          <input type="hidden" name="slug" value={commitment.slug} />
          <input type="hidden" name="archive" value={commitment.archived ? '0' : '1'} />
          <button type="submit" className="editor-button editor-button--secondary">
            {commitment.archived ? t('adminContent.form.unarchive') : t('adminContent.form.archive')}
          </button>
        </form>
      </section>
    </section>
  );
}
