// What the board (kommunstyrelsen) is told: a period's figures for the kommun or one sektor, as aggregates only.
// It is built from the project team's dashboard and published by them (docs/channel.md); nothing in it names a
// person or gives one unit's figures: an area whose counted units are fewer than `minComparisonUnits` keeps only
// its progress counts, and the readiness matrix is reduced to counts of requirements.
import { minComparisonUnits } from '../aggregation/comparison';
import { type DashboardView } from '../aggregation/dashboardView';
import { type AreaSummary, type PlacementProposal, type ReadinessRow } from '../aggregation/types';
import { type LocalizedText } from '../i18n/locale';

/** Which area a summary covers. */
export type BoardScope =
  { readonly level: 'kommun' } | { readonly level: 'sektor'; readonly sektorId: string };

/** Raise when the stored shape of `BoardSummary` changes, so that a reader refuses what it cannot read. */
export const boardSummaryFormat = 1;

/** The figures of an area with enough counted units to show them. */
export interface BoardFigures {
  /** Support FTE over all functions, exact to the hundredth. */
  readonly arsarbetare: number;
  /** Support FTE per 100 employees; `null` without employees. */
  readonly per100Employees: number | null;
  /** Share (0–1) of the area's employees whose units' answers count; `null` without employees. */
  readonly reportingEmployeeShare: number | null;
}

/** Progress and, when enough units count, figures of one area. */
export interface BoardArea {
  readonly name: string;
  /** Units that can answer. */
  readonly units: number;
  readonly submittedOrApproved: number;
  readonly approved: number;
  /** `submittedOrApproved / units`; `null` without units. */
  readonly share: number | null;
  /** Units whose answer counts. */
  readonly reportingUnits: number;
  /** `null` when `reportingUnits` is below `minComparisonUnits`. */
  readonly figures: BoardFigures | null;
}

/** One support function in the area. */
export interface BoardFunction {
  readonly functionId: string;
  readonly label: LocalizedText;
  readonly arsarbetare: number;
  readonly per100Employees: number | null;
  /** Mean quality (1–5); `null` below the dashboards' fewest answers. */
  readonly quality: number | null;
  /** The verksamhetsnära proposal for the area. */
  readonly proposal: PlacementProposal['proposal'];
}

/** A sektor against the mottagare profile, as counts of requirements only. */
export interface BoardReadiness {
  readonly sektorName: string;
  readonly requirements: number;
  readonly met: number;
  readonly short: number;
  readonly notReported: number;
}

/** A summary for the board. */
export interface BoardSummary {
  readonly format: typeof boardSummaryFormat;
  readonly periodId: string;
  /** The period's name as the project team wrote it. */
  readonly periodName: LocalizedText;
  readonly scope: BoardScope;
  /** When the figures were counted (ISO instant). */
  readonly countedAt: string;
  /** The area itself. */
  readonly area: BoardArea;
  /** For the kommun, each sektor; empty for a sektor. */
  readonly sektorer: readonly BoardArea[];
  /** Per function, in configuration order; `null` when the area's figures are withheld. */
  readonly functions: readonly BoardFunction[] | null;
  /** For the kommun every sektor, for a sektor its own row. */
  readonly readiness: readonly BoardReadiness[];
}

/** `kommun` or `sektor:<id>`, as in the published comparisons. */
export function boardScopeKey(scope: BoardScope): string {
  return scope.level === 'kommun' ? 'kommun' : `sektor:${scope.sektorId}`;
}

/** The scope a key names, or `undefined` for anything else. */
export function boardScopeFromKey(key: string): BoardScope | undefined {
  if (key === 'kommun') return { level: 'kommun' };
  const match = /^sektor:(.+)$/.exec(key);
  return match ? { level: 'sektor', sektorId: match[1]! } : undefined;
}

/** Options for `boardSummary`. */
export interface BoardSummaryOptions {
  readonly periodName: LocalizedText;
  readonly countedAt: string;
}

/**
 * The board's summary of `scope` from a dashboard.
 * @returns `undefined` when the scope names no sektor of the organisation.
 */
export function boardSummary(
  view: DashboardView,
  scope: BoardScope,
  options: BoardSummaryOptions,
): BoardSummary | undefined {
  const { aggregate, config } = view;
  const area =
    scope.level === 'kommun' ? aggregate.kommun : aggregate.sektorer.find((s) => s.id === scope.sektorId);
  if (area === undefined) return undefined;
  const proposals =
    scope.level === 'kommun'
      ? aggregate.proposals.kommun
      : aggregate.proposals.sektorer.filter(
          (p) => p.scope.level === 'sektor' && p.scope.sektorId === area.id,
        );
  const labels = new Map(config.taxonomy.functions.map((fn) => [fn.id, fn.label]));
  const shown = boardArea(area);
  const rows =
    scope.level === 'kommun'
      ? aggregate.readiness.rows
      : aggregate.readiness.rows.filter((row) => row.sektorId === area.id);
  return {
    format: boardSummaryFormat,
    periodId: aggregate.periodId,
    periodName: options.periodName,
    scope,
    countedAt: options.countedAt,
    area: shown,
    sektorer: scope.level === 'kommun' ? aggregate.sektorer.map(boardArea) : [],
    functions:
      shown.figures === null
        ? null
        : area.functions.map((fn) => ({
            functionId: fn.functionId,
            label: labels.get(fn.functionId) ?? { sv: fn.functionId, en: fn.functionId },
            arsarbetare: fn.arsarbetare,
            per100Employees: fn.per100Employees,
            quality: fn.quality.value,
            proposal: proposals.find((p) => p.functionId === fn.functionId)?.proposal ?? 'insufficientData',
          })),
    readiness: rows.map(boardReadiness),
  };
}

function boardArea(area: AreaSummary): BoardArea {
  const { progress } = area;
  return {
    name: area.name,
    units: progress.total,
    submittedOrApproved: progress.submittedOrApproved,
    approved: progress.byStatus.approved,
    share: progress.share,
    reportingUnits: area.reportingUnits,
    figures:
      area.reportingUnits < minComparisonUnits
        ? null
        : {
            arsarbetare: area.support.arsarbetare,
            per100Employees: area.support.per100Employees,
            reportingEmployeeShare: area.reportingEmployeeShare,
          },
  };
}

function boardReadiness(row: ReadinessRow): BoardReadiness {
  const count = (state: string) => row.cells.filter((cell) => cell.state === state).length;
  return {
    sektorName: row.name,
    requirements: row.cells.length,
    met: row.metCount,
    short: count('short'),
    notReported: count('notReported'),
  };
}
