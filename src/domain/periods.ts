import { type LocalizedText } from './i18n/locale';
import {
  joinPath,
  resultOf,
  validationIssue,
  type ValidationIssue,
  type ValidationResult,
} from './validation/issues';
import { isValidId } from './validation/ids';

/** A calendar date as ISO text, `YYYY-MM-DD` (model values are text, never `Date` objects). */
export type IsoDate = string;

/** An inventory round: when managers may fill in and submit. */
export interface Period {
  /** Stable id, e.g. `2018`. */
  readonly id: string;
  /** Name shown to people, e.g. Inventering våren 2018. */
  readonly name: LocalizedText;
  /** First day managers can answer (inclusive). */
  readonly opensOn: IsoDate;
  /** Last day managers can answer (inclusive). */
  readonly closesOn: IsoDate;
}

/** Where a date falls relative to a period. */
export type PeriodPhase = 'upcoming' | 'open' | 'closed';

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether a text is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(text: string): boolean {
  const match = isoDatePattern.exec(text);
  if (match === null) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

const stockholmDate = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * The Swedish calendar date of an instant or date: a period closes at midnight in Sweden, not in UTC.
 * @throws RangeError when the text is neither an ISO date nor an ISO timestamp.
 */
export function swedishDate(isoDateOrInstant: string): IsoDate {
  if (isIsoDate(isoDateOrInstant)) return isoDateOrInstant;
  const instant = new Date(isoDateOrInstant);
  if (Number.isNaN(instant.getTime()))
    throw new RangeError(`Not an ISO date or timestamp: ${isoDateOrInstant}`);
  // sv-SE formats dates as YYYY-MM-DD, which is exactly the ISO form.
  return stockholmDate.format(instant);
}

/** Where `on` (a date or an instant) falls relative to `period`. */
export function periodPhase(period: Period, on: string): PeriodPhase {
  const day = swedishDate(on);
  if (day < period.opensOn) return 'upcoming';
  return day > period.closesOn ? 'closed' : 'open';
}

/** The period open on `on` (a date or an instant); if rounds overlap, the one that opened last; else `null`. */
export function currentPeriod(periods: readonly Period[], on: string): Period | null {
  let best: Period | null = null;
  for (const period of periods) {
    if (periodPhase(period, on) === 'open' && (best === null || period.opensOn > best.opensOn)) best = period;
  }
  return best;
}

/** The period that opened most recently on or before `on`, open or closed, e.g. for dashboards after a round. */
export function latestPeriod(periods: readonly Period[], on: string): Period | null {
  const day = swedishDate(on);
  let best: Period | null = null;
  for (const period of periods) {
    if (period.opensOn <= day && (best === null || period.opensOn > best.opensOn)) best = period;
  }
  return best;
}

/** Checks a period's id, name and dates (real dates, close not before open). */
export function validatePeriod(period: Period): ValidationResult<Period> {
  const issues: ValidationIssue[] = [];
  if (!isValidId(period.id))
    issues.push(validationIssue('invalidId', { path: 'id', params: { id: period.id } }));
  for (const language of ['sv', 'en'] as const) {
    if (period.name[language].trim() === '') {
      issues.push(
        validationIssue('missingLabel', { path: joinPath('name', language), params: { language } }),
      );
    }
  }
  const opens = isIsoDate(period.opensOn);
  const closes = isIsoDate(period.closesOn);
  if (!opens) issues.push(validationIssue('invalidDate', { path: 'opensOn' }));
  if (!closes) issues.push(validationIssue('invalidDate', { path: 'closesOn' }));
  if (opens && closes && period.closesOn < period.opensOn) {
    issues.push(validationIssue('datesReversed', { path: 'closesOn' }));
  }
  return resultOf(period, issues);
}

/**
 * Whole days left to answer in `period` on `on` (a date or an instant, read as the Swedish date): 0 on its last
 * day, negative once it has closed.
 */
export function daysLeft(period: Period, on: string): number {
  const day = Date.parse(`${swedishDate(on)}T00:00:00Z`);
  return Math.round((Date.parse(`${period.closesOn}T00:00:00Z`) - day) / 86_400_000);
}
