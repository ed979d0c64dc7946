// The Stab column of the organisation import: which units are a sektor's or kontor's staff unit, read from the words
// HR exports and spreadsheets write, refused when unreadable, and seen by the difference with the site.
import ExcelJS from 'exceljs';
import {
  csvTable,
  diffOrganisation,
  readOrganisation,
  type OrganisationFile,
} from '../../../../src/sharepoint/import';
import { xlsxTable } from '../../../../scripts/lib/xlsx';

const header = 'Enhetskod;Enhet;Överordnad enhet;Nivå;Chef e-post;Antal medarbetare;Årsarbetare';

/** A small organisation: a sektor, its stab E1, a kontor and its unit E2, with a Stab column called `stab`. */
function file(
  stab: { header?: string; S1?: string; E1?: string; K1?: string; E2?: string } = {},
): OrganisationFile {
  const column = (value = '') => (stab.header === undefined ? '' : `;${value}`);
  const lines = [
    `${header}${stab.header === undefined ? '' : `;${stab.header}`}`,
    `S1;Sektor omsorg;;Sektor;a@k.se;4;4${column(stab.S1)}`,
    `E1;Sektorstab omsorg;S1;Enhet;b@k.se;8;7,5${column(stab.E1)}`,
    `K1;Äldreomsorgen;S1;Kontor;c@k.se;3;3${column(stab.K1)}`,
    `E2;Hemtjänst Norr;K1;Enhet;d@k.se;40;35${column(stab.E2)}`,
  ];
  return readOrganisation(csvTable(lines.join('\n'), 'utf-8'));
}

function stabs(organisation: OrganisationFile): string[] {
  if (!organisation.ok) throw new Error(JSON.stringify(organisation.issues, null, 1));
  return organisation.units.filter((u) => u.stab === true).map((u) => u.id);
}

describe('the Stab column', () => {
  it('is optional: without it no unit is a stab, and the units carry no flag', () => {
    const organisation = file();
    expect(stabs(organisation)).toEqual([]);
    expect(organisation.ok && organisation.units.every((u) => !('stab' in u))).toBe(true);
  });

  it.each([
    ['ja', 'nej'],
    ['Ja', 'Nej'],
    ['JA', ''],
    ['yes', 'no'],
    ['Yes', 'No'],
    ['1', '0'],
    ['true', 'false'],
    ['TRUE', 'FALSE'],
    ['SANT', 'FALSKT'],
    [' ja ', ' nej '],
  ])('reads %j as a stab and %j as not one', (yes, no) => {
    expect(stabs(file({ header: 'Stab', E1: yes, E2: no }))).toEqual(['E1']);
  });

  it.each(['Stab', 'STAB', 'Stabsenhet', 'Är stab', 'Staff unit', 'staff_unit', 'Is staff unit'])(
    'is found under the header %j',
    (name) => {
      const organisation = file({ header: name, E1: 'ja' });
      expect(stabs(organisation)).toEqual(['E1']);
      expect(organisation.warnings).toEqual([]);
    },
  );

  it('flags a kontor’s stab as well as a sektor’s: any enhet may be one', () => {
    expect(stabs(file({ header: 'Stab', E1: 'ja', E2: 'ja' }))).toEqual(['E1', 'E2']);
  });

  it('refuses a value it cannot read, naming the line, the column and the value in Swedish and English', () => {
    const organisation = file({ header: 'Staff unit', E1: 'kanske', E2: 'x' });
    expect(organisation.ok).toBe(false);
    if (organisation.ok) return;
    expect(organisation.issues.map((i) => [i.line, i.column, i.code, i.value])).toEqual([
      [3, 'Staff unit', 'unknownStab', 'kanske'],
      [5, 'Staff unit', 'unknownStab', 'x'],
    ]);
    expect(organisation.issues[0]?.message).toEqual({
      sv: 'Okänt värde "kanske" för stab. Ange ja eller nej, eller lämna tomt för en enhet som inte är en stab.',
      en: 'Unknown staff unit value "kanske". Use yes or no, or leave it empty for a unit that is not a staff unit.',
    });
  });

  it('warns about a sektor or kontor marked as a stab and leaves the flag out, without stopping', () => {
    const organisation = file({ header: 'Stab', S1: 'ja', K1: 'yes', E1: 'nej' });
    expect(stabs(organisation)).toEqual([]);
    expect(organisation.warnings.map((w) => [w.line, w.column])).toEqual([
      [2, 'Stab'],
      [4, 'Stab'],
    ]);
    expect(organisation.warnings[0]?.message.sv).toContain('bara en enhet kan vara en stab');
    expect(organisation.warnings[1]?.message.en).toContain('for an office, but only a unit (enhet)');
  });
});

describe('the Stab column in Excel', () => {
  it('reads logical cells (TRUE/FALSE) and numbers 1/0 as Excel stores them', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Organisation');
    sheet.addRow([...header.split(';'), 'Stab']);
    sheet.addRow(['S1', 'Sektor omsorg', '', 'Sektor', 'a@k.se', 4, 4, false]);
    sheet.addRow(['E1', 'Sektorstab omsorg', 'S1', 'Enhet', 'b@k.se', 8, 7.5, true]);
    sheet.addRow(['K1', 'Äldreomsorgen', 'S1', 'Kontor', 'c@k.se', 3, 3, 0]);
    sheet.addRow(['E2', 'Kontorsstab', 'K1', 'Enhet', 'd@k.se', 5, 5, 1]);
    sheet.addRow(['E3', 'Hemtjänst Norr', 'K1', 'Enhet', 'e@k.se', 40, 35, null]);
    const table = await xlsxTable(new Uint8Array(await book.xlsx.writeBuffer()));
    expect(stabs(readOrganisation(table))).toEqual(['E1', 'E2']);
  });
});

describe('the difference of a changed Stab', () => {
  const units = (organisation: OrganisationFile) => {
    if (!organisation.ok) throw new Error('invalid');
    return organisation.units;
  };

  it('is a change of the unit, in either direction; an absent flag equals No', () => {
    const before = units(file({ header: 'Stab', E1: 'ja' }));
    const after = units(file({ header: 'Stab', E1: 'nej', E2: 'ja' }));
    const diff = diffOrganisation(before, after);
    expect(diff.changed.map((c) => [c.after.id, c.fields])).toEqual([
      ['E1', ['stab']],
      ['E2', ['stab']],
    ]);
    expect(diffOrganisation(units(file()), units(file({ header: 'Stab', E2: 'nej' }))).changed).toEqual([]);
  });
});
