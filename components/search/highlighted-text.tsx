import type { HighlightSegment } from '@/lib/search/query';

/** Text with the matched words in <mark>; every segment is plain text (React escapes it). */
export function HighlightedText({ segments }: { segments: HighlightSegment[] }) {
  return (
    <>
      {segments.map((segment, index) =>
        segment.match ? <mark key={index}>{segment.text}</mark> : <span key={index}>{segment.text}</span>,
      )}
    </>
  );
}
