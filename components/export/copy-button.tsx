'use client';
// "Copy" for a code snippet shown in a read-only text area beside it (in the same parent). Without
// JavaScript it is not rendered at all (the text area is there to select from); with it, one click
// copies the snippet.
import { useState, useSyncExternalStore, type MouseEvent } from 'react';

const subscribe = () => () => {};

export function CopyButton({ label, copiedLabel }: { label: string; copiedLabel: string }) {
  const hydrated = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  const [copied, setCopied] = useState(false);
  if (!hydrated) return null;
  const copy = async (event: MouseEvent<HTMLButtonElement>) => {
    const area = event.currentTarget.parentElement?.querySelector('textarea');
    if (!area) return;
    try {
      await navigator.clipboard.writeText(area.value);
    } catch {
      // No clipboard permission: leave the text selected for Ctrl+C.
      area.select();
      return;
    }
    setCopied(true);
  };
  return (
    <button type="button" className="embed-code__copy" onClick={copy} aria-live="polite">
      {copied ? copiedLabel : label}
    </button>
  );
}
