'use client';
// A <details> disclosure that Escape closes, returning focus to its summary, as keyboard users
// expect of a menu. Everything else (opening, the links inside) works without JavaScript.
import { useRef, type KeyboardEvent, type ReactNode } from 'react';

export function EscapableDetails({
  className,
  children,
  ...rest
}: {
  className?: string;
  children: ReactNode;
  'data-testid'?: string;
}) {
  const ref = useRef<HTMLDetailsElement>(null);
  const onKeyDown = (event: KeyboardEvent<HTMLDetailsElement>) => {
    const details = ref.current;
    if (event.key !== 'Escape' || !details?.open) return;
    event.preventDefault();
    details.open = false;
    details.querySelector('summary')?.focus();
  };
  return (
    <details ref={ref} className={className} onKeyDown={onKeyDown} {...rest}>
      {children}
    </details>
  );
}
