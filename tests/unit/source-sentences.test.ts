// Source texts split into sentences with exact offsets, and commitment-like sentences marked, in
// English and Vietnamese; every seeded quote lies inside the text the reader shows.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitmentCue, splitSentences } from '@/lib/sources/sentences';

const root = path.resolve(import.meta.dirname, '..', '..');

describe('splitSentences', () => {
  it('gives sentences whose offsets slice exactly their text', () => {
    const text =
      'Background first.  The two sides agreed to double trade by 2030. The U.K. will support the JETP.\n\nAnnex\nNo cue here.';
    const sentences = splitSentences(text, 'en');
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(sentences.map((s) => s.text)).toEqual([
      'Background first.',
      'The two sides agreed to double trade by 2030.',
      'The U.K. will support the JETP.',
      'Annex',
      'No cue here.',
    ]);
    expect(sentences.map((s) => s.cue)).toEqual([null, 'agreed to', 'will', null, null]);
  });

  it('splits Vietnamese and marks its commitment verbs', () => {
    const text =
      'Hai bên nhất trí tăng gấp đôi kim ngạch thương mại. Vương quốc Anh sẽ hỗ trợ Việt Nam. Buổi hội đàm diễn ra tại London.';
    const sentences = splitSentences(text, 'vi');
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(sentences.map((s) => s.cue)).toEqual(['nhất trí', 'sẽ', null]);
  });

  it('keeps every offset exact on the seeded source texts', () => {
    const dir = path.join(root, 'prisma', 'sources');
    for (const file of fs.readdirSync(dir)) {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      const sentences = splitSentences(text, 'en');
      expect(sentences.length, file).toBeGreaterThan(3);
      for (const s of sentences) expect(text.slice(s.start, s.end), file).toBe(s.text);
      expect(sentences.filter((s) => s.cue).length, file).toBeGreaterThan(0);
    }
  });
});

describe('commitmentCue', () => {
  it.each([
    ['The parties pledged new funds.', 'pledged'],
    ['The UK reaffirmed its continued support.', 'reaffirmed'],
    ['Both sides committed to cooperation.', 'committed'],
    ['They support the initiative.', 'support'],
    ['The UK stands ready to help.', 'stands ready'],
    ['Hai bên cam kết thúc đẩy hợp tác.', 'cam kết'],
    ['Việt Nam ủng hộ sáng kiến này.', 'ủng hộ'],
  ])('marks %s', (sentence, cue) => {
    expect(commitmentCue(sentence)).toBe(cue);
  });

  it.each(['A visit took place in October.', 'Goodwill was noted.', 'Chuyến thăm diễn ra vào tháng Mười.'])(
    'leaves %s unmarked',
    (sentence) => {
      expect(commitmentCue(sentence)).toBeNull();
    },
  );
});
