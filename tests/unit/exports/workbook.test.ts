// The Excel workbook as Excel will read it: written to bytes and loaded again with ExcelJS, and its XML looked at
// in the zip. A generated municipality with names a spreadsheet could run as formulas, sektor names Excel refuses
// as sheet names, free text with every character that must survive, and one stored line that breaks the form's
// rules.
import ExcelJS from 'exceljs';
import { generateMunicipality } from '../../../scripts/lib/demo';
import {
  aggregate,
  countedAnswer,
  figureDefinitions,
  type Inventory,
  type InventoryLine,
  type Unit,
} from '../../../src/domain';
import { fixedSheets, formulaGuard, type WorkbookInput } from '../../../src/exports';
import { buildWorkbook, workbookBytes } from '../../../src/exports/workbook';
import { streamedWorkbook } from '../../../scripts/lib/workbookStream';
import { xlsxParts } from './xlsxParts';

const generated = generateMunicipality({ units: 60, seed: 11 });
const period = generated.periods[0]!;

const dangerousNames = ['=HYPERLINK("http://x")', '+1', '-1', '@SUM(A1)'];
const survivingText = 'å ä ö Å Ä Ö & # "citat" \'apostrof\' <tagg> _x0041_ 100 % slut';
const dangerousComments = ['\t=1+2', '  =1+2', '\r@cmd', ' -3'];

// Sektor names: one with every character Excel refuses, one equal to a fixed sheet, one too long, and one that
// becomes the first one's name once made valid.
const sektorNames = [
  'Vård & omsorg: äldre/funktionshinder [2026]',
  'Förslag',
  'Samhällsbyggnad, infrastruktur, miljö och kultur',
  'Vård & omsorg? äldre*funktionshinder',
];

function isCounted(inventory: Inventory, unit: Unit): boolean {
  const answer = countedAnswer(inventory, unit.manager?.upn ?? null);
  return answer !== null && answer.lines === inventory.lines && inventory.lines.length >= 5;
}

let lastApproved = '';

function fixture(): WorkbookInput {
  const sektorer = generated.units.filter((u) => u.kind === 'sektor');
  const enheter = generated.units.filter((u) => u.kind === 'enhet');
  const renamed = new Map<string, string>([
    ...sektorer.map((s, i) => [s.id, sektorNames[i]!] as const),
    ...dangerousNames.map((name, i) => [enheter[i]!.id, name] as const),
  ]);
  const units = generated.units.map((u) => (renamed.has(u.id) ? { ...u, name: renamed.get(u.id)! } : u));
  const byId = new Map(units.map((u) => [u.id, u]));
  const counted = generated.inventories.filter((i) => isCounted(i, byId.get(i.unitId)!));
  const [texts, broken] = [counted[0]!, counted[1]!];
  const approved = generated.inventories.find(
    (i) => i.status === 'approved' && i !== texts && i !== broken && i.lines.length >= 5,
  )!;
  const withLines = (inventory: Inventory, change: (line: InventoryLine, i: number) => InventoryLine) => ({
    ...inventory,
    lines: inventory.lines.map(change),
  });
  const inventories = generated.inventories.map((inventory) => {
    if (inventory === texts)
      return withLines(inventory, (line, i) =>
        i === 0
          ? { ...line, comment: survivingText }
          : i <= dangerousComments.length
            ? { ...line, comment: dangerousComments[i - 1]! }
            : line,
      );
    // A line written around the form: more FTE than persons. No figure counts it.
    if (inventory === broken)
      return withLines(inventory, (line, i) =>
        i === 0 ? { ...line, persons: 1, arsarbetare: 3, roles: [] } : line,
      );
    // Changed after its approval, which kept its figures: the approved figures count while the change is in review.
    if (inventory === approved) {
      const approval = inventory.decisions.findLast((d) => d.verdict === 'approved')!;
      const figures = { lines: inventory.lines.slice(0, 2), firstLine: inventory.firstLine };
      return {
        ...inventory,
        status: 'submitted' as const,
        revision: `${inventory.revision}+changed`,
        decisions: inventory.decisions.map((d) => (d === approval ? { ...d, figures } : d)),
      };
    }
    return inventory;
  });
  lastApproved = approved.unitId;
  const input = { units, inventories, config: generated.config, periodId: period.id };
  return {
    ...input,
    period,
    aggregate: aggregate(input),
    createdAt: '2026-12-07T08:12:34Z',
    createdBy: 'pia.projekt@kommun.example',
  };
}

const input = fixture();
let bytes: Uint8Array;
let book: ExcelJS.Workbook;

beforeAll(async () => {
  bytes = await workbookBytes(input);
  book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
});

const sheet = (name: string): ExcelJS.Worksheet => {
  const found = book.getWorksheet(name);
  if (found === undefined) throw new Error(`no sheet ${name}`);
  return found;
};

const rowValues = (ws: ExcelJS.Worksheet, row: number): unknown[] =>
  (ws.getRow(row).values as unknown[]).slice(1);

/** The row numbers of a sheet's first table (header on row 1), up to the blank row before its totals. */
function dataRows(ws: ExcelJS.Worksheet): number[] {
  const rows: number[] = [];
  for (let r = 2; r <= ws.rowCount && ws.getRow(r).cellCount > 0; r++) rows.push(r);
  return rows;
}

function column(ws: ExcelJS.Worksheet, header: string, headerRow = 1): number {
  const index = rowValues(ws, headerRow).indexOf(header);
  if (index < 0) throw new Error(`no column ${header} in ${ws.name}`);
  return index + 1;
}

const lineHeaders = [
  'UnitCode',
  'Enhet',
  'Kontor',
  'Status',
  'Räknas',
  'FunctionId',
  'Stödfunktion',
  'Personer',
  'Årsarbetare',
  'Roller (årsarbetare)',
  'Stöd från',
  'Kvalitet',
  'Kompetens i dag',
  'Kompetens som behövs',
  'Kompetensbehov',
  'Placering',
  'Kommentar',
];

/** Persons and FTE (hundredths) of the answers that count, straight from the inventories (docs/domain.md). */
function countedTotals(sektorId?: string): { persons: number; hundredths: number } {
  const known = new Set(input.config.taxonomy.functions.map((f) => f.id));
  let persons = 0;
  let hundredths = 0;
  for (const unit of input.units) {
    if (sektorId !== undefined && unit.sektorId !== sektorId) continue;
    const inventory = input.inventories.find((i) => i.unitId === unit.id && i.periodId === period.id);
    const answer = inventory && countedAnswer(inventory, unit.manager?.upn ?? null);
    for (const line of answer?.lines ?? []) {
      const fte = line.arsarbetare ?? 0;
      if (!known.has(line.functionId) || fte > (line.persons ?? 0)) continue;
      persons += line.persons ?? 0;
      hundredths += Math.round(fte * 100);
    }
  }
  return { persons, hundredths };
}

describe('buildWorkbook', () => {
  it('has the summary, one sheet per sektor, every row, the matrix and the proposals, in that order', () => {
    expect(book.worksheets.map((w) => w.name)).toEqual([
      'Sammanfattning',
      'Vård & omsorg- äldre-funktionsh',
      'Förslag (2)',
      'Samhällsbyggnad, infrastruktur,',
      'Vård & omsorg- äldre-funkti (2)',
      'Alla rader',
      'Mottagarmatris',
      'Förslag',
    ]);
  });

  it('names sheets as Excel requires: at most 31 characters, none of : \\ / ? * [ ], unique in any case', () => {
    const names = book.worksheets.map((w) => w.name);
    for (const name of names) {
      expect(name.length).toBeGreaterThan(0);
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[:\\/?*[\]]|^'|'$/);
    }
    expect(new Set(names.map((n) => n.toUpperCase())).size).toBe(names.length);
  });

  it('writes Swedish headers, and the codes’ own names where a column holds a code', () => {
    expect(rowValues(sheet('Förslag (2)'), 1)).toEqual(lineHeaders);
    expect(rowValues(sheet(fixedSheets.allRows), 1)).toEqual(['SektorCode', 'Sektor', ...lineHeaders]);
    expect(rowValues(sheet(fixedSheets.readiness), 1)).toEqual([
      'SektorCode',
      'Sektor',
      'FunctionId',
      'Stödfunktion',
      'RoleId',
      'Roll',
      'Krav (årsarbetare)',
      'Finns (årsarbetare)',
      'Brist (årsarbetare)',
      'Läge',
    ]);
    expect(rowValues(sheet(fixedSheets.proposals), 1)).toEqual([
      'AreaId',
      'Område',
      'FunctionId',
      'Stödfunktion',
      'Förslag',
      'Proposal',
      'Rule',
      'Röster: Måste vara verksamhetsnära',
      'Röster: Kan samordnas i sektorn',
      'Röster: Kan centraliseras',
      'n (röster)',
      'Andel: Måste vara verksamhetsnära',
      'Andel: Kan samordnas i sektorn',
      'Andel: Kan centraliseras',
      'Kvalitet (medelvärde)',
      'Kvalitet (n)',
      'Förklaring',
    ]);
    const summary = sheet(fixedSheets.summary);
    expect(rowValues(summary, 7)).toEqual(['Mått', 'Del', 'Värde', 'n', 'FigureId']);
  });

  it('writes numbers as numbers in their formats: 0.00 for FTE, 0 for counts, 0% for shares', () => {
    const ws = sheet(fixedSheets.allRows);
    const formats = { Personer: '0', Årsarbetare: '0.00', Kvalitet: '0', 'Kompetens i dag': '0' };
    let numbers = 0;
    for (const [header, format] of Object.entries(formats)) {
      const c = column(ws, header);
      for (const r of dataRows(ws)) {
        const cell = ws.getCell(r, c);
        if (cell.value === null) continue;
        expect(cell.type).toBe(ExcelJS.ValueType.Number);
        expect(cell.numFmt).toBe(format);
        numbers += 1;
      }
    }
    expect(numbers).toBeGreaterThan(1000);
    const proposals = sheet(fixedSheets.proposals);
    for (const r of dataRows(proposals)) {
      const votes = proposals.getCell(r, column(proposals, 'n (röster)'));
      expect(votes.type).toBe(ExcelJS.ValueType.Number);
      expect(votes.numFmt).toBe('0');
      const shares = ['Måste vara verksamhetsnära', 'Kan samordnas i sektorn', 'Kan centraliseras'].map((p) =>
        proposals.getCell(r, column(proposals, `Andel: ${p}`)),
      );
      if (votes.value === 0) continue;
      for (const share of shares) expect(share.numFmt).toBe('0%');
      // Rounded so that the shares shown add up to 100 %.
      expect(Math.round(shares.reduce((sum, s) => sum + (s.value as number), 0) * 100)).toBe(100);
    }
    const summary = sheet(fixedSheets.summary);
    const share = summary.getCell(9, 3);
    expect(summary.getCell(9, 1).value).toBe('Andel inskickade');
    expect(share.type).toBe(ExcelJS.ValueType.Number);
    expect(share.numFmt).toBe('0%');
  });

  it('freezes every sheet’s header rows and sets an auto-filter over its table', () => {
    for (const ws of book.worksheets) {
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: ws.name === fixedSheets.summary ? 7 : 1 });
      expect(ws.autoFilter).toBeTruthy();
    }
    const all = sheet(fixedSheets.allRows);
    const last = dataRows(all).at(-1)!;
    expect(all.autoFilter).toBe(`A1:S${last}`);
  });

  it('totals each sektor’s and the kommun’s counted lines exactly as the inventories’ answers that count add up', () => {
    expect(input.aggregate.diagnostics.excludedLines).toHaveLength(1);
    const sheets = [
      ...input.aggregate.sektorer.map((s, i) => ({ ws: book.worksheets[i + 1]!, sektorId: s.id, area: s })),
      { ws: sheet(fixedSheets.allRows), sektorId: undefined, area: input.aggregate.kommun },
    ];
    for (const { ws, sektorId, area } of sheets) {
      const totalsRow = ws.getColumn(1).values.findIndex((v) => v === 'Summa, rader som räknas');
      expect(totalsRow).toBeGreaterThan(0);
      const persons = ws.getCell(totalsRow, column(ws, 'Personer'));
      const fte = ws.getCell(totalsRow, column(ws, 'Årsarbetare'));
      const expected = countedTotals(sektorId);
      expect(persons.value).toBe(expected.persons);
      expect(Math.round((fte.value as number) * 100)).toBe(expected.hundredths);
      expect(fte.numFmt).toBe('0.00');
      // The same as the aggregate's figures, and the rows shown add up to the total shown.
      expect(persons.value).toBe(area.support.persons);
      expect(fte.value).toBe(area.support.arsarbetare);
      const countedCol = column(ws, 'Räknas');
      const fteCol = column(ws, 'Årsarbetare');
      const shown = dataRows(ws)
        .filter((r) => String(ws.getCell(r, countedCol).value).startsWith('Ja'))
        .reduce((sum, r) => sum + Math.round(((ws.getCell(r, fteCol).value as number | null) ?? 0) * 100), 0);
      expect(shown).toBe(expected.hundredths);
    }
  });

  it('says for every row whether it counts, and why a stored line that breaks the form does not', () => {
    const ws = sheet(fixedSheets.allRows);
    const counted = ws
      .getColumn(column(ws, 'Räknas'))
      .values.slice(2)
      .filter((v) => typeof v === 'string');
    expect(counted).toContain('Ja');
    expect(counted).toContain('Nej: utkast');
    expect(counted).toContain('Nej: fler årsarbetare än personer');
    const [excluded] = input.aggregate.diagnostics.excludedLines;
    const row = dataRows(ws).find(
      (r) =>
        ws.getCell(r, column(ws, 'UnitCode')).value === excluded!.unitId &&
        ws.getCell(r, column(ws, 'FunctionId')).value === excluded!.functionId,
    )!;
    expect(ws.getCell(row, column(ws, 'Räknas')).value).toBe('Nej: fler årsarbetare än personer');
    expect(ws.getCell(row, column(ws, 'Årsarbetare')).value).toBe(3);
  });

  it('shows a unit whose last approved answer counts while a changed one is in review: both, the approved counted', () => {
    const ws = sheet(fixedSheets.allRows);
    const rows = dataRows(ws).filter((r) => ws.getCell(r, column(ws, 'UnitCode')).value === lastApproved);
    const words = rows.map((r) => ws.getCell(r, column(ws, 'Räknas')).value);
    const inventory = input.inventories.find((i) => i.unitId === lastApproved)!;
    expect(words).toEqual([
      'Ja, senast godkända svaret',
      'Ja, senast godkända svaret',
      ...inventory.lines.map(() => 'Nej: under granskning, det senast godkända svaret räknas'),
    ]);
    expect(rows.map((r) => ws.getCell(r, column(ws, 'Status')).value)).toEqual(rows.map(() => 'Inskickad'));
    expect(input.aggregate.kommun.reportingFromLastApproval).toBe(1);
  });

  it('lists units without an inventory with their status only', () => {
    const ws = sheet(fixedSheets.allRows);
    const withInventory = new Set(input.inventories.map((i) => i.unitId));
    const without = input.units.filter((u) => !withInventory.has(u.id));
    expect(without.length).toBeGreaterThan(0);
    for (const unit of without) {
      const rows = dataRows(ws).filter((r) => ws.getCell(r, column(ws, 'UnitCode')).value === unit.id);
      expect(rows).toHaveLength(1);
      expect(ws.getCell(rows[0]!, column(ws, 'Status')).value).toBe('Ej påbörjad');
      expect(ws.getCell(rows[0]!, column(ws, 'FunctionId')).value).toBeNull();
    }
  });

  it('writes text a spreadsheet could run as a formula as text, with an apostrophe in front', () => {
    const texts = book.worksheets.flatMap((ws) => {
      const found: ExcelJS.Cell[] = [];
      ws.eachRow((row) => row.eachCell((cell) => void found.push(cell)));
      return found;
    });
    expect(texts.some((c) => c.type === ExcelJS.ValueType.Formula)).toBe(false);
    for (const name of dangerousNames) {
      const cells = texts.filter((c) => c.value === `${formulaGuard}${name}`);
      // The unit's rows on its sektor's sheet and on Alla rader.
      expect(cells.length).toBeGreaterThanOrEqual(2);
      for (const cell of cells) expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(texts.some((c) => c.value === name)).toBe(false);
    }
    for (const comment of dangerousComments)
      expect(texts.filter((c) => c.value === `${formulaGuard}${comment}`).length).toBe(2);
  });

  it('has no formula anywhere in the sheets’ XML: every text is a shared string', () => {
    const parts = xlsxParts(bytes);
    const sheets = [...parts.keys()].filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name));
    expect(sheets).toHaveLength(book.worksheets.length);
    for (const name of sheets) {
      const xml = parts.get(name)!;
      expect(xml).not.toMatch(/<f[\s>]/);
      expect(xml).not.toMatch(/t="(str|inlineStr)"/);
    }
    const strings = parts
      .get('xl/sharedStrings.xml')!
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
    expect(strings).toContain(`<t>'=HYPERLINK("http://x")</t>`);
    expect(strings).toContain(`<t>'@SUM(A1)</t>`);
    expect(strings).not.toContain('<t>=HYPERLINK');
  });

  it('keeps å/ä/ö, &, #, quotes and _x0041_ exactly as they are', () => {
    const ws = sheet(fixedSheets.allRows);
    const comments = ws.getColumn(column(ws, 'Kommentar')).values;
    expect(comments).toContain(survivingText);
    expect(book.worksheets.map((w) => w.name)).toContain('Vård & omsorg- äldre-funktionsh');
  });

  it('says in the summary what the workbook is, the kommun’s key figures and what each figure counts', () => {
    const ws = sheet(fixedSheets.summary);
    expect(rowValues(ws, 2)).toEqual(['Period', `${period.name.sv} (${period.id})`]);
    expect(ws.getCell(4, 1).value).toBe('Skapad (UTC)');
    expect((ws.getCell(4, 2).value as Date).toISOString()).toBe('2026-12-07T08:12:34.000Z');
    expect(rowValues(ws, 5)).toEqual(['Skapad av', 'pia.projekt@kommun.example']);
    const values = ws.getColumn(1).values;
    for (const figure of figureDefinitions) {
      const row = values.findIndex(
        (v, i) => v === figure.label.sv && ws.getCell(i, 2).value === figure.definition.sv,
      );
      expect(row).toBeGreaterThan(0);
    }
    const fteRow = values.findIndex(
      (v, i) => v === 'Årsarbetare i stöd' && ws.getCell(i, 2).value === 'summa',
    );
    expect(ws.getCell(fteRow, 3).value).toBe(input.aggregate.kommun.support.arsarbetare);
    expect(ws.getCell(fteRow, 3).numFmt).toBe('0.00');
    // Where the support staff sit: parts that add up to the total shown.
    const parts = values
      .map((v, i) => (v === 'Var stödpersonalen sitter' ? ws.getCell(i, 3).value : null))
      .filter((v): v is number => typeof v === 'number');
    expect(parts).toHaveLength(4);
    expect(Math.round(parts.reduce((a, b) => a + b, 0) * 100)).toBe(
      Math.round(input.aggregate.kommun.support.arsarbetare * 100),
    );
  });

  it('states every readiness cell in words and every proposal with its explanation', () => {
    const matrix = sheet(fixedSheets.readiness);
    const states = dataRows(matrix).map((r) => String(matrix.getCell(r, column(matrix, 'Läge')).value));
    expect(states).toHaveLength(
      input.aggregate.readiness.rows.length * input.config.receiverProfile.requirements.length,
    );
    for (const state of states) expect(state).toMatch(/^(Uppfyllt|Brist \d+,\d\d|Ej rapporterat: .+)$/);
    const proposals = sheet(fixedSheets.proposals);
    const explanations = dataRows(proposals).map(
      (r) => proposals.getCell(r, column(proposals, 'Förklaring')).value,
    );
    expect(explanations).toEqual(
      [...input.aggregate.proposals.kommun, ...input.aggregate.proposals.sektorer].map(
        (p) => p.explanation.sv,
      ),
    );
  });

  it('fits its columns to what they hold', () => {
    const ws = sheet(fixedSheets.allRows);
    const unit = ws.getColumn(column(ws, 'UnitCode'));
    const comment = ws.getColumn(column(ws, 'Kommentar'));
    expect(unit.width).toBeGreaterThanOrEqual('UnitCode'.length);
    expect(unit.width).toBeLessThan(15);
    expect(comment.width).toBeGreaterThan(unit.width!);
    expect(comment.width).toBeLessThanOrEqual(60);
  });

  it('is the same workbook when the scripts stream it: sheets, views, filters, widths, values and formats', async () => {
    const streamed = await streamedWorkbook(input);
    expect(streamed.sheets).toEqual(book.worksheets.map((w) => w.name));
    expect(xlsxParts(streamed.bytes).get('xl/worksheets/sheet2.xml')).not.toMatch(
      /<f[\s>]|t="(str|inlineStr)"/,
    );
    const other = new ExcelJS.Workbook();
    await other.xlsx.load(Buffer.from(streamed.bytes) as unknown as ExcelJS.Buffer);
    const cells = (ws: ExcelJS.Worksheet) => {
      const found: [string, unknown, string | undefined, boolean | undefined][] = [];
      ws.eachRow((row) =>
        row.eachCell((cell) => void found.push([cell.address, cell.value, cell.numFmt, cell.font?.bold])),
      );
      return found;
    };
    expect(other.worksheets.map((w) => w.name)).toEqual(book.worksheets.map((w) => w.name));
    book.worksheets.forEach((ws, i) => {
      const twin = other.worksheets[i]!;
      const frozen = ws.views[0] as Partial<ExcelJS.WorksheetViewFrozen>;
      expect(twin.views[0]).toMatchObject({ state: 'frozen', ySplit: frozen.ySplit });
      expect(twin.autoFilter).toEqual(ws.autoFilter);
      expect(twin.columns.map((c) => c.width)).toEqual(ws.columns.map((c) => c.width));
      expect(cells(twin)).toEqual(cells(ws));
    });
  });

  it('is an ExcelJS workbook the caller can write as it likes', () => {
    expect(buildWorkbook(input).worksheets).toHaveLength(8);
  });
});
