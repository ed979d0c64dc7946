import {
  figureDefinitions,
  inventoryStatuses,
  roundHalfAway,
  roundParts,
  staffLocations,
  type FigureId,
} from '../domain';
import { type Block, type CellValue, type ColumnKind, type SheetModel, type WorkbookInput } from './types';
import { labelsOf, statusWord } from './words';

// The summary: what the workbook is (period, when, who), the kommun's key figures under the labels the dashboards
// show (`figureDefinitions`), and what each figure counts. Every value is written as it is shown: rounded the way
// docs/domain.md ("Definitions", Avrundning) says, so what Excel shows is what the app shows.

const label = (id: FigureId): string => figureDefinitions.find((f) => f.id === id)?.label.sv ?? id;

const typed = (value: number | null, kind: ColumnKind): CellValue => ({ value, kind });
const share = (value: number | null): CellValue =>
  typed(value === null ? null : roundHalfAway(value * 100, 0) / 100, 'share');
const fte = (value: number | null): CellValue =>
  typed(value === null ? null : roundHalfAway(value, 2), 'fte');
const mean = (value: number | null): CellValue =>
  typed(value === null ? null : roundHalfAway(value, 1), 'mean');
const count = (value: number | null): CellValue => typed(value, 'count');

/** The key figures of the kommun: measure, part, value, n, figure id. */
function keyFigures(input: WorkbookInput): Block {
  const { aggregate } = input;
  const k = aggregate.kommun;
  const labels = labelsOf(input.config);
  const row = (
    measure: string,
    part: string,
    value: CellValue,
    n: number | null,
    id: FigureId | '',
  ): CellValue[] => [measure, part, value, n, id];
  const locationParts = roundParts(
    staffLocations.map((l) => k.support.staffLocation[l]),
    2,
  );
  const cells = aggregate.readiness.rows.flatMap((r) => r.cells);
  const met = cells.filter((c) => c.state === 'met').length;
  const spread = aggregate.inequality.supportPer100ReportingEmployees;
  return {
    columns: [
      { header: 'Mått', kind: 'text' },
      { header: 'Del', kind: 'text' },
      { header: 'Värde', kind: 'count' },
      { header: 'n', kind: 'count' },
      { header: 'FigureId', kind: 'text' },
    ],
    rows: [
      row('Enheter', 'i kommunen', count(k.units), null, ''),
      row(label('progress'), '', share(k.progress.share), k.progress.total, 'progress'),
      ...inventoryStatuses.map((s) =>
        row('Enheter som kan svara', statusWord(s), count(k.progress.byStatus[s]), null, 'progress'),
      ),
      row('Enheter som kan svara', 'summa', count(k.progress.total), null, 'progress'),
      row('Vakanta enheter', 'utanför basen', count(k.progress.vacant), null, 'progress'),
      row(label('reportingUnits'), '', count(k.reportingUnits), null, 'reportingUnits'),
      row(
        label('countedAnswers'),
        'varav senast godkända svaret',
        count(k.reportingFromLastApproval),
        null,
        'countedAnswers',
      ),
      row('Anställda', 'personer, alla enheter', count(k.headcount), null, ''),
      row(
        label('reportingEmployeeShare'),
        '',
        share(k.reportingEmployeeShare),
        k.headcount,
        'reportingEmployeeShare',
      ),
      row(label('supportFte'), 'personer', count(k.support.persons), k.reportingUnits, 'supportFte'),
      row(label('supportFte'), 'summa', fte(k.support.arsarbetare), k.reportingUnits, 'supportFte'),
      ...staffLocations.map((l, i) =>
        row(label('staffLocation'), labels.location(l), fte(locationParts[i] ?? 0), null, 'staffLocation'),
      ),
      row(label('supportPer100'), '', fte(k.support.per100Employees), null, 'supportPer100'),
      row(
        label('chefsnaraStod'),
        '',
        fte(k.firstLine.chefsnaraStodArsarbetare),
        k.firstLine.respondents,
        'chefsnaraStod',
      ),
      row(
        label('adminHours'),
        'summa, medelvärde',
        mean(k.firstLine.adminHoursTotal.value),
        k.firstLine.adminHoursTotal.n,
        'adminHours',
      ),
      row(
        label('medarbetarspann'),
        'medelvärde',
        mean(k.firstLine.medarbetarspann.mean),
        k.firstLine.medarbetarspann.n,
        'medarbetarspann',
      ),
      row(
        label('medarbetarspann'),
        'största',
        count(k.firstLine.medarbetarspann.max),
        k.firstLine.medarbetarspann.n,
        'medarbetarspann',
      ),
      row(label('readiness'), 'uppfyllda krav (sektor × roll)', count(met), cells.length, 'readiness'),
      row(
        label('inequality'),
        'årsarbetare i stöd per 100 anställda i enheter som svarat',
        share(spread.coefficientOfVariation),
        spread.n,
        'inequality',
      ),
      row(
        label('excludedLines'),
        '',
        count(aggregate.diagnostics.excludedLines.length),
        null,
        'excludedLines',
      ),
    ],
    filter: true,
  };
}

/** Every figure's label and Swedish definition. */
function definitions(): Block {
  return {
    title: 'Definitioner',
    columns: [
      { header: 'Mått', kind: 'text' },
      { header: 'Definition', kind: 'text', long: true },
      { header: 'FigureId', kind: 'text' },
    ],
    rows: figureDefinitions.map((f) => [f.label.sv, f.definition.sv, f.id]),
  };
}

/** The sheet `Sammanfattning`. */
export function summarySheet(input: WorkbookInput): SheetModel {
  const { period, config } = input;
  return {
    name: 'Sammanfattning',
    title: `Stödinventering: ${config.municipality.name.sv}`,
    preamble: [
      { label: 'Period', value: `${period.name.sv} (${period.id})`, kind: 'text' },
      { label: 'Perioden', value: `${period.opensOn} – ${period.closesOn}`, kind: 'text' },
      { label: 'Skapad (UTC)', value: new Date(input.createdAt), kind: 'instant' },
      { label: 'Skapad av', value: input.createdBy ?? '–', kind: 'text' },
    ],
    blocks: [keyFigures(input), definitions()],
  };
}
