// Provenance of the seed data: every quote must sit verbatim in its source file, every reference
// must resolve, and the key promises the sources report must all be there.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { agreements, commitments, sources } from '../../prisma/seed/data';
import type { SeedCommitment } from '../../prisma/seed/types';

const SOURCES_DIR = path.resolve(import.meta.dirname, '..', '..', 'prisma', 'sources');
const sourceBySlug = new Map(sources.map((source) => [source.slug, source]));
const agreementBySlug = new Map(agreements.map((agreement) => [agreement.slug, agreement]));
const textBySlug = new Map(
  sources
    .filter((source) => fs.existsSync(path.join(SOURCES_DIR, source.fileName)))
    .map((source) => [source.slug, fs.readFileSync(path.join(SOURCES_DIR, source.fileName), 'utf8')]),
);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function duplicates(values: string[]): string[] {
  return values.filter((value, index) => values.indexOf(value) !== index);
}

const quoteText = (commitment: SeedCommitment) => commitment.quotes.map((q) => q.quote).join('\n');

describe('seed sources', () => {
  it('has one source per file in prisma/sources, each readable and pointing at a known agreement', () => {
    const files = fs.readdirSync(SOURCES_DIR).filter((name) => name.endsWith('.txt'));
    expect(sources.map((s) => s.fileName).sort()).toEqual(files.sort());
    for (const source of sources) {
      expect(source.slug, `source ${source.slug}: slug must be its file name without .txt`).toBe(
        source.fileName.replace(/\.txt$/, ''),
      );
      expect(textBySlug.has(source.slug), `source ${source.slug}: file ${source.fileName} missing`).toBe(
        true,
      );
      expect(
        agreementBySlug.has(source.agreement),
        `source ${source.slug}: unknown agreement ${source.agreement}`,
      ).toBe(true);
      if (source.publishedOn !== null) {
        expect(source.publishedOn, `source ${source.slug}: publishedOn`).toMatch(ISO_DATE);
      }
    }
    expect(duplicates(sources.map((s) => s.slug)), 'duplicate source slugs').toEqual([]);
  });
});

describe('seed agreements', () => {
  it('have unique slugs, valid dates and unique pillar slugs', () => {
    expect(duplicates(agreements.map((a) => a.slug)), 'duplicate agreement slugs').toEqual([]);
    for (const agreement of agreements) {
      expect(agreement.signedOn, `agreement ${agreement.slug}: signedOn`).toMatch(ISO_DATE);
      expect(agreement.pillars.length, `agreement ${agreement.slug}: pillars`).toBeGreaterThan(0);
      expect(
        duplicates(agreement.pillars.map((p) => p.slug)),
        `agreement ${agreement.slug}: duplicate pillars`,
      ).toEqual([]);
      for (const pillar of agreement.pillars) {
        expect(pillar.slug, `agreement ${agreement.slug}: pillar slug`).toMatch(SLUG);
      }
    }
  });

  it('list the pillars the sources name, in their order', () => {
    expect(agreementBySlug.get('vn-uk-csp')?.pillars.map((p) => p.nameEn)).toEqual([
      'Politics, diplomacy, defence and security',
      'Economy, trade, investment and finance',
      'Science, technology, innovation, digital transformation and health',
      'Environment, energy and green transition',
      'Education, culture, sports, tourism, people-to-people exchanges, gender equality and other areas',
      'Coordination on regional and international issues',
    ]);
    expect(agreementBySlug.get('asean-uk-poa-2022-2026')?.pillars.map((p) => p.slug)).toEqual([
      'political-security',
      'economic',
      'socio-cultural',
      'cross-pillar',
    ]);
  });
});

describe('seed commitments', () => {
  it('has at least 20 commitments with unique kebab-case slugs', () => {
    expect(commitments.length).toBeGreaterThanOrEqual(20);
    expect(duplicates(commitments.map((c) => c.slug)), 'duplicate commitment slugs').toEqual([]);
    for (const commitment of commitments) {
      expect(commitment.slug, `commitment slug "${commitment.slug}" is not kebab-case`).toMatch(SLUG);
    }
  });

  it('references only existing agreements, pillars and sources', () => {
    for (const commitment of commitments) {
      const agreement = agreementBySlug.get(commitment.agreement);
      expect(agreement, `${commitment.slug}: unknown agreement ${commitment.agreement}`).toBeDefined();
      expect(
        agreement?.pillars.some((p) => p.slug === commitment.pillar),
        `${commitment.slug}: pillar ${commitment.pillar} is not a pillar of ${commitment.agreement}`,
      ).toBe(true);
      for (const { source } of commitment.quotes) {
        expect(sourceBySlug.has(source), `${commitment.slug}: unknown source ${source}`).toBe(true);
        expect(
          sourceBySlug.get(source)?.agreement,
          `${commitment.slug}: source ${source} reports on another agreement`,
        ).toBe(commitment.agreement);
      }
    }
  });

  it('quotes every source verbatim', () => {
    for (const commitment of commitments) {
      expect(commitment.quotes.length, `${commitment.slug}: has no quotes`).toBeGreaterThan(0);
      for (const { source, quote } of commitment.quotes) {
        const text = textBySlug.get(source);
        const fileName = sourceBySlug.get(source)?.fileName ?? `${source} (unknown source)`;
        expect(quote.trim().length, `${commitment.slug}: empty quote from ${fileName}`).toBeGreaterThan(20);
        expect(
          text?.includes(quote) ?? false,
          `${commitment.slug}: quote not found verbatim in ${fileName}: "${quote}"`,
        ).toBe(true);
      }
    }
  });

  it('has well-formed titles, dates, statuses and metrics', () => {
    for (const c of commitments) {
      for (const [field, value] of Object.entries({
        titleEn: c.titleEn,
        titleVi: c.titleVi,
        descriptionEn: c.descriptionEn,
        descriptionVi: c.descriptionVi,
        initialReason: c.initialReason,
      })) {
        expect(value.trim().length, `${c.slug}: ${field} is empty`).toBeGreaterThan(0);
      }
      expect(c.titleEn.length, `${c.slug}: titleEn longer than 90 characters`).toBeLessThanOrEqual(90);
      expect(c.titleVi.length, `${c.slug}: titleVi longer than 90 characters`).toBeLessThanOrEqual(90);
      expect(c.initialReason.length, `${c.slug}: initialReason too short`).toBeGreaterThan(20);
      const dates = [
        c.deadline,
        c.metric?.baselineDate,
        c.metric?.targetDate,
        c.metric?.currentValueDate,
        ...(c.milestones ?? []).flatMap((m) => [m.dueDate, m.doneDate]),
      ];
      for (const date of dates) {
        if (date !== undefined) {
          expect(date, `${c.slug}: bad date`).toMatch(ISO_DATE);
          expect(Number.isNaN(Date.parse(`${date}T00:00:00Z`)), `${c.slug}: invalid date ${date}`).toBe(
            false,
          );
        }
      }
      if (c.progress !== undefined) {
        expect(c.progress, `${c.slug}: progress out of range`).toBeGreaterThanOrEqual(0);
        expect(c.progress, `${c.slug}: progress out of range`).toBeLessThanOrEqual(100);
      }
      if (c.status === 'ACHIEVED') expect(c.progress, `${c.slug}: ACHIEVED needs progress 100`).toBe(100);
      if (c.status === 'NOT_STARTED') expect(c.progress ?? 0, `${c.slug}: NOT_STARTED with progress`).toBe(0);
      if (c.kind === 'NUMERIC_TARGET') {
        expect(c.metric?.unit, `${c.slug}: NUMERIC_TARGET needs a metric unit`).toBeTruthy();
        // A target only where the source states one; otherwise at least a stated value.
        expect(
          c.metric?.targetValue ?? c.metric?.currentValue,
          `${c.slug}: NUMERIC_TARGET needs a stated target or value`,
        ).toBeDefined();
      }
    }
  });
});

describe('key promises in the sources are all present', () => {
  const find = (predicate: (c: SeedCommitment, quotes: string) => boolean) =>
    commitments.filter((c) => predicate(c, quoteText(c)));

  const topics: Array<[string, (c: SeedCommitment, quotes: string) => boolean]> = [
    // Viet Nam–UK Comprehensive Strategic Partnership
    [
      'doubling bilateral trade',
      (c, q) => c.agreement === 'vn-uk-csp' && /double/.test(q) && /trade/.test(q),
    ],
    ['UK support for net zero by 2050', (c, q) => q.includes('net-zero') && q.includes('2050')],
    ['JETP implementation support', (_c, q) => q.includes('Just Energy Transition Partnership (JETP)')],
    [
      'English as the second language by 2035',
      (c, q) =>
        c.slug.includes('english-second-language') &&
        q.includes('English') &&
        q.includes('2035') &&
        c.deadline === '2035-12-31' &&
        c.titleEn.startsWith('English as the second language'),
    ],
    [
      'international financial centres in Ho Chi Minh City and Da Nang',
      (_c, q) =>
        q.includes('International Financial Centre') &&
        q.includes('Ho Chi Minh City') &&
        q.includes('Da Nang'),
    ],
    ['green finance (CSP)', (c, q) => c.agreement === 'vn-uk-csp' && q.includes('green finance')],
    ['Vietnam–UK clean energy partnership', (_c, q) => q.includes('clean energy partnership')],
    [
      '2025 science, technology and innovation MoU',
      (_c, q) => q.includes('2025 Memorandum of Understanding on science'),
    ],
    ['MoU on combating international fraud', (_c, q) => q.includes('Combating International Fraud')],
    [
      'migration cooperation plan / illegal migration',
      (_c, q) =>
        q.includes('Plan to Enhance Cooperation on Migration Issues') && q.includes('illegal migration'),
    ],
    ['peacekeeping and training', (_c, q) => q.includes('peacekeeping') && q.includes('training')],
    ['parliamentary cooperation', (_c, q) => q.includes('parliament')],
    ['UNCLOS 1982 / peaceful dispute resolution', (_c, q) => q.includes('UNCLOS 1982') && /peace/.test(q)],
    [
      'e-commerce and financial services under CPTPP',
      (_c, q) => q.includes('e-commerce and financial services'),
    ],
    ['Prime Minister’s visit to Viet Nam', (_c, q) => q.includes('visit Việt Nam soon')],
    ['British investment in Viet Nam', (_c, q) => q.includes('British enterprises') && /invest/.test(q)],
    ['Viet Nam as a bridge for UK–ASEAN cooperation', (_c, q) => q.includes('bridge') && q.includes('ASEAN')],
    // ASEAN-UK Plan of Action 2022–2026
    [
      'POA ~95% of initiatives completed or in progress',
      (c, q) =>
        q.includes('95 per cent') &&
        c.kind === 'NUMERIC_TARGET' &&
        c.metric?.unit === '% of initiatives completed or in progress' &&
        c.metric.currentValue === 95 &&
        c.metric.currentValueDate === '2025-04-10' &&
        // The source states no target in this unit: none is invented.
        c.metric.targetValue === undefined,
    ],
    [
      'successor document beyond 2026',
      (_c, q) => q.includes('successor document') && q.includes('beyond 2026'),
    ],
    [
      'fifth-anniversary activities in 2026',
      (c, q) => q.includes('fifth anniversary') && c.deadline === '2026-12-31',
    ],
    [
      'Joint Ministerial Statement on Connectivity',
      (_c, q) => q.includes('Joint Ministerial Statement on Connectivity'),
    ],
    [
      'political-security cooperation',
      (c, q) => c.pillar === 'political-security' && q.includes('maritime security'),
    ],
    ['economic cooperation', (c, q) => c.pillar === 'economic' && q.includes('digital transformation')],
    [
      'socio-cultural cooperation',
      (c, q) => c.pillar === 'socio-cultural' && q.includes('education and skills'),
    ],
    ['cross-pillar cooperation', (c, q) => c.pillar === 'cross-pillar' && q.includes('smart cities')],
  ];

  it.each(topics)('covers %s', (_topic, predicate) => {
    expect(find(predicate).length).toBeGreaterThan(0);
  });

  it('records signed MoUs as achieved and the POA figure as a value in its unit, never as progress', () => {
    const fraud = find((_c, q) => q.includes('Combating International Fraud')).find(
      (c) => c.kind === 'MILESTONE',
    );
    expect(fraud?.status).toBe('ACHIEVED');
    const poa = commitments.find((c) => c.metric?.unit === '% of initiatives completed or in progress');
    expect(poa).toMatchObject({ status: 'IN_PROGRESS', deadline: '2026-12-31' });
    // "Completed or in progress" is not a share done: it is kept as the metric value, dated.
    expect(poa?.progress).toBeUndefined();
    expect(poa?.metric).toMatchObject({ currentValue: 95, currentValueDate: '2025-04-10' });
    const english = commitments.find((c) => c.slug.includes('english-second-language'));
    expect(english?.deadlineTextVi).toBeTruthy();
  });
});
