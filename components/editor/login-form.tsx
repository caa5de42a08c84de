'use client';
import { signIn } from 'next-auth/react';
import { useState } from 'react';

export interface LoginFormLabels {
  email: string;
  password: string;
  submit: string;
  submitting: string;
  invalid: string;
  throttled: string;
  failed: string;
}

export function LoginForm({
  callbackUrl,
  labels,
  initialError,
}: {
  callbackUrl: string;
  labels: LoginFormLabels;
  initialError?: string;
}) {
  const [error, setError] = useState<string | undefined>(initialError);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(undefined);
    try {
      const result = await signIn('credentials', {
        email: String(form.get('email') ?? ''),
        password: String(form.get('password') ?? ''),
        redirect: false,
      });
      if (result?.ok && !result.error) {
        // A full load, so the server renders the header and editor tools for the new session.
        window.location.assign(callbackUrl);
        return;
      }
      setError(
        result?.error === 'Throttled'
          ? labels.throttled
          : result?.status === 401 || result?.error
            ? labels.invalid
            : labels.failed,
      );
    } catch {
      setError(labels.failed);
    }
    setPending(false);
  }

  return (
    <form className="editor-login" onSubmit={onSubmit} noValidate>
      {error ? (
        <p role="alert" className="editor-alert editor-alert--error" data-testid="login-error">
          {error}
        </p>
      ) : null}
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
