'use client';

// Error boundary for the public pages: a plain localized message, never the error itself.
// It imports only its own strings, so it adds almost nothing to each page's JavaScript.
import { useParams } from 'next/navigation';
import { dashboardError as en } from '@/lib/i18n/messages/en/dashboard-error';
import { dashboardError as vi } from '@/lib/i18n/messages/vi/dashboard-error';

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const params = useParams<{ lang?: string }>();
  const locale = params?.lang === 'vi' ? 'vi' : 'en';
  const text = locale === 'vi' ? vi : en;
  return (
    <section className="notice" role="alert">
      <h1>{text.title}</h1>
      <p>{text.body}</p>
      <p className="notice__actions">
        <button type="button" className="button button--primary" onClick={() => reset()}>
          {text.retry}
        </button>{' '}
        <a href={`/${locale}`}>{text.home}</a>
      </p>
    </section>
  );
}
