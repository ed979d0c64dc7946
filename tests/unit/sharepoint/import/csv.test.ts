import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvTable, decodeText, detectSeparator, parseCsv } from '../../../../src/sharepoint/import';

const fixture = (name: string): Uint8Array => readFileSync(join(__dirname, '../../../fixtures/org', name));

describe('decodeText', () => {
  it('reads UTF-8 with and without a byte order mark, and Windows-1252, to the same text', () => {
    const plain = decodeText(fixture('organisation-sv.csv'));
    const bom = decodeText(fixture('organisation-sv-bom.csv'));
    const ansi = decodeText(fixture('organisation-sv-1252.csv'));
    expect([plain.encoding, bom.encoding, ansi.encoding]).toEqual(['utf-8', 'utf-8 BOM', 'windows-1252']);
    expect(bom.text).toBe(plain.text);
    expect(ansi.text.replace(/\r\n/g, '\n')).toBe(plain.text);
    expect(ansi.text).toContain('Årsarbetare');
    expect(ansi.text).toContain('Äldreomsorg & hemtjänst #1');
  });

  it('reads UTF-16LE with a byte order mark (Excel’s Unicode text)', () => {
    const text = 'Enhet\tÅrsarbetare\nLön\t1,5\n';
    const bytes = new Uint8Array([
      0xff,
      0xfe,
      ...new Uint8Array(new Uint16Array([...text].map((c) => c.charCodeAt(0))).buffer),
    ]);
    expect(decodeText(bytes)).toEqual({ text, encoding: 'utf-16le BOM' });
  });
});

describe('detectSeparator', () => {
  it.each([
    ['Enhetskod;Enhet;Årsarbetare\nE1;A;1,5', ';'],
    ['Unit code,Unit,FTE\nE1,A,"1,5"', ','],
    ['Enhetskod\tEnhet\nE1\tA', '\t'],
    ['"Enhet, namn";Kod\nA;B', ';'],
  ])('finds the separator of %j', (text, separator) => {
    expect(detectSeparator(text)).toBe(separator);
  });
});

describe('parseCsv', () => {
  it('keeps quoted separators, doubled quotes and line breaks, with the line each row starts on', () => {
    const text =
      'Enhet;Kommentar\r\n"Lön; löneservice";"Säger ""hej"""\r\n\r\nHR;"rad ett\r\nrad två"\r\nIT;sista\r\n';
    expect(parseCsv(text)).toEqual([
      { line: 1, cells: ['Enhet', 'Kommentar'] },
      { line: 2, cells: ['Lön; löneservice', 'Säger "hej"'] },
      { line: 4, cells: ['HR', 'rad ett\nrad två'] },
      { line: 6, cells: ['IT', 'sista'] },
    ]);
  });

  it('skips blank rows and rows of separators only, and reads a last row without a line end', () => {
    expect(parseCsv('a;b\n;;\n\n1;2')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 4, cells: ['1', '2'] },
    ]);
  });

  it('reads LF, CRLF and CR line ends alike', () => {
    const rows = (text: string) => parseCsv(text).map((r) => [r.line, ...r.cells]);
    expect(rows('a;b\r1;2\r3;4')).toEqual(rows('a;b\n1;2\n3;4'));
    expect(rows('a;b\r\n1;2\r\n3;4')).toEqual([
      [1, 'a', 'b'],
      [2, '1', '2'],
      [3, '3', '4'],
    ]);
  });

  it('names every row whose number of fields differs from the header’s', () => {
    const table = csvTable('a;b;c\n1;2;3\n1;2\n\n1;2;3;4\n"x;y";2;3\n', 'utf-8');
    expect(table.issues.map((i) => [i.line, i.code, i.column])).toEqual([
      [3, 'fieldCount', null],
      [5, 'fieldCount', null],
    ]);
    expect(table.issues[0]?.message).toEqual({
      sv: 'Raden har 2 fält men rubrikraden har 3, så värdena kan inte kopplas till sina kolumner. Ett värde som innehåller avgränsaren (;) ska stå inom citattecken.',
      en: 'The row has 2 fields but the header row has 3, so its values cannot be matched to their columns. A value that contains the separator (;) must be quoted.',
    });
  });

  it('says why when a comma separator splits a decimal comma, and what to do', () => {
    const table = csvTable('Enhetskod,Enhet,Antal,FTE\nE1,Lön,30,26,4\nE2,"HR, lön",3,"2,5"\n', 'utf-8');
    expect(table.issues.map((i) => i.line)).toEqual([2]);
    const [issue] = table.issues;
    expect(issue?.message.sv).toMatch(/decimalkomma.*"26,4".*semikolon \(;\)/);
    expect(issue?.message.en).toMatch(/decimal comma.*quote the value \("26,4"\).*semicolon \(;\)/);
    // With semicolons a decimal comma is only a character: an extra field is not explained that way.
    const semicolons = csvTable('a;b;c\n1;30;26;4\n', 'utf-8');
    expect(semicolons.issues[0]?.message.en).not.toMatch(/decimal/);
  });

  it('names the separator and encoding in the table source', () => {
    expect(csvTable('a,b\n1,2', 'utf-8').source).toBe('CSV (,, utf-8)');
    expect(csvTable('a;b\n1;2', 'windows-1252').rows).toHaveLength(2);
  });
});
