import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { csvTable, decodeText, readOrganisation } from '../../../../src/sharepoint/import';
import { isAppError } from '../../../../src/domain';
import { cellText, xlsxTable } from '../../../../scripts/lib/xlsx';
import { packedZeros, workbookEntries, zipOf } from './zips';

async function workbook(
  build: (sheet: ExcelJS.Worksheet, book: ExcelJS.Workbook) => void,
): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  build(book.addWorksheet('Organisation'), book);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe('xlsxTable', () => {
  it('reads the same organisation as the CSV export, from numbers, rich text, links and formulas', async () => {
    const csv = decodeText(readFileSync(join(__dirname, '../../../fixtures/org/organisation-sv.csv')));
    const csvRows = csvTable(csv.text, csv.encoding).rows;
    const bytes = await workbook((sheet) => {
      csvRows.forEach((row, index) => {
        const values: ExcelJS.CellValue[] = row.cells.map((cell) => {
          // Numbers as Excel stores them (26.4, not "26,4"), as an HR system's export would.
          if (index > 0 && /^\d+(,\d+)?$/.test(cell)) return Number(cell.replace(',', '.'));
          return cell;
        });
        sheet.addRow(values);
      });
      // An e-mail as a link, a name as rich text, a headcount as a formula.
      sheet.getCell('H3').value = {
        text: 'karl.kontor@kommun.example',
        hyperlink: 'mailto:karl.kontor@kommun.example',
      };
      sheet.getCell('G3').value = {
        richText: [{ text: 'Karl ' }, { font: { bold: true }, text: 'Kontorschef' }],
      };
      sheet.getCell('J3').value = { formula: '3*2', result: 6 };
    });
    const table = await xlsxTable(bytes);
    expect(table.source).toBe('Excel (Organisation)');
    const fromExcel = readOrganisation(table);
    const fromCsv = readOrganisation(csvTable(csv.text, csv.encoding));
    expect(fromExcel.ok && fromCsv.ok).toBe(true);
    if (!fromExcel.ok || !fromCsv.ok) return;
    expect(fromExcel.units).toEqual(fromCsv.units);
  });

  it('keeps Excel row numbers across blank rows, so issues point at the right row', async () => {
    const bytes = await workbook((sheet) => {
      sheet.getRow(1).values = [
        'Enhetskod',
        'Enhet',
        'Överordnad enhet',
        'Chef e-post',
        'Antal medarbetare',
        'Årsarbetare',
      ];
      sheet.getRow(2).values = ['S1', 'Omsorg', '', 'a@k.se', 3, 2.5];
      sheet.getRow(5).values = ['E1', 'Lön', 'S9', 'b@k.se', 2, 1];
    });
    const file = readOrganisation(await xlsxTable(bytes));
    expect(file.ok ? [] : file.issues.map((i) => [i.line, i.column, i.code])).toEqual([
      [5, 'Överordnad enhet', 'unknownParent'],
    ]);
  });

  it('reads the named sheet, and says which sheets exist when the name is wrong', async () => {
    const bytes = await workbook((sheet, book) => {
      sheet.addRow(['ignored']);
      book.addWorksheet('Enheter').addRow(['Enhetskod']);
    });
    expect((await xlsxTable(bytes, { sheet: 'Enheter' })).rows).toEqual([{ line: 1, cells: ['Enhetskod'] }]);
    await expect(xlsxTable(bytes, { sheet: 'Blad9' })).rejects.toThrow(/finns: Organisation, Enheter/);
  });

  it('refuses bytes that are not a workbook, in Swedish and English', async () => {
    await expect(xlsxTable(new TextEncoder().encode('Enhetskod;Enhet'))).rejects.toThrow(
      /trasig zip-fil.*\n.*damaged zip file/s,
    );
  });

  it('writes cells as people see them', () => {
    expect(cellText(26.4)).toBe('26,4');
    expect(cellText(0.1 + 0.2)).toBe('0,3');
    // Three decimals in a number cell are decimals, never read as a thousands point.
    expect(cellText(27.125)).toBe('27,125');
    expect(cellText(new Date('2018-06-11T00:00:00Z'))).toBe('2018-06-11');
    expect(cellText(null)).toBe('');
    expect(cellText({ formula: 'A1', result: undefined } as unknown as ExcelJS.CellValue)).toBe('');
  });
});

describe('xlsxTable with archives that are not workbooks, damaged or zip bombs', () => {
  const sheet =
    '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Enhetskod</t></is></c></row></sheetData></worksheet>';
  const entries = workbookEntries(sheet);
  const MiB = 1024 * 1024;

  /** The message xlsxTable refuses the bytes with, which must be an AppError `invalid`. */
  async function refusal(bytes: Uint8Array): Promise<string> {
    try {
      await xlsxTable(bytes);
    } catch (error) {
      expect(isAppError(error) && error.code).toBe('invalid');
      return (error as Error).message;
    }
    throw new Error('xlsxTable read the bytes');
  }

  it('reads the smallest workbook the tests build, so the refusals below are about what differs', async () => {
    expect((await xlsxTable(zipOf(entries))).rows).toEqual([{ line: 1, cells: ['Enhetskod'] }]);
  });

  it('says a zip that is not a workbook is not one, instead of naming a sheet', async () => {
    const message = await refusal(
      zipOf([{ name: 'word/document.xml', data: new TextEncoder().encode('<w/>') }]),
    );
    expect(message).toBe(
      'Filen är ett zip-arkiv men ingen Excel-arbetsbok (.xlsx): den saknar xl/workbook.xml. Spara exporten som .xlsx eller .csv.\n' +
        'The file is a zip archive but not an Excel workbook (.xlsx): it has no xl/workbook.xml. Save the export as .xlsx or .csv.',
    );
  });

  it('says a workbook is damaged when it is cut short or an entry does not unpack', async () => {
    const whole = await workbook((s) => s.addRow(['Enhetskod']));
    expect(await refusal(whole.subarray(0, whole.length / 2))).toMatch(
      /^Filen är en trasig zip-fil .*\nThe file is a damaged zip file/s,
    );
    // Bytes that are no deflate stream where the directory says one is: what a damaged download gives.
    const garbled = zipOf(
      entries.map((e) =>
        e.name === 'xl/workbook.xml'
          ? { ...e, data: { body: Buffer.from('no deflate here'), size: 400, crc: 0 } }
          : e,
      ),
    );
    expect(await refusal(garbled)).toContain('xl/workbook.xml cannot be unpacked');
    const badXml = zipOf(workbookEntries('<worksheet><sheetData><row'));
    expect(await refusal(badXml)).toMatch(
      /^Filen är ingen läsbar Excel-arbetsbok.*\nThe file is not a readable Excel workbook/s,
    );
  });

  it('refuses an archive that declares more than 50 MB unpacked, before unpacking it', async () => {
    const bomb = zipOf([
      ...entries.slice(0, -1),
      { name: 'xl/worksheets/sheet1.xml', data: await packedZeros(200 * MiB) },
    ]);
    expect(bomb.length).toBeLessThan(MiB);
    expect(await refusal(bomb)).toBe(
      'Arkivet är för stort för att vara en organisationsexport: uppackat mer än 50 MB. Spara exporten som CSV, eller som en ny .xlsx med bara organisationen.\n' +
        'The archive is too large to be an organisation export: more than 50 MB unpacked. Save the export as CSV, or as a new .xlsx with the organisation only.',
    );
  });

  it('refuses an archive whose entry unpacks to more than it declares', async () => {
    const liar = zipOf([
      ...entries.slice(0, -1),
      { name: 'xl/worksheets/sheet1.xml', data: await packedZeros(200 * MiB), declaredSize: 1000 },
    ]);
    expect(await refusal(liar)).toMatch(
      /^Filen xl\/worksheets\/sheet1.xml i arkivet packas upp till mer än de 1000 byte arkivet anger \(en så kallad zip-bomb\)/,
    );
  });

  it('refuses an archive of more than 1,000 entries, and an encrypted one', async () => {
    const many = zipOf([
      ...entries,
      ...Array.from({ length: 5000 }, (_, i) => ({ name: `x/${i}.xml`, data: new Uint8Array(0) })),
    ]);
    expect(await refusal(many)).toContain('5005 files (at most 1000)');
    const locked = zipOf(entries.map((e) => ({ ...e, encrypted: true })));
    expect(await refusal(locked)).toContain('The workbook is encrypted (password-protected).');
  });

  it('says a workbook without sheets has none', async () => {
    const empty = entries.map((e) =>
      e.name === 'xl/workbook.xml'
        ? {
            ...e,
            data: new TextEncoder().encode(
              '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>',
            ),
          }
        : e,
    );
    expect(await refusal(zipOf(empty))).toBe('Arbetsboken har inga blad.\nThe workbook has no sheets.');
  });
});
