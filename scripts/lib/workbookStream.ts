// The period's workbook streamed row by row with ExcelJS's Node writer: the same sheets, cells and styles as
// `buildWorkbook` (src/exports/workbook.ts writes both from one layout), in a fraction of the time and memory. At a
// region's size (3,500 units, some 140,000 rows) the in-memory workbook takes about 45 s and 2 GB to write; this
// takes seconds and a few tens of MB besides the rows themselves.
import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import { type WorkbookInput } from '../../src/exports';
import {
  prepareWorksheet,
  workbookLayout,
  workbookProperties,
  worksheetOptions,
  writeRow,
} from '../../src/exports/workbook';

/** The workbook of `input` as the bytes of an .xlsx file, written as a stream, and its sheets' names. */
export async function streamedWorkbook(
  input: WorkbookInput,
): Promise<{ bytes: Uint8Array; sheets: string[] }> {
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  // Shared strings, as the in-memory writer uses: every text is `t="s"`, never a formula.
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useSharedStrings: true,
    useStyles: true,
  });
  const { creator, created } = workbookProperties(input);
  workbook.creator = creator;
  workbook.created = created;
  workbook.modified = created;
  const layouts = workbookLayout(input);
  for (const layout of layouts) {
    const ws = workbook.addWorksheet(layout.name, worksheetOptions(layout));
    prepareWorksheet(ws, layout);
    for (const placed of layout.rows) {
      const row = ws.getRow(placed.row);
      writeRow(row, placed);
      row.commit();
    }
    ws.commit();
  }
  await workbook.commit();
  await ended;
  return { bytes: new Uint8Array(Buffer.concat(chunks)), sheets: layouts.map((l) => l.name) };
}
