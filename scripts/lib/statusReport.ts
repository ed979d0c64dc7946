// What `npm run progress` reports: the statuses as the app computes them — from the managers' answers and the
// reviewers' decisions pinned to them, counting only what each unit's own folder holds (docs/data-model.md) —
// per sektor and kontor, or for one unit with who decided and when.
import {
  aggregate,
  decisionInForce,
  decisionOutdated,
  inventoryStatuses,
  type AreaSummary,
  type DashboardData,
  type ExcludedLine,
  type IgnoredItem,
  type InventoryStatus,
  type LineProblem,
  type ReviewDecision,
} from '../../src/domain';

/** Units per status in one area. */
export interface AreaProgress {
  readonly id: string;
  readonly name: string;
  /** Units in the area. */
  readonly units: number;
  /** Per status, of the units that can answer (a unit without an inventory is not started). */
  readonly byStatus: Readonly<Record<InventoryStatus, number>>;
  /** Vacant units without an inventory: nobody can answer, so they are counted apart from `byStatus`. */
  readonly vacant: number;
}

/** A sektor's progress with its kontor's. */
export interface SektorProgress extends AreaProgress {
  readonly kontor: readonly AreaProgress[];
}

/** A decision as reported: what, by whom, when. */
export interface DecisionReport {
  readonly verdict: ReviewDecision['verdict'];
  readonly decidedBy: string | null;
  readonly decidedAt: string | null;
  readonly comment: string | null;
}

/** The whole period. */
export interface PeriodReport {
  readonly periodId: string;
  readonly kommun: AreaProgress;
  readonly sektorer: readonly SektorProgress[];
  /** Inventories changed after their latest decision (an edit after approval or return). */
  readonly changedAfterDecision: readonly string[];
  /** Items that do not count, and why. */
  readonly ignored: readonly Omit<IgnoredItem, 'error'>[];
  /** Stored lines that break a rule of the form, left out of every figure. */
  readonly excludedLines: readonly ExcludedLine[];
  /** Units whose answer counts but has no line that does, so they are not reporting. */
  readonly emptyAnswers: readonly string[];
}

/** One unit. */
export interface UnitReport {
  readonly periodId: string;
  readonly unitId: string;
  readonly name: string;
  readonly status: InventoryStatus;
  /** The decision that sets the status, if one does. */
  readonly decision: DecisionReport | null;
  /** The latest decision, when the inventory changed after it. */
  readonly changedAfter: DecisionReport | null;
  /** Every decision, oldest first. */
  readonly decisions: readonly DecisionReport[];
  /** Lines of the inventory (0 when it has none). */
  readonly lines: number;
  /** Items of this unit that do not count, and why. */
  readonly ignored: readonly Omit<IgnoredItem, 'error'>[];
}

function areaProgress(area: AreaSummary): AreaProgress {
  const { byStatus, vacant } = area.progress;
  return { id: area.id, name: area.name, units: area.units, byStatus, vacant };
}

function decisionReport(decision: ReviewDecision | null): DecisionReport | null {
  if (decision === null) return null;
  const { verdict, decidedBy, decidedAt, comment } = decision;
  return { verdict, decidedBy, decidedAt, comment };
}

function withoutError({ error: _error, ...item }: IgnoredItem): Omit<IgnoredItem, 'error'> {
  return item;
}

/** The period's progress per sektor and kontor, from what the dashboard reads. */
export function periodReport(data: DashboardData, periodId: string): PeriodReport {
  const result = aggregate({
    units: data.units,
    inventories: data.inventories,
    config: data.config,
    periodId,
  });
  return {
    periodId,
    kommun: areaProgress(result.kommun),
    sektorer: result.sektorer.map((sektor) => ({
      ...areaProgress(sektor),
      kontor: result.kontor.filter((k) => k.sektorId === sektor.id).map(areaProgress),
    })),
    changedAfterDecision: data.inventories
      .filter((i) => i.periodId === periodId && decisionOutdated(i) !== null)
      .map((i) => i.unitId)
      .sort(),
    ignored: data.ignored.map(withoutError),
    excludedLines: result.diagnostics.excludedLines,
    emptyAnswers: result.diagnostics.emptyAnswers,
  };
}

/**
 * One unit's status, decisions and lines.
 * @throws Error naming the unit when it is not in the organisation.
 */
export function unitReport(data: DashboardData, query: { periodId: string; unitId: string }): UnitReport {
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  const unit = data.units.find((u) => same(u.id, query.unitId));
  if (unit === undefined)
    throw new Error(
      `Enheten ${query.unitId} finns inte i organisationen. / The unit ${query.unitId} is not in the organisation.`,
    );
  const inventory = data.inventories.find((i) => i.periodId === query.periodId && i.unitId === unit.id);
  return {
    periodId: query.periodId,
    unitId: unit.id,
    name: unit.name,
    status: inventory?.status ?? 'notStarted',
    decision: inventory ? decisionReport(decisionInForce(inventory)) : null,
    changedAfter: inventory ? decisionReport(decisionOutdated(inventory)) : null,
    decisions: (inventory?.decisions ?? []).map((d) => decisionReport(d)!),
    lines: inventory?.lines.length ?? 0,
    ignored: data.ignored.filter((i) => i.unitId !== null && same(i.unitId, unit.id)).map(withoutError),
  };
}

/** The statuses in Swedish and English, for the printed report. */
export const statusWords: Readonly<Record<InventoryStatus, string>> = {
  notStarted: 'ej påbörjad / not started',
  draft: 'utkast / draft',
  submitted: 'inskickad / submitted',
  returned: 'återsänd / returned',
  approved: 'godkänd / approved',
};

const reasonWords: Readonly<Record<IgnoredItem['reason'], string>> = {
  outsideUnitFolder:
    'ligger i en annan enhets mapp än den den säger sig tillhöra / lies in another unit’s folder than it claims',
  unreadable: 'har värden som inte går att läsa / has values that cannot be read',
  duplicate: 'finns två gånger i samma enhetsmapp / is there twice in one unit folder',
  unreadableFigures:
    'godkännandets sparade siffror går inte att läsa; beslutet gäller, siffrorna räknas inte / the figures the approval kept cannot be read; the decision stands, its figures do not count',
};

const problemWords: Readonly<Record<LineProblem, string>> = {
  notANumber: 'ett värde är inte ett tal / a value is not a number',
  negative: 'ett värde är negativt / a value is negative',
  personsNotWhole: 'personer är inte ett heltal / persons is not a whole number',
  fteAbovePersons: 'fler årsarbetare än personer / more FTE than persons',
  rolesAboveFte: 'rollernas årsarbetare överstiger radens / the roles’ FTE exceed the line’s',
  scoreOutOfRange: 'en bedömning ligger utanför 1–5 / a score is outside 1–5',
};

function excludedText(report: Pick<PeriodReport, 'excludedLines' | 'emptyAnswers'>): string[] {
  const { excludedLines, emptyAnswers } = report;
  return [
    ...(excludedLines.length === 0
      ? []
      : [
          '',
          `Rader som inte räknas, rätta dem / lines not counted, correct them: ${excludedLines.length}`,
          ...excludedLines.map((l) => `  ${l.unitId} ${l.functionId}: ${problemWords[l.problem]}`),
        ]),
    ...(emptyAnswers.length === 0
      ? []
      : [
          '',
          `Inskickade utan någon rad som räknas (räknas inte som svar) / submitted without a line that counts (not reporting): ${emptyAnswers.join(', ')}`,
        ]),
  ];
}

function ignoredLines(ignored: readonly Omit<IgnoredItem, 'error'>[]): string[] {
  if (ignored.length === 0) return [];
  return [
    '',
    `Räknas inte / not counted: ${ignored.length}`,
    ...ignored.map(
      (i) =>
        `  ${i.list} ${i.itemId} (${i.claims || '–'}, mapp / folder ${i.unitId ?? '–'}): ${reasonWords[i.reason]}`,
    ),
  ];
}

/** The period report as text: a table of units per status per sektor and kontor. */
export function periodReportText(report: PeriodReport): string {
  const short = ['ej påb.', 'utkast', 'inskick.', 'åters.', 'godkänd', 'vakanta'];
  const header = `${'Område / area'.padEnd(44)} ${'enheter'.padStart(7)} ${short.map((s) => s.padStart(8)).join(' ')}`;
  const row = (area: AreaProgress, indent: string) =>
    `${`${indent}${area.id} ${area.name}`.slice(0, 44).padEnd(44)} ${String(area.units).padStart(7)} ${[
      ...inventoryStatuses.map((s) => area.byStatus[s]),
      area.vacant,
    ]
      .map((count) => String(count).padStart(8))
      .join(' ')}`;
  return [
    `Period ${report.periodId}: status som appen räknar den / statuses as the app computes them`,
    '',
    header,
    row({ ...report.kommun, id: '', name: 'Hela kommunen / the whole kommun' }, ''),
    ...report.sektorer.flatMap((sektor) => [row(sektor, '  '), ...sektor.kontor.map((k) => row(k, '    '))]),
    ...(report.changedAfterDecision.length === 0
      ? []
      : [
          '',
          `Ändrade efter beslut (räknas som chefens status) / changed after a decision (counted as the manager's status): ${report.changedAfterDecision.join(', ')}`,
        ]),
    ...ignoredLines(report.ignored),
    ...excludedText(report),
  ].join('\n');
}

function decisionText(decision: DecisionReport): string {
  const comment = decision.comment === null ? '' : `: ”${decision.comment}”`;
  return `${statusWords[decision.verdict]} av / by ${decision.decidedBy ?? '?'} ${decision.decidedAt ?? ''}${comment}`;
}

/** The unit report as text. */
export function unitReportText(report: UnitReport): string {
  return [
    `${report.unitId} ${report.name}, period ${report.periodId}`,
    `  status: ${statusWords[report.status]}`,
    `  beslut / decision: ${report.decision === null ? '–' : decisionText(report.decision)}`,
    ...(report.changedAfter === null
      ? []
      : [`  ändrad efter / changed after: ${decisionText(report.changedAfter)}`]),
    `  rader / lines: ${report.lines}`,
    ...(report.decisions.length > 1
      ? ['  alla beslut / every decision:', ...report.decisions.map((d) => `    ${decisionText(d)}`)]
      : []),
    ...ignoredLines(report.ignored),
  ].join('\n');
}
