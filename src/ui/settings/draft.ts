import {
  firstLineMissionSettings,
  formatNumber,
  parseDecimal,
  validateMunicipalityConfig,
  validatePeriod,
  validationIssue,
  type Locale,
  type MunicipalityConfig,
  type FirstLineMissionSettings,
  type Period,
  type ProposalThresholds,
  type ValidationIssue,
} from '../../domain';
import { joinPath } from '../../domain/validation/issues';

// What the page edits: the configuration and the periods as typed, with every number kept as the text the person
// typed (by its path in the configuration) so a half-typed `0,` is neither lost nor stored. Checking it runs the
// domain's own rules, so the page refuses exactly what SharePoint's repository would.

/** The settings being edited. */
export interface Draft {
  /** The configuration; numbers are the last ones that could be read from `numbers`. */
  readonly config: MunicipalityConfig;
  /** Every period, the stored ones first. */
  readonly periods: readonly Period[];
  /** The typed text of every number of the configuration, by its path (`proposalThresholds.minVotes`). */
  readonly numbers: ReadonlyMap<string, string>;
}

/** Thresholds that are shares (0–1), typed as whole percentages. */
export const percentThresholds: ReadonlySet<keyof ProposalThresholds> = new Set([
  'keepCloseMinShare',
  'centraliseMinShare',
]);

/** Every threshold, in the order the page shows them. */
export const thresholdKeys: readonly (keyof ProposalThresholds)[] = [
  'minVotes',
  'keepCloseMinShare',
  'keepCloseMinQuality',
  'centraliseMinShare',
  'fragmentedMinUnits',
  'fragmentedBelowArsarbetare',
  'lowQualityBelow',
];

const thresholdPath = (key: keyof ProposalThresholds) => joinPath('proposalThresholds', key);

/** The first-line mission's numbers, in the order the page shows them (the reference hours come apart). */
export const missionKeys = [
  'minRespondents',
  'excessHoursTolerance',
  'fullTimeWeekHours',
  'spanLimit',
  'spanMinShareAbove',
  'spanRaiseArsarbetare',
  'maxArsarbetarePerManager',
] as const satisfies readonly (keyof FirstLineMissionSettings)[];

/** A number of the first-line mission. */
export type MissionKey = (typeof missionKeys)[number];

/** The path of a first-line mission number. */
export const missionPath = (key: MissionKey) => joinPath('firstLineMission', key);

/** The path of a category's reference hours. */
export const referencePath = (index: number) =>
  joinPath('firstLineMission', 'referenceHours', index, 'hoursPerWeek');

/** Numbers that are shares (0–1), typed as whole percentages, by path. */
const percentPaths: ReadonlySet<string> = new Set([
  ...[...percentThresholds].map(thresholdPath),
  missionPath('spanMinShareAbove'),
]);

/** The path of a requirement's minimum FTE. */
export const requirementPath = (index: number) =>
  joinPath('receiverProfile', 'requirements', index, 'minArsarbetare');

/** The draft of stored settings. */
export function draftOf(config: MunicipalityConfig, periods: readonly Period[], locale: Locale): Draft {
  const numbers = new Map<string, string>();
  const text = (value: number) => formatNumber(value, locale, { maximumFractionDigits: 2 });
  for (const key of thresholdKeys) {
    const value = config.proposalThresholds[key];
    numbers.set(thresholdPath(key), text(percentThresholds.has(key) ? Math.round(value * 100) : value));
  }
  config.receiverProfile.requirements.forEach((r, index) =>
    numbers.set(requirementPath(index), text(r.minArsarbetare)),
  );
  // A configuration stored before the mission existed shows (and saves) its defaults.
  const mission = firstLineMissionSettings(config);
  for (const key of missionKeys) {
    const path = missionPath(key);
    numbers.set(path, text(percentPaths.has(path) ? Math.round(mission[key] * 100) : mission[key]));
  }
  mission.referenceHours.forEach((r, index) => numbers.set(referencePath(index), text(r.hoursPerWeek)));
  return { config: { ...config, firstLineMission: mission }, periods, numbers };
}

/** The value a typed number stands for in the configuration, or NaN while it cannot be read. */
function valueOf(path: string, text: string, locale: Locale): number {
  const parsed = parseDecimal(text, { locale, path });
  if (!parsed.ok) return Number.NaN;
  return percentPaths.has(path) ? parsed.value / 100 : parsed.value;
}

/** The configuration with a first-line mission number at `path`. */
function withMissionNumber(config: MunicipalityConfig, path: string, value: number): MunicipalityConfig {
  const mission = firstLineMissionSettings(config);
  const parts = path.split('.');
  if (parts[1] === 'referenceHours') {
    const index = Number(parts[2]);
    const referenceHours = mission.referenceHours.map((r, i) =>
      i === index ? { ...r, hoursPerWeek: value } : r,
    );
    return { ...config, firstLineMission: { ...mission, referenceHours } };
  }
  return { ...config, firstLineMission: { ...mission, [parts[1] as MissionKey]: value } };
}

/** The draft with a number typed at `path`. */
export function withNumber(draft: Draft, path: string, text: string, locale: Locale): Draft {
  const numbers = new Map(draft.numbers).set(path, text);
  const value = valueOf(path, text, locale);
  const { config } = draft;
  if (path.startsWith('firstLineMission.'))
    return { ...draft, numbers, config: withMissionNumber(config, path, value) };
  if (path.startsWith('proposalThresholds.')) {
    const key = path.split('.').pop() as keyof ProposalThresholds;
    return {
      ...draft,
      numbers,
      config: { ...config, proposalThresholds: { ...config.proposalThresholds, [key]: value } },
    };
  }
  const index = Number(path.split('.')[2]);
  const requirements = config.receiverProfile.requirements.map((r, i) =>
    i === index ? { ...r, minArsarbetare: value } : r,
  );
  return {
    ...draft,
    numbers,
    config: { ...config, receiverProfile: { ...config.receiverProfile, requirements } },
  };
}

/** The typed numbers of the requirements, renumbered after requirements were removed or added. */
export function requirementNumbers(
  draft: Draft,
  kept: readonly (number | null)[],
  locale: Locale,
): Map<string, string> {
  const numbers = new Map([...draft.numbers].filter(([path]) => !path.startsWith('receiverProfile.')));
  kept.forEach((from, index) => {
    const before = from === null ? undefined : draft.numbers.get(requirementPath(from));
    numbers.set(requirementPath(index), before ?? formatNumber(0, locale));
  });
  return numbers;
}

/** A problem found in the draft, by the path of the field it belongs to (`periods.2.closesOn` for periods). */
export type DraftIssues = ReadonlyMap<string, ValidationIssue>;

/** Every problem of the draft: unreadable numbers first, then the configuration's and the periods' own rules. */
export function checkDraft(draft: Draft, locale: Locale): DraftIssues {
  const issues = new Map<string, ValidationIssue>();
  const add = (issue: ValidationIssue) => {
    if (!issues.has(issue.path)) issues.set(issue.path, issue);
  };
  for (const [path, text] of draft.numbers) {
    const parsed = parseDecimal(text, { locale, path });
    if (!parsed.ok) add(parsed.issue);
  }
  const checked = validateMunicipalityConfig(draft.config);
  if (!checked.ok) {
    for (const issue of checked.issues) {
      const percent = percentPaths.has(issue.path);
      // The rule's range is 0–1, but people type percentages.
      add(
        percent && issue.code === 'outOfRange'
          ? validationIssue('outOfRange', {
              path: issue.path,
              params: { min: Number(issue.params.min ?? 0) * 100, max: Number(issue.params.max ?? 1) * 100 },
            })
          : issue,
      );
    }
  }
  const ids = new Set<string>();
  draft.periods.forEach((period, index) => {
    const result = validatePeriod(period);
    if (!result.ok)
      result.issues.forEach((issue) => add({ ...issue, path: joinPath('periods', index, issue.path) }));
    if (ids.has(period.id))
      add(
        validationIssue('duplicateId', { path: joinPath('periods', index, 'id'), params: { id: period.id } }),
      );
    ids.add(period.id);
  });
  return issues;
}
