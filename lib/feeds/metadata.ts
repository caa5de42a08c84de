// `<link rel="alternate" type="application/atom+xml">` for a page's head (Next metadata): the
// scope's own feed first where there is one, then the feed of everything.
import type { Metadata } from 'next';
import { publicOrigin } from '../export/http';
import type { Locale } from '../i18n/config';
import type { Translate } from '../i18n/messages';
import { feedUrl } from './urls';

export function feedAlternates(
  locale: Locale,
  t: Translate,
  scope?: { agreement?: string; commitment?: string; name: string },
): NonNullable<Metadata['alternates']> {
  const origin = publicOrigin();
  const all = { url: `${origin}${feedUrl({ locale })}`, title: t('feeds.atom.linkTitle') };
  const scoped = scope
    ? [
        {
          url: `${origin}${feedUrl({ locale, agreement: scope.agreement, commitment: scope.commitment })}`,
          title: t('feeds.atom.linkTitleScoped', { name: scope.name }),
        },
      ]
    : [];
  return { types: { 'application/atom+xml': [...scoped, all] } };
}
