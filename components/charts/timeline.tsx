import Link from 'next/link';

// A vertical timeline grouped by period (e.g. year), rendered on the server. An item is its date
// and its content, styled by position (app/globals.css): a page draws dozens, each sent twice.
export interface TimelineItem {
  key: string;
  label: string;
  href?: string;
  lang?: string;
  /** Small text after the label, in the page's language (e.g. "not yet translated"). */
  note?: string;
  dateLabel: string;
  /** Small element shown before the label (e.g. a badge). */
  marker?: React.ReactNode;
  emphasis?: boolean;
}

export interface TimelineGroup {
  key: string;
  label: string;
  items: TimelineItem[];
}

/** Only a real language tag: an absent one would still be sent as "$undefined" in the RSC payload. */
const lang = (item: TimelineItem) => (item.lang ? { lang: item.lang } : {});

export function Timeline({ groups, headingLevel = 3 }: { groups: TimelineGroup[]; headingLevel?: 3 | 4 }) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <ol className="timeline">
      {groups.map((group) => (
        <li key={group.key} className="timeline__group">
          <Heading className="timeline__period">{group.label}</Heading>
          <ul className="timeline__items">
            {group.items.map((item) => (
              <li key={item.key} {...(item.emphasis ? { className: 'timeline__emphasis' } : {})}>
                <span>{item.dateLabel}</span>
                <span>
                  {item.marker}
                  {item.href ? (
                    <Link href={item.href} {...lang(item)}>
                      {item.label}
                    </Link>
                  ) : (
                    <span {...lang(item)}>{item.label}</span>
                  )}
                  {item.note ? <small className="fallback-marker"> {item.note}</small> : null}
                </span>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
