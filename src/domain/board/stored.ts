// A summary as stored in Sammanställningar: JSON the app wrote, but in a list whose items the project team can
// also edit by hand. What does not have the shape is refused whole, never shown half-read.
import { placements } from '../config/types';
import { boardScopeFromKey, boardScopeKey, boardSummaryFormat, type BoardSummary } from './summary';

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isNumberOrNull = (v: unknown) => v === null || (typeof v === 'number' && Number.isFinite(v));
const isText = (v: unknown) => typeof v === 'string';
const isLocalized = (v: unknown) => isObject(v) && isText(v.sv) && isText(v.en);
const proposals: readonly unknown[] = [...placements, 'insufficientData'];
// A mean of answers on the 1–5 scale.
const isQuality = (v: unknown) => v === null || (typeof v === 'number' && v >= 1 && v <= 5);

function isArea(v: unknown): boolean {
  if (!isObject(v) || !isText(v.name) || !isNumberOrNull(v.share)) return false;
  if (![v.units, v.submittedOrApproved, v.approved, v.reportingUnits].every(isCount)) return false;
  const f = v.figures;
  return (
    f === null ||
    (isObject(f) &&
      typeof f.arsarbetare === 'number' &&
      isNumberOrNull(f.per100Employees) &&
      isNumberOrNull(f.reportingEmployeeShare))
  );
}

const isFunction = (v: unknown) =>
  isObject(v) &&
  isText(v.functionId) &&
  isLocalized(v.label) &&
  typeof v.arsarbetare === 'number' &&
  isNumberOrNull(v.per100Employees) &&
  isQuality(v.quality) &&
  proposals.includes(v.proposal);

const isReadiness = (v: unknown) =>
  isObject(v) && isText(v.sektorName) && [v.requirements, v.met, v.short, v.notReported].every(isCount);

/** The summary a stored text holds, or `undefined` when it is not one this version can read. */
export function parseBoardSummary(text: string): BoardSummary | undefined {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isObject(v) || v.format !== boardSummaryFormat || !isText(v.periodId) || !isLocalized(v.periodName)) {
    return undefined;
  }
  const scope = isObject(v.scope) ? boardScopeFromKey(scopeKeyOf(v.scope)) : undefined;
  if (scope === undefined || !isText(v.countedAt) || Number.isNaN(Date.parse(v.countedAt as string)))
    return undefined;
  if (!isArea(v.area) || !Array.isArray(v.sektorer) || !v.sektorer.every(isArea)) return undefined;
  if (!(v.functions === null || (Array.isArray(v.functions) && v.functions.every(isFunction))))
    return undefined;
  if (!Array.isArray(v.readiness) || !v.readiness.every(isReadiness)) return undefined;
  return { ...(v as unknown as BoardSummary), scope };
}

function scopeKeyOf(scope: Record<string, unknown>): string {
  if (scope.level === 'kommun') return 'kommun';
  return scope.level === 'sektor' && typeof scope.sektorId === 'string' && scope.sektorId !== ''
    ? boardScopeKey({ level: 'sektor', sektorId: scope.sektorId })
    : '';
}
