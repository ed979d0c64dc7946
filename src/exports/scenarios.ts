import {
  proposalLabel,
  roundHalfAway,
  scenarioKeyFigures,
  type AreaMoves,
  type MunicipalityConfig,
  type Period,
  type ScenarioOutcome,
} from '../domain';
import { readinessWords } from './readiness';
import { sheetNamer } from './sheetNames';
import { type Block, type CellValue, type Column, type SheetModel } from './types';
import { labelsOf } from './words';

// The scenarios compared in a workbook (docs/scenarios.md): `Jämförelse` with the key figures and every
// function's placement side by side, then one sheet per scenario with what it moves per sektor and kontor, the
// mottagare matrix before and after, and the units that would lose support sitting in their own unit.

/** What a scenario workbook is made from. */
export interface ScenarioWorkbookInput {
  readonly outcomes: readonly ScenarioOutcome[];
  readonly config: MunicipalityConfig;
  readonly period: Period;
  /** When it was made (ISO instant). */
  readonly createdAt: string;
  readonly createdBy: string | null;
}

const fte = (value: number | null): number | null => (value === null ? null : roundHalfAway(value, 2));
const share = (value: number | null): CellValue =>
  value === null ? null : { value: roundHalfAway(value * 100, 0) / 100, kind: 'share' };

const sourceWords = {
  proposal: 'Enligt förslaget',
  override: 'Ändrat',
  noProposal: 'Inget förslag',
} as const;

function comparisonSheet(input: ScenarioWorkbookInput, name: string): SheetModel {
  const { outcomes } = input;
  const labels = labelsOf(input.config);
  const figures = outcomes.map(scenarioKeyFigures);
  const columns = (first: string): Column[] => [
    { header: first, kind: 'text' },
    ...outcomes.map((o): Column => ({ header: o.scenario.name, kind: 'fte' })),
  ];
  const row = (label: string, pick: (f: (typeof figures)[number]) => CellValue): CellValue[] => [
    label,
    ...figures.map(pick),
  ];
  const first = figures[0];
  const keyFigures: Block = {
    title: 'Nyckeltal',
    columns: [...columns('Nyckeltal'), { header: 'I dag', kind: 'fte' }],
    rows: [
      [...row('Årsarbetare som samlas i sektorn', (f) => f.toSektor), null],
      [...row('Årsarbetare som centraliseras', (f) => f.toCentral), 0],
      [
        ...row('Enheter som förlorar eget stöd', (f) => ({ value: f.unitsLosingSupport, kind: 'count' })),
        null,
      ],
      [
        ...row('Sektorer som når mottagarprofilen', (f) => ({
          value: f.sektorerMeetingProfile.after,
          kind: 'count',
        })),
        { value: first?.sektorerMeetingProfile.before ?? null, kind: 'count' },
      ],
      [
        ...row('Brist mot mottagarprofilen, årsarbetare', (f) => fte(f.totalShortfall.after)),
        fte(first?.totalShortfall.before ?? null),
      ],
      [
        ...row('Skillnad mellan sektorer (variationskoefficient)', (f) => share(f.supportInequality.after)),
        share(first?.supportInequality.before ?? null),
      ],
    ],
  };
  const choices: Block = {
    title: 'Placering per stödfunktion',
    columns: [
      { header: 'Stödfunktion', kind: 'text' },
      { header: 'Förslag', kind: 'text' },
      ...outcomes.map((o): Column => ({ header: o.scenario.name, kind: 'text' })),
    ],
    rows: input.config.taxonomy.functions.map((fn, i) => [
      fn.label.sv,
      proposalLabel(outcomes[0]?.choices[i]?.proposal ?? 'insufficientData').sv,
      ...outcomes.map((o) => {
        const choice = o.choices[i];
        return choice === undefined
          ? null
          : `${labels.placement(choice.placement)} (${sourceWords[choice.source].toLowerCase()})`;
      }),
    ]),
    filter: true,
  };
  return {
    name,
    title: 'Scenarier',
    preamble: [
      { label: 'Period', value: input.period.name.sv, kind: 'text' },
      { label: 'Skapad', value: new Date(input.createdAt), kind: 'instant' },
      { label: 'Av', value: input.createdBy ?? '', kind: 'text' },
    ],
    blocks: [keyFigures, choices],
  };
}

const moveColumns = (area: string): Column[] => [
  { header: `${area}Id`, kind: 'text' },
  { header: area === 'Sektor' ? 'Sektor' : 'Kontor', kind: 'text' },
  { header: 'Stöd i dag, årsarbetare', kind: 'fte' },
  { header: 'Samlas i sektorn', kind: 'fte' },
  { header: 'Centraliseras', kind: 'fte' },
  { header: 'Stöd efter, årsarbetare', kind: 'fte' },
];

const moveRow = (a: AreaMoves): CellValue[] => [
  a.id,
  a.name,
  fte(a.supportBefore),
  fte(a.toSektor),
  fte(a.toCentral),
  fte(a.supportAfter),
];

function scenarioSheet(
  outcome: ScenarioOutcome,
  context: { name: string; labels: ReturnType<typeof labelsOf> },
): SheetModel {
  const { labels } = context;
  const { before, after } = outcome.readiness;
  const readinessRows: CellValue[][] = after.rows.flatMap((row, r) =>
    row.cells.map((cell, c) => {
      const was = before.rows[r]?.cells[c];
      return [
        row.name,
        labels.role(cell.roleId),
        fte(cell.required),
        fte(was?.present ?? null),
        fte(cell.present),
        readinessWords(cell, row, cell.shortfall ?? 0),
      ];
    }),
  );
  const losses: CellValue[][] = outcome.unitLosses.flatMap((unit) =>
    unit.functions.map((f): CellValue[] => [
      unit.unitId,
      unit.unitName,
      labels.fn(f.functionId),
      { value: f.persons, kind: 'count' },
      fte(f.arsarbetare),
      f.to === 'sektor' ? 'Samlas i sektorn' : 'Centraliseras',
    ]),
  );
  return {
    name: context.name,
    title: outcome.scenario.name,
    blocks: [
      {
        title: 'Sektorer',
        columns: moveColumns('Sektor'),
        rows: outcome.sektorer.map(moveRow),
        filter: true,
      },
      { title: 'Kontor', columns: moveColumns('Kontor'), rows: outcome.kontor.map(moveRow) },
      {
        title: 'Mottagarmatris före och efter',
        columns: [
          { header: 'Sektor', kind: 'text' },
          { header: 'Roll', kind: 'text' },
          { header: 'Krav', kind: 'fte' },
          { header: 'I dag', kind: 'fte' },
          { header: 'Efter', kind: 'fte' },
          { header: 'Läge efter', kind: 'text' },
        ],
        rows: readinessRows,
      },
      {
        title: 'Enheter som förlorar eget stöd',
        columns: [
          { header: 'UnitCode', kind: 'text' },
          { header: 'Enhet', kind: 'text' },
          { header: 'Stödfunktion', kind: 'text' },
          { header: 'Personer', kind: 'count' },
          { header: 'Årsarbetare', kind: 'fte' },
          { header: 'Flyttas', kind: 'text' },
        ],
        rows: losses,
      },
    ],
  };
}

/** Every sheet of a scenario workbook, in order. */
export function scenarioWorkbookModel(input: ScenarioWorkbookInput): SheetModel[] {
  const name = sheetNamer();
  const labels = labelsOf(input.config);
  const comparison = comparisonSheet(input, name('Jämförelse'));
  return [
    comparison,
    ...input.outcomes.map((outcome) =>
      scenarioSheet(outcome, { name: name(outcome.scenario.name, 'Scenario'), labels }),
    ),
  ];
}
