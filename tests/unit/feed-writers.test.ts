// The hand-written parts of the feeds: XML escaping (a stray control character must not break a
// reader's parser), stable entry ids, and which webhook target addresses count as private.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { buildAtomFeed, rfc3339 } from '@/lib/feeds/atom';
import { stableUuid } from '@/lib/feeds/stable-id';
import { isPrivateAddress } from '@/lib/webhooks/target';

describe('Atom writer', () => {
  const nasty = 'Tiếng Việt & <b>"quotes"</b> \u0000\u0007 bell, \ud800 lone surrogate, 🇻🇳 flag';
  const xml = buildAtomFeed({
    id: 'urn:uuid:1',
    title: nasty,
    updated: new Date('2026-11-25T10:00:00.123Z'),
    lang: 'vi',
    links: [{ href: 'https://tracker.example/feed.atom?a=1&b=2', rel: 'self' }],
    generator: 'Tracker',
    entries: [
      {
        id: 'urn:uuid:2',
        title: nasty,
        updated: new Date('2026-11-25T10:00:00Z'),
        link: 'https://tracker.example/vi/commitments/x',
        author: 'UK',
        summary: nasty,
        content: { paragraphs: [nasty], links: [{ title: 'a<b', href: 'https://e.example/?x=1&y="2"' }] },
      },
    ],
  });

  it('stays well-formed whatever the text holds, and keeps the text', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml) as {
      feed: { title: { '#text': string }; entry: { content: { '#text': string } } };
    };
    expect(parsed.feed.title['#text']).toBe('Tiếng Việt & <b>"quotes"</b>  bell,  lone surrogate, 🇻🇳 flag');
    // HTML content is escaped once for HTML, once for XML: a reader sees markup only where we put it.
    expect(parsed.feed.entry.content['#text']).toContain('<p>Tiếng Việt &amp; &lt;b&gt;');
    expect(parsed.feed.entry.content['#text']).toContain(
      '<a href="https://e.example/?x=1&amp;y=&quot;2&quot;">a&lt;b</a>',
    );
  });

  it('writes RFC 3339 times in UTC', () => {
    expect(rfc3339(new Date('2026-11-25T10:00:00.123Z'))).toBe('2026-11-25T10:00:00Z');
  });
});

describe('stable ids', () => {
  it('are version-5 UUIDs, the same for the same name and different for others', () => {
    expect(stableUuid('assessment:1')).toBe(stableUuid('assessment:1'));
    expect(stableUuid('assessment:1')).not.toBe(stableUuid('assessment:2'));
    expect(stableUuid('assessment:1')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});

describe('webhook target addresses', () => {
  it.each([
    '127.0.0.1',
    '127.9.9.9',
    '10.0.0.1',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.0.1',
    '169.254.169.254',
    '0.0.0.0',
    '::1',
    '::',
    'fc00::1',
    'fd12:3456::1',
    'fe80::1',
    '::ffff:127.0.0.1',
    '::ffff:10.0.0.1',
    'not-an-address',
  ])('%s is private', (address) => expect(isPrivateAddress(address)).toBe(true));

  it.each(['8.8.8.8', '172.32.0.1', '192.169.0.1', '1.1.1.1', '2001:4860:4860::8888', '::ffff:8.8.8.8'])(
    '%s is public',
    (address) => expect(isPrivateAddress(address)).toBe(false),
  );
});
