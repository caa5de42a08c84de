// /methodology: how statuses are decided — the status definitions of the version in force (or of
// ?version=N), the headline rule, pace, "contested", the assessors, and every version published.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { MethodologyRules } from '@/components/methodology/methodology-rules';
import { MethodologyVersions } from '@/components/methodology/methodology-versions';
import { StatusDefinitionList } from '@/components/methodology/status-definition-list';
import { localeAndTranslator } from '@/lib/i18n/server';
import {
  getCurrentMethodology,
  getMethodologyVersion,
  listMethodologyVersions,
} from '@/lib/queries/methodology';

type Props = PageProps<'/[lang]/methodology'>;

/** `?version=N` as a version number; undefined when absent, null when malformed. */
function requestedVersion(value: string | string[] | undefined): number | null | undefined {
  if (value === undefined) return undefined;
  return typeof value === 'string' && /^[1-9]\d{0,8}$/.test(value) ? Number(value) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await localeAndTranslator(params);
  return { title: t('methodology.page.title') };
}

export default async function MethodologyPage({ params, searchParams }: Props) {
  const { locale, t } = await localeAndTranslator(params);
  const requested = requestedVersion((await searchParams).version);
  if (requested === null) notFound();
  const [current, shown, versions] = await Promise.all([
    getCurrentMethodology(),
    requested === undefined ? null : getMethodologyVersion(requested),
    listMethodologyVersions(),
  ]);
  if (requested !== undefined && !shown) notFound();
  const methodology = shown ?? current;

  return (
    <article className="methodology" data-testid="methodology">
      <header className="dash__intro">
        <h1>{t('methodology.page.title')}</h1>
        <p className="muted">{t('methodology.page.intro')}</p>
      </header>
      <StatusDefinitionList
        locale={locale}
        t={t}
        methodology={methodology}
        currentVersion={current.version}
      />
      <MethodologyRules t={t} />
      <MethodologyVersions
        locale={locale}
        t={t}
        versions={versions}
        shown={methodology.version}
        current={current.version}
      />
    </article>
  );
}
