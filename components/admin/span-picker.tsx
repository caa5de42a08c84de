'use client';
// With JavaScript, selecting any span of the source reader's text offers a commitment with exactly
// that span as its quote (its offsets computed from the sentence elements, see
// lib/sources/selection.ts). Without JavaScript nothing shows here and the sentence links work.
import Link from 'next/link';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { spanFromSelection, type SelectionPoint } from '@/lib/sources/selection';

interface Labels {
  selected: string;
  make: string;
}

function pointOf(node: Node | null, offset: number, root: HTMLElement): SelectionPoint | null {
  const element = node?.nodeType === Node.TEXT_NODE ? node.parentElement : (node as HTMLElement | null);
  const sentence = element?.closest<HTMLElement>('[data-start]');
  if (!sentence || !root.contains(sentence)) return null;
  // A point on the element itself (not in its text): its start or its end.
  const inText =
    node?.nodeType === Node.TEXT_NODE ? offset : offset > 0 ? (sentence.textContent ?? '').length : 0;
  return { sentenceStart: Number(sentence.dataset.start), offset: inText };
}

export function SpanPicker({
  sourceId,
  text,
  newCommitmentPath,
  labels,
  children,
}: {
  sourceId: number;
  text: string;
  newCommitmentPath: string;
  labels: Labels;
  children: ReactNode;
}) {
  const root = useRef<HTMLDivElement>(null);
  const [span, setSpan] = useState<{ start: number; end: number } | null>(null);

  useEffect(() => {
    const onChange = () => {
      const selection = document.getSelection();
      const box = root.current;
      if (!selection || selection.isCollapsed || !box) return;
      const anchor = pointOf(selection.anchorNode, selection.anchorOffset, box);
      const focus = pointOf(selection.focusNode, selection.focusOffset, box);
      // A selection ending outside the text (e.g. on the bar below) keeps the last span offered.
      if (!anchor || !focus) return;
      setSpan(spanFromSelection(text, anchor, focus));
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [text]);

  const query = span
    ? new URLSearchParams({ source: String(sourceId), start: String(span.start), end: String(span.end) })
    : null;
  return (
    <div ref={root}>
      {children}
      {span && query ? (
        <p className="source-reader__picked" role="status" data-testid="selected-span">
          <span>
            {labels.selected} “{text.slice(span.start, Math.min(span.end, span.start + 160))}
            {span.end - span.start > 160 ? '…' : ''}”
          </span>{' '}
          <Link href={`${newCommitmentPath}?${query}`} className="button" data-testid="make-from-selection">
            {labels.make}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
