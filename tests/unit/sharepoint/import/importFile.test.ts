import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isAppError } from '../../../../src/domain';
import { maxFileBytes, readFileLimited, readImportTable } from '../../../../scripts/lib/importFile';
import { workbookEntries, zipOf } from './zips';

describe('readImportTable', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'import-file-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, content: string | Uint8Array): string => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  const refusal = async (path: string): Promise<string> => {
    try {
      await readImportTable(path);
    } catch (error) {
      expect(isAppError(error) && error.code).toBe('invalid');
      return (error as Error).message;
    }
    throw new Error('readImportTable read the file');
  };

  it('reads CSV and Excel by their bytes, whatever the name', async () => {
    const csv = await readImportTable(file('export.txt', 'Enhetskod;Enhet\nE1;Lön\n'));
    expect(csv.source).toBe('CSV (;, utf-8)');
    const sheet =
      '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
      '<row r="1"><c r="A1" t="inlineStr"><is><t>Enhetskod</t></is></c></row></sheetData></worksheet>';
    const xlsx = await readImportTable(file('export.csv', zipOf(workbookEntries(sheet))));
    expect(xlsx.source).toBe('Excel (Blad1)');
  });

  it(`refuses a file larger than ${maxFileBytes / 1024 / 1024} MB without reading it into memory`, async () => {
    const path = file('huge.csv', '');
    truncateSync(path, maxFileBytes + 1); // sparse: no disk, and the read stops at the limit
    expect(await refusal(path)).toBe(
      `Filen ${path} är större än 50 MB, mer än en organisationsexport kan vara. Kontrollera att det är rätt fil.\n` +
        `The file ${path} is larger than 50 MB, more than an organisation export can be. Check that it is the right file.`,
    );
  });

  it('reads a file of exactly the limit, and stops reading one byte after it', async () => {
    const path = file('ten.csv', '0123456789');
    expect(Buffer.from(await readFileLimited(path, { maxBytes: 10 })).toString()).toBe('0123456789');
    await expect(readFileLimited(path, { maxBytes: 9 })).rejects.toThrow(/större än 0 MB/);
  });

  it('says an .xls or a password-protected workbook must be saved again, and that an .xlsx must be a zip', async () => {
    const compound = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    for (const name of ['locked.xlsx', 'old.xls', 'old.csv'])
      expect(await refusal(file(name, compound))).toContain(
        'The file is an Excel 97–2003 workbook (.xls) or a password-protected workbook.',
      );
    expect(await refusal(file('text.xlsx', 'Enhetskod;Enhet\n'))).toContain(
      'The file is named .xlsx but is not an Excel workbook (it is not a zip archive).',
    );
  });
});
