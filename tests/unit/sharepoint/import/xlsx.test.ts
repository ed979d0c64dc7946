import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { csvTable, decodeText, readOrganisation } from '../../../../src/sharepoint/import';
import { cellText, xlsxTable } from '../../../../scripts/lib/xlsx';

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
      /ingen Excel-arbetsbok.*\n.*not an Excel workbook/s,
    );
  });

  it('writes cells as people see them', () => {
    expect(cellText(26.4)).toBe('26.4');
    expect(cellText(0.1 + 0.2)).toBe('0.3');
    expect(cellText(new Date('2018-06-11T00:00:00Z'))).toBe('2018-06-11');
    expect(cellText(null)).toBe('');
    expect(cellText({ formula: 'A1', result: undefined } as unknown as ExcelJS.CellValue)).toBe('');
  });
});
