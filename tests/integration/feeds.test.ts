// The Atom feed of new assessments and the deadlines calendar, read through their route handlers
// on real Postgres and parsed with real parsers (fast-xml-parser, ical.js), as a reader would.
import { vi } from 'vitest';

vi.mock('next/headers', () => ({
  headers: async () => {
    throw new Error('outside a request');
  },
}));
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { NextRequest } from 'next/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { GET as deadlines } from '@/app/deadlines.ics/route';
import { GET as feed } from '@/app/feed.atom/route';
import type { Actor } from '@/lib/auth';
import { updateCommitmentStatus } from '@/lib/commitments/update-status';
import { db } from '@/lib/db';
import { makeUser } from '../support/auth-fixtures';

const request = (path: string) => new NextRequest(`http://localhost${path}`);
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['entry', 'link'].includes(name),
});

type Link = { '@href': string; '@rel'?: string; '@type'?: string };
type Entry = {
  id: string;
  title: { '#text': string };
  updated: string;
  link: Link[];
  author: { name: string };
  summary: { '#text': string };
  content: { '#text': string };
};
type Feed = { '@xml:lang': string; id: string; updated: string; link: Link[]; entry?: Entry[] };

async function readFeed(query = ''): Promise<Feed> {
  const response = await feed(request(`/feed.atom${query}`));
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
  const text = await response.text();
  expect(XMLValidator.validate(text)).toBe(true);
  return (parser.parse(text) as { feed: Feed }).feed;
}

let actor: Actor;
const CLEAN_ENERGY = 'vietnam-uk-clean-energy-partnership';

async function record(slug: string, fields: Record<string, unknown>) {
  const { version } = await db.commitment.findUniqueOrThrow({ where: { slug }, select: { version: true } });
  const result = await updateCommitmentStatus.run(
    { slug, version, status: 'IN_PROGRESS', ...fields },
    { actor, ip: null, via: 'api' },
  );
  expect(result.kind).toBe('ok');
}

beforeAll(async () => {
  // One deadline already passed on an open commitment, so the calendar has an overdue event. Set
  // before any read, since reads are cached by data version and this write does not bump it.
  await db.commitment.update({
    where: { slug: CLEAN_ENERGY },
    data: { deadline: new Date(Date.now() - 3 * 86_400_000), status: 'IN_PROGRESS' },
  });
  const user = await makeUser(db);
  actor = { kind: 'user', user: { id: user.id, email: user.email, name: user.name, role: user.role } };
});

describe('/feed.atom', () => {
  it('is a valid Atom feed: unique ids, RFC 3339 times, absolute links, newest first', async () => {
    await record(CLEAN_ENERGY, {
      reason: 'Feed check & “friends” 3 < 5 > 2',
      assessor: 'UK',
      assessorName: 'Department for Energy Security',
      evidence: [{ title: 'Press release', url: 'https://www.gov.uk/example-release' }],
    });
    const result = await readFeed();
    expect(result.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(result.updated).toMatch(RFC3339);
    const self = result.link.find((link) => link['@rel'] === 'self')!;
    expect(self['@href']).toMatch(/^https?:\/\/[^/]+\/feed\.atom\?lang=en$/);
    expect(result.link.find((link) => link['@rel'] === 'alternate')!['@href']).toMatch(
      /^https?:\/\/[^/]+\/en$/,
    );
    const entries = result.entry ?? [];
    expect(entries.length).toBeGreaterThan(1);
    expect(entries.length).toBeLessThanOrEqual(50);
    expect(new Set(entries.map((entry) => entry.id)).size).toBe(entries.length);
    for (const entry of entries) {
      expect(entry.id).toMatch(
        /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
      expect(entry.updated).toMatch(RFC3339);
      for (const link of entry.link) expect(link['@href']).toMatch(/^https?:\/\/[^/]+\//);
    }
    const times = entries.map((entry) => Date.parse(entry.updated));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    // The newest is the one just recorded, its text escaped as text, not markup.
    const [first] = entries;
    expect(first!.summary['#text']).toContain('Feed check & “friends” 3 < 5 > 2');
    expect(first!.summary['#text']).toContain('https://www.gov.uk/example-release');
    expect(first!.author.name).toBe('Department for Energy Security (UK Government)');
    expect(first!.title['#text']).toMatch(/: In progress$/);
    expect(first!.link[0]!['@href']).toMatch(new RegExp(`/en/commitments/${CLEAN_ENERGY}$`));
    expect(first!.content['#text']).toContain('<a href="https://www.gov.uk/example-release">');
    // The same row keeps its id on the next read (a reader must not see it as new).
    const again = await readFeed();
    expect(again.entry![0]!.id).toBe(first!.id);
    expect(result.updated).toBe(first!.updated);
  });

  it('filters by commitment, agreement and assessor, in the reader’s language', async () => {
    await record(CLEAN_ENERGY, { reason: 'Joint view', assessor: 'JOINT' });
    const byCommitment = await readFeed(`?commitment=${CLEAN_ENERGY}`);
    expect(byCommitment.entry!.length).toBeGreaterThan(0);
    expect(
      byCommitment.entry!.every((entry) => entry.link[0]!['@href'].endsWith(`/commitments/${CLEAN_ENERGY}`)),
    ).toBe(true);

    const agreement = await db.agreement.findFirstOrThrow({
      where: { commitments: { some: { slug: CLEAN_ENERGY } } },
      select: { slug: true, commitments: { select: { slug: true } } },
    });
    const inAgreement = new Set(agreement.commitments.map((row) => row.slug));
    const byAgreement = await readFeed(`?agreement=${agreement.slug}`);
    expect(byAgreement.entry!.length).toBeGreaterThan(0);
    for (const entry of byAgreement.entry!) {
      expect(inAgreement.has(entry.link[0]!['@href'].split('/').pop()!)).toBe(true);
    }
    expect(byAgreement.id).not.toBe(byCommitment.id);

    const joint = await readFeed('?assessor=JOINT');
    expect(joint.entry!.length).toBeGreaterThan(0);
    expect(joint.entry!.every((entry) => entry.author.name.includes('Joint (both parties)'))).toBe(true);
    const uk = await readFeed('?assessor=UK');
    expect((uk.entry ?? []).some((entry) => entry.summary['#text'] === 'Joint view')).toBe(false);

    const vietnamese = await readFeed(`?commitment=${CLEAN_ENERGY}&lang=vi`);
    expect(vietnamese['@xml:lang']).toBe('vi');
    expect(vietnamese.entry![0]!.title['#text']).toMatch(/: Đang thực hiện$/);
    expect(vietnamese.entry![0]!.link[0]!['@href']).toMatch(/\/vi\/commitments\//);
  });

  it('answers a poller 304 until a new assessment changes the feed', async () => {
    const first = await feed(request('/feed.atom?lang=vi'));
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"v\d+-[0-9a-f]{16}"$/);
    const conditional = new NextRequest('http://localhost/feed.atom?lang=vi', {
      headers: { 'If-None-Match': etag },
    });
    expect((await feed(conditional)).status).toBe(304);
    await record(CLEAN_ENERGY, { reason: 'Changes the feed' });
    const after = await feed(
      new NextRequest('http://localhost/feed.atom?lang=vi', { headers: { 'If-None-Match': etag } }),
    );
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(etag);
    expect(await after.text()).toContain('Changes the feed');
  });

  it('answers 404 for an unknown agreement or commitment and 400 naming a bad parameter', async () => {
    expect((await feed(request('/feed.atom?agreement=no-such-agreement'))).status).toBe(404);
    expect((await feed(request('/feed.atom?commitment=no-such-commitment'))).status).toBe(404);
    expect((await feed(request('/feed.atom?commitment=%00%FF'))).status).toBe(404);
    const bad = await feed(request('/feed.atom?assessor=nobody'));
    expect(bad.status).toBe(400);
    const body = (await bad.json()) as { error: string; details: { param: string }[] };
    expect(body.details[0]!.param).toBe('assessor');
    expect(body.error).toContain('assessor');
    const lang = await feed(request('/feed.atom?lang=fr'));
    expect(lang.status).toBe(400);
    expect(((await lang.json()) as { details: { param: string }[] }).details[0]!.param).toBe('lang');
  });
});

describe('/deadlines.ics', () => {
  async function readCalendar(query = '') {
    const response = await deadlines(request(`/deadlines.ics${query}`));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const text = await response.text();
    return { text, events: new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent') };
  }

  it('lists every dated deadline and milestone once, overdue ones marked, CRLF and folded lines', async () => {
    const { text, events } = await readCalendar();
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);

    const [deadlineCount, milestoneCount] = await Promise.all([
      db.commitment.count({ where: { archivedAt: null, deadline: { not: null } } }),
      db.milestone.count({ where: { dueDate: { not: null }, commitment: { archivedAt: null } } }),
    ]);
    expect(deadlineCount + milestoneCount).toBeGreaterThan(0);
    expect(events).toHaveLength(deadlineCount + milestoneCount);
    const uids = events.map((event) => event.getFirstPropertyValue('uid'));
    expect(new Set(uids).size).toBe(events.length);

    const today = new Date().toISOString().slice(0, 10);
    let overdue = 0;
    for (const event of events) {
      const start = event.getFirstPropertyValue('dtstart') as ICAL.Time;
      expect(start.isDate).toBe(true);
      expect(event.getFirstPropertyValue('dtstamp')).toBeTruthy();
      expect(String(event.getFirstPropertyValue('url'))).toMatch(/^https?:\/\/[^/]+\/en\/commitments\//);
      expect(String(event.getFirstPropertyValue('description'))).toContain('Status: ');
      const summary = String(event.getFirstPropertyValue('summary'));
      const categories = event.getAllProperties('categories').flatMap((property) => property.getValues());
      const marked = summary.startsWith('OVERDUE: ');
      expect(categories.includes('OVERDUE')).toBe(marked);
      if (marked) {
        overdue += 1;
        expect(start.toString() < today).toBe(true);
      }
    }
    // The seed holds deadlines already passed on commitments not yet achieved.
    const openPast = await db.commitment.count({
      where: {
        archivedAt: null,
        deadline: { lt: new Date(today) },
        status: { notIn: ['ACHIEVED', 'DISCONTINUED'] },
      },
    });
    expect(overdue).toBeGreaterThanOrEqual(openPast);
    expect(overdue).toBeGreaterThan(0);
  });

  it('filters by agreement, speaks Vietnamese, 404 for an unknown agreement', async () => {
    const agreement = await db.agreement.findFirstOrThrow({
      where: { commitments: { some: { deadline: { not: null } } } },
      select: { id: true, slug: true },
    });
    const { events } = await readCalendar(`?agreement=${agreement.slug}&lang=vi`);
    const dated = await db.commitment.count({
      where: { agreementId: agreement.id, archivedAt: null, deadline: { not: null } },
    });
    const milestones = await db.milestone.count({
      where: { dueDate: { not: null }, commitment: { agreementId: agreement.id, archivedAt: null } },
    });
    expect(events).toHaveLength(dated + milestones);
    expect(
      events.every((event) => /\/vi\/commitments\//.test(String(event.getFirstPropertyValue('url')))),
    ).toBe(true);
    expect(
      events.some((event) => String(event.getFirstPropertyValue('summary')).includes('Thời hạn: ')),
    ).toBe(true);
    expect((await deadlines(request('/deadlines.ics?agreement=nope'))).status).toBe(404);
    expect((await deadlines(request('/deadlines.ics?lang=xx'))).status).toBe(400);
  });
});
