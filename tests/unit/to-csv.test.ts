import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CSV_BOM, toCsv } from '@/lib/export/to-csv';

interface Row {
  title: string;
  progress: number | null;
  note?: string;
}

const columns = [
  { header: 'Cam kết', value: (row: Row) => row.title },
  { header: 'Tiến độ (%)', value: (row: Row) => row.progress },
  { header: 'Ghi chú', value: (row: Row) => row.note },
];

describe('toCsv', () => {
  it('starts with a UTF-8 byte-order mark and keeps Vietnamese diacritics', () => {
    const csv = toCsv(columns, [{ title: 'Tăng gấp đôi kim ngạch thương mại song phương', progress: 40 }]);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    const bytes = Buffer.from(csv, 'utf8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records = parse(bytes, { bom: true }) as string[][];
    expect(records).toEqual([
      ['Cam kết', 'Tiến độ (%)', 'Ghi chú'],
      ['Tăng gấp đôi kim ngạch thương mại song phương', '40', ''],
    ]);
  });

  it('quotes commas, quotes and line breaks as RFC 4180 says, with CRLF record ends', () => {
    const tricky = [
      { title: 'Trade, investment and "finance"', progress: null, note: 'line one\nline two' },
      { title: 'Carriage\rreturn', progress: 0, note: 'plain' },
    ];
    const csv = toCsv(columns, tricky);
    expect(csv).toContain('"Trade, investment and ""finance"""');
    expect(csv).toContain('"line one\nline two"');
    expect(csv.split('\r\n')).toHaveLength(4); // header, two records, trailing empty
    const records = parse(csv, { bom: true }) as string[][];
    expect(records.slice(1)).toEqual([
      ['Trade, investment and "finance"', '', 'line one\nline two'],
      ['Carriage\rreturn', '0', 'plain'],
    ]);
  });

  it('neutralises cells a spreadsheet would run as formulas, but not negative numbers', () => {
    const csv = toCsv(columns, [
      { title: '=HYPERLINK("http://evil.example")', progress: -5, note: '-12.5' },
      { title: '+SUM(A1)', progress: null, note: '@cmd' },
    ]);
    const records = parse(csv, { bom: true }) as string[][];
    expect(records[1]).toEqual(['\'=HYPERLINK("http://evil.example")', '-5', '-12.5']);
    expect(records[2]).toEqual(["'+SUM(A1)", '', "'@cmd"]);
  });
});
