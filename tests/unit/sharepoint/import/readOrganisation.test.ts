import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  csvTable,
  decodeText,
  readOrganisation,
  type OrganisationFile,
  type Table,
} from '../../../../src/sharepoint/import';

function fromFixture(name: string): OrganisationFile {
  const { text, encoding } = decodeText(readFileSync(join(__dirname, '../../../fixtures/org', name)));
  return readOrganisation(csvTable(text, encoding));
}

function table(...lines: string[]): Table {
  return csvTable(lines.join('\n'), 'utf-8');
}

function okUnits(file: OrganisationFile) {
  if (!file.ok) throw new Error(JSON.stringify(file.issues, null, 1));
  return file.units;
}

describe('readOrganisation', () => {
  it('reads Swedish headers, decimal commas and a quoted name with a separator', () => {
    const units = okUnits(fromFixture('organisation-sv.csv'));
    expect(units).toHaveLength(9);
    expect(units.find((u) => u.id === 'K1')).toMatchObject({
      kind: 'kontor',
      name: 'Äldreomsorg & hemtjänst #1',
      parentId: 'S1',
      sektorId: 'S1',
      kontorId: 'K1',
      arsarbetare: 5.5,
      manager: { upn: 'karl.kontor@kommun.example', name: 'Karl Kontorschef', level: 'kontorschef' },
    });
    expect(units.find((u) => u.id === 'E2')?.manager?.upn).toBe('erik.lund@kommun.example');
    expect(units.find((u) => u.id === 'K2')?.manager?.level).toBe('kontorschef');
    expect(units.find((u) => u.id === 'E5')).toMatchObject({
      name: 'Vakant enhet; tillfälligt',
      manager: null,
    });
    expect(units.find((u) => u.id === 'E1')).toMatchObject({
      headcount: 30,
      arsarbetare: 26.4,
      kontorId: 'K1',
    });
  });

  it('gives the same organisation from UTF-8, UTF-8 with BOM, Windows-1252 and the English comma file', () => {
    const reference = okUnits(fromFixture('organisation-sv.csv'));
    for (const name of ['organisation-sv-bom.csv', 'organisation-sv-1252.csv', 'organisation-en.csv']) {
      expect({ name, units: okUnits(fromFixture(name)) }).toEqual({ name, units: reference });
    }
  });

  it('derives levels when the file has no Nivå column: no parent a sektor, a kontorschef under a sektor a kontor', () => {
    const units = okUnits(fromFixture('organisation-changed.csv'));
    const kinds = Object.fromEntries(units.map((u) => [u.id, u.kind]));
    expect(kinds).toEqual({
      S1: 'sektor',
      K1: 'kontor',
      E1: 'enhet',
      E2: 'enhet',
      E3: 'enhet',
      S2: 'sektor',
      K2: 'kontor',
      E4: 'enhet',
      E6: 'enhet',
    });
  });

  it('defaults the manager level from the unit and finds a parent by its name', () => {
    const units = okUnits(
      readOrganisation(
        table(
          'Enhetskod;Enhet;Överordnad enhet;Kontor;Chef e-post;Antal medarbetare;Årsarbetare',
          'S1;Omsorg;;;a@k.se;1;1',
          'K1;Hemtjänsten;Omsorg;Hemtjänsten;b@k.se;2;2',
          'E1;Avdelning Norr;K1;Hemtjänsten;c@k.se;3;3',
          'E2;Grupp 1;E1;Hemtjänsten;d@k.se;4;4',
        ),
      ),
    );
    expect(units.map((u) => [u.id, u.kind, u.parentId, u.manager?.level, u.manager?.name])).toEqual([
      ['S1', 'sektor', null, 'sektorchef', 'A'],
      ['K1', 'kontor', 'S1', 'kontorschef', 'B'],
      ['E1', 'enhet', 'K1', 'avdelningschef', 'C'],
      ['E2', 'enhet', 'E1', 'enhetschef', 'D'],
    ]);
  });

  it('reports every bad row with its line, column and value, and gives no units', () => {
    const file = fromFixture('organisation-bad-rows.csv');
    expect(file.ok).toBe(false);
    if (file.ok) return;
    expect(file.issues.map((i) => [i.line, i.column, i.code, i.value])).toEqual([
      [4, 'Överordnad enhet', 'unknownParent', 'K9'],
      [5, 'Chef e-post', 'invalidUpn', 'erik.lund-at-kommun'],
      [6, 'Chefsnivå', 'unknownLevel', 'Överste'],
      [7, 'Antal medarbetare', 'notANumber', 'tolv'],
      [8, 'Årsarbetare', 'fteAboveHeadcount', '12,5'],
      [9, 'Enhetskod', 'duplicateId', 'E1'],
    ]);
    const unknownLevel = file.issues.find((i) => i.code === 'unknownLevel');
    expect(unknownLevel?.message.sv).toContain('Överste');
    expect(unknownLevel?.message.en).toContain('Unknown manager level');
    expect(file.issues.find((i) => i.code === 'unknownParent')?.message.sv).toBe(
      'Den överordnade enheten K9 finns inte.',
    );
  });

  it('refuses a number that may be thousands once, saying how to write it, and reads a trailing comma', () => {
    const file = readOrganisation(
      table(
        'Enhetskod;Enhet;Överordnad enhet;Chef e-post;Antal medarbetare;Årsarbetare',
        'S1;Omsorg;;a@k.se;1.234;1 000',
        'K1;Hemtjänsten;S1;b@k.se;30;27,',
      ),
    );
    expect(file.ok).toBe(false);
    if (file.ok) return;
    // Not also "FTE above headcount": the headcount was not read, so nothing is compared with it.
    expect(file.issues.map((i) => [i.line, i.column, i.code, i.value])).toEqual([
      [2, 'Antal medarbetare', 'ambiguousNumber', '1.234'],
    ]);
    expect(file.issues[0]?.message.sv).toBe(
      'Otydligt tal: skriv 1\u00a0234 för tusental eller 1,234 för decimaler.',
    );
  });

  it('reports missing columns once, on the header line, and stops there', () => {
    const file = readOrganisation(table('Enhet;Chef e-post', 'Lön;a@k.se'));
    expect(file.ok).toBe(false);
    if (file.ok) return;
    expect(file.issues.map((i) => [i.line, i.code, i.value])).toEqual([
      [1, 'missingColumn', 'Enhetskod / Unit code'],
      [1, 'missingColumn', 'Överordnad enhet / Parent unit'],
      [1, 'missingColumn', 'Antal medarbetare / Employees'],
      [1, 'missingColumn', 'Årsarbetare / FTE'],
    ]);
  });

  it('refuses an empty file and a manager name without an e-mail address', () => {
    expect(readOrganisation(table('Enhetskod;Enhet')).ok).toBe(false);
    const file = readOrganisation(
      table(
        'Enhetskod;Enhet;Överordnad enhet;Chef;Chef e-post;Antal medarbetare;Årsarbetare',
        'S1;A;;Åsa Öberg;;1;1',
      ),
    );
    expect(file.ok ? [] : file.issues.map((i) => [i.line, i.column, i.code])).toEqual([
      [2, 'Chef e-post', 'nameWithoutUpn'],
    ]);
  });

  it('warns about unused columns and a Sektor cell that the tree contradicts, without stopping', () => {
    const file = readOrganisation(
      table(
        'Enhetskod;Enhet;Överordnad enhet;Sektor;Chef e-post;Antal medarbetare;Årsarbetare;Kostnadsställe',
        'S1;Omsorg;;Omsorg;a@k.se;1;1;100',
        'E1;Lön;S1;Utbildning;b@k.se;2;1,5;200',
      ),
    );
    expect(file.ok).toBe(true);
    expect(file.warnings.map((w) => [w.line, w.column])).toEqual([
      [1, 'Kostnadsställe'],
      [3, 'Sektor'],
    ]);
  });

  it('reads headers in any case and spelling of spaces and hyphens', () => {
    const file = readOrganisation(
      table(
        'ENHETSKOD;enhet;Överordnad_enhet;Chef (e-post);antal  medarbetare;ARSARBETARE',
        'S1;Omsorg;;a@k.se;1;1',
      ),
    );
    expect(okUnits(file)[0]).toMatchObject({ id: 'S1', manager: { upn: 'a@k.se' } });
  });
});

describe('readOrganisation of files that would corrupt the site', () => {
  const header = 'Enhetskod;Enhet;Överordnad enhet;Chef;Chef e-post;Antal medarbetare;Årsarbetare';
  const issuesOf = (file: OrganisationFile) =>
    file.ok ? [] : file.issues.map((i) => [i.line, i.column, i.code, i.value]);

  it('refuses a comma-separated row with an unquoted decimal comma, naming only that line', () => {
    const file = readOrganisation(
      csvTable(
        [
          'Enhetskod,Enhet,Överordnad enhet,Chef e-post,Antal medarbetare,Årsarbetare',
          'S1,Omsorg,,a@k.se,30,26,4',
          'E1,Lön,S1,b@k.se,3,"2,5"',
          'E2,HR,S1,c@k.se,3',
        ].join('\n'),
        'utf-8',
      ),
    );
    expect(issuesOf(file)).toEqual([
      [2, null, 'fieldCount', null],
      [4, null, 'fieldCount', null],
    ]);
    expect(file.ok ? '' : file.issues[0]?.message.en).toContain('quote the value ("26,4")');
  });

  it('takes unit codes that differ only in case for one unit: a duplicate naming the first, a parent found', () => {
    const duplicate = readOrganisation(
      table(header, 'S1;Omsorg;;;a@k.se;1;1', 'E1159;Lön;s1;;b@k.se;2;2', 'e1159;Lön 2;S1;;c@k.se;2;2'),
    );
    expect(issuesOf(duplicate)).toEqual([[4, 'Enhetskod', 'duplicateId', 'e1159']]);
    expect(duplicate.ok ? null : duplicate.issues[0]?.message).toEqual({
      sv: 'Enhetskoden e1159 finns redan på rad 3 (som E1159). Stora och små bokstäver räknas som samma kod, som i SharePoint.',
      en: 'The unit code e1159 is already on line 3 (as E1159). Upper and lower case count as the same code, as in SharePoint.',
    });
    const parent = readOrganisation(table(header, 'S1;Omsorg;;;a@k.se;1;1', 'E1;Lön;s1;;b@k.se;2;2'));
    expect(okUnits(parent).map((u) => [u.id, u.parentId, u.sektorId])).toEqual([
      ['S1', null, 'S1'],
      ['E1', 'S1', 'S1'],
    ]);
  });

  it('warns about names that a spreadsheet would run as a formula, not about negative numbers', () => {
    const file = readOrganisation(
      table(
        header,
        'S1;=HYPERLINK("http://x.example","Omsorg");;@Anna;a@k.se;1;1',
        'E1;+Lön;S1;-Berg;b@k.se;2;2',
        'E2;Lön - HR;S1;Anna Berg;c@k.se;3;3',
      ),
    );
    expect(file.ok).toBe(true);
    expect(file.warnings.map((w) => [w.line, w.column])).toEqual([
      [2, 'Enhet'],
      [2, 'Chef'],
      [3, 'Enhet'],
      [3, 'Chef'],
    ]);
    expect(file.warnings[0]?.message.sv).toContain('formel');
    expect(file.warnings[0]?.message.en).toContain('formula');
    const negative = readOrganisation(table(header, 'S1;Omsorg;;;a@k.se;-3;1'));
    expect(issuesOf(negative).map((i) => i[2])).toEqual(['negative']);
    expect(negative.warnings).toEqual([]);
  });

  it('warns about a value in a column without a header (a spreadsheet has no field count to check)', () => {
    const file = readOrganisation({
      rows: [
        { line: 1, cells: header.split(';') },
        { line: 2, cells: ['S1', 'Omsorg', '', '', 'a@k.se', '1', '1', '', 'anteckning'] },
      ],
      source: 'Excel (Blad1)',
    });
    expect(file.ok).toBe(true);
    expect(file.warnings.map((w) => [w.line, w.column, w.message.en])).toEqual([
      [2, 'kolumn / column 9', 'The value "anteckning" has no column header and is not read.'],
    ]);
  });

  it('names every one of 170,000 bad rows', () => {
    const rows = [{ line: 1, cells: header.split(';') }];
    for (let i = 0; i < 170_000; i++)
      rows.push({ line: i + 2, cells: [`E${i}`, `Enhet ${i}`, `X${i}`, '', '', 'tolv', '1'] });
    const file = readOrganisation({ rows, source: 'CSV (;, utf-8)' });
    expect(file.ok).toBe(false);
    if (file.ok) return;
    const lines = new Set(file.issues.map((i) => i.line));
    expect(lines.size).toBe(170_000);
    expect(file.issues).toHaveLength(2 * 170_000);
  });
});
