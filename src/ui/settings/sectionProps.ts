import { type Locale } from '../../domain';
import { type Draft, type DraftIssues } from './draft';
import { type SettingsTranslate } from './settingsStrings';
import { type SettingsStyles } from './useSettingsStyles.styles';

/** What every section of the settings page gets. */
export interface SectionProps {
  readonly draft: Draft;
  /** Changes the draft. */
  readonly update: (change: (draft: Draft) => Draft) => void;
  /** The draft's problems by field path. */
  readonly issues: DraftIssues;
  /** Says something to screen readers (a move, a removal, a refusal). */
  readonly announce: (message: string) => void;
  readonly t: SettingsTranslate;
  readonly locale: Locale;
  readonly styles: SettingsStyles;
}

/** A field's validation message and state, for Fluent's `Field`: the first issue at any of `paths`. */
export function fieldState(
  props: Pick<SectionProps, 'issues' | 'locale'>,
  ...paths: readonly string[]
): { validationMessage?: string; validationState?: 'error' } {
  const issue = paths.map((path) => props.issues.get(path)).find((found) => found !== undefined);
  return issue === undefined
    ? {}
    : { validationMessage: issue.message[props.locale], validationState: 'error' };
}

/** `items` with the one at `from` moved to `to`. */
export function moved<T>(items: readonly T[], from: number, to: number): T[] {
  const copy = [...items];
  const [item] = copy.splice(from, 1);
  if (item !== undefined) copy.splice(to, 0, item);
  return copy;
}

/** `items` with the one at `index` replaced by `change(item)`. */
export function replaced<T>(items: readonly T[], index: number, change: (item: T) => T): T[] {
  return items.map((item, i) => (i === index ? change(item) : item));
}

/** An id not yet in `taken`: `<base>-1`, `<base>-2`, … */
export function freshId(base: string, taken: readonly string[]): string {
  let n = 1;
  while (taken.includes(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}
