'use client';
import { useState } from 'react';
import { safeCallbackPath } from '@/lib/auth/safe-redirect';

export interface LoginFormLabels {
  email: string;
  password: string;
  submit: string;
  submitting: string;
  invalid: string;
  throttled: string;
  busy: string;
  failed: string;
}

/** The one sign-in endpoint (app/api/sign-in/route.ts); the form works without JavaScript too. */
const SIGN_IN_ACTION = '/api/sign-in';

export function LoginForm({
  locale,
  callbackUrl,
  labels,
  initialError,
}: {
  locale: string;
  callbackUrl: string;
  labels: LoginFormLabels;
  initialError?: string;
}) {
  const [error, setError] = useState<string | undefined>(initialError);
  const [pending, setPending] = useState(false);

  // With JavaScript: the same POST, answered with a status, so errors show without a reload.
  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = new URLSearchParams();
    for (const [name, value] of new FormData(event.currentTarget)) {
      if (typeof value === 'string') body.append(name, value);
    }
    setPending(true);
    setError(undefined);
    try {
      const response = await fetch(SIGN_IN_ACTION, {
        method: 'POST',
        headers: { Accept: 'application/json' },
        body,
        credentials: 'same-origin',
      });
      const result = (await response.json().catch(() => ({}))) as { url?: unknown; error?: unknown };
      if (response.ok) {
        // A full load, so the server renders the header and editor tools for the new session.
        window.location.assign(safeCallbackPath(result.url, locale));
        return;
      }
      setError(
        response.status === 401
          ? labels.invalid
          : response.status === 429
            ? result.error === 'throttled'
              ? labels.throttled
              : labels.busy
            : labels.failed,
      );
    } catch {
      setError(labels.failed);
    }
    setPending(false);
  }

  return (
    <form className="editor-login" method="post" action={SIGN_IN_ACTION} onSubmit={onSubmit} noValidate>
      {error ? (
        <p role="alert" className="editor-alert editor-alert--error" data-testid="login-error">
          {error}
        </p>
      ) : null}
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <input type="hidden" name="lang" value={locale} />
      <div className="editor-field">
        <label htmlFor="login-email">{labels.email}</label>
        <input id="login-email" name="email" type="email" autoComplete="username" required maxLength={320} />
      </div>
      <div className="editor-field">
        <label htmlFor="login-password">{labels.password}</label>
        <input
          id="login-password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          maxLength={128}
        />
      </div>
      <button type="submit" className="editor-button" disabled={pending}>
        {pending ? labels.submitting : labels.submit}
      </button>
    </form>
  );
}
