import {
  buildIndex,
  spanAbove,
  type AggregationIndex,
  type AreaAcc,
  type FirstLineAcc,
} from '../aggregation/accumulators';
import { fromHundredths, toHundredths } from '../aggregation/rounding';
import { minAnswers } from '../aggregation/summaries';
import { type AggregationInput, type Mean } from '../aggregation/types';
import {
  type AdminHourCategory,
  type FirstLineMissionSettings,
  type MunicipalityConfig,
} from '../config/types';
import { defaultFirstLineMission } from '../config/validateConfig';
import { divideRounded, proposeChefsnaraStod } from './proposal';
import {
  type AdminHoursByCategory,
  type ChefsnaraStodEvidence,
  type FirstLineArea,
  type FirstLineFigures,
  type FirstLineMission,
} from './types';

/**
 * The settings of the first-line managers' mission: the configuration's own, or the shipped default for a
 * configuration that was not read through `validateMunicipalityConfig` (which always fills them in).
 */
export function firstLineMissionSettings(config: MunicipalityConfig): FirstLineMissionSettings {
  return config.firstLineMission ?? defaultFirstLineMission(config.adminHourCategories.map((c) => c.id));
}

/** A mean of hundredths over `count` answers, to the hundredth, withheld below `minAnswers`. */
function meanOfHundredths(sum: number, count: number): Mean {
  return { n: count, value: count < minAnswers ? null : fromHundredths(divideRounded(sum, count)) };
}

function adminHoursOf(
  acc: FirstLineAcc,
  context: { readonly categories: readonly AdminHourCategory[]; readonly settings: FirstLineMissionSettings },
): FirstLineFigures['adminHours'] {
  const references = new Map(context.settings.referenceHours.map((r) => [r.categoryId, r.hoursPerWeek]));
  const compared = { categories: 0, n: Number.POSITIVE_INFINITY, hours: 0, reference: 0 };
  const byCategory = context.categories.map((category, i): AdminHoursByCategory => {
    const hours = meanOfHundredths(acc.hoursSum[i] ?? 0, acc.hoursCount[i] ?? 0);
    const given = references.get(category.id);
    const reference = given === undefined ? null : fromHundredths(toHundredths(given));
    if (reference !== null) {
      compared.categories += 1;
      compared.n = Math.min(compared.n, hours.n);
      compared.hours += toHundredths(hours.value ?? 0);
      compared.reference += toHundredths(reference);
    }
    const difference =
      hours.value === null || reference === null
        ? null
        : fromHundredths(toHundredths(hours.value) - toHundredths(reference));
    return { categoryId: category.id, hours, reference, difference };
  });
  const none = compared.categories === 0;
  const n = none ? acc.totalCount : compared.n;
  const hours = none || n < minAnswers ? null : fromHundredths(compared.hours);
  const reference = none ? null : fromHundredths(compared.reference);
  return {
    byCategory,
    total: meanOfHundredths(acc.totalSum, acc.totalCount),
    compared: {
      categories: compared.categories,
      n,
      hours,
      reference,
      excess:
        hours === null || reference === null ? null : fromHundredths(compared.hours - compared.reference),
    },
  };
}

/** The first-line figures of one area's running sums. */
function figuresOf(
  acc: FirstLineAcc,
  context: { readonly categories: readonly AdminHourCategory[]; readonly settings: FirstLineMissionSettings },
): FirstLineFigures {
  const { settings } = context;
  const spanShown = acc.spanCount >= minAnswers;
  const above = spanAbove(acc, settings.spanLimit);
  return {
    respondents: acc.respondents,
    adminHours: adminHoursOf(acc, context),
    medarbetarspann: {
      n: acc.spanCount,
      mean: spanShown ? acc.spanSum / acc.spanCount : null,
      max: spanShown ? acc.spanMax : null,
      limit: settings.spanLimit,
      aboveLimit: spanShown ? above : null,
      shareAboveLimit: spanShown ? above / acc.spanCount : null,
    },
    chefsnaraStod: {
      arsarbetare: fromHundredths(acc.chefsnaraStod),
      perManager: meanOfHundredths(acc.chefsnaraStod, acc.chefsnaraStodCount),
    },
  };
}

/** The figures a proposal rests on, from an area's figures. */
export function chefsnaraStodEvidence(
  figures: FirstLineFigures,
  context: { readonly categories: number },
): ChefsnaraStodEvidence {
  const { adminHours, medarbetarspann, chefsnaraStod } = figures;
  return {
    respondents: figures.respondents,
    adminHours: {
      categories: context.categories,
      compared: adminHours.compared.categories,
      n: adminHours.compared.n,
      hours: adminHours.compared.hours,
      reference: adminHours.compared.reference,
      excess: adminHours.compared.excess,
    },
    medarbetarspann: {
      n: medarbetarspann.n,
      limit: medarbetarspann.limit,
      aboveLimit: medarbetarspann.aboveLimit,
      shareAboveLimit: medarbetarspann.shareAboveLimit,
    },
    chefsnaraStod: {
      n: chefsnaraStod.perManager.n,
      arsarbetare: chefsnaraStod.arsarbetare,
      perManager: chefsnaraStod.perManager.value,
    },
  };
}

function areaOf(
  acc: AreaAcc,
  context: { readonly categories: readonly AdminHourCategory[]; readonly settings: FirstLineMissionSettings },
): FirstLineArea {
  const figures = figuresOf(acc.firstLine, context);
  const evidence = chefsnaraStodEvidence(figures, { categories: context.categories.length });
  return {
    level: acc.level,
    id: acc.id,
    name: acc.name,
    sektorId: acc.sektorId,
    figures,
    proposal: proposeChefsnaraStod(evidence, context.settings),
  };
}

/** The first-line managers' mission from the one-pass index `aggregate` also starts from. */
export function firstLineMissionFromIndex(index: AggregationIndex, periodId: string): FirstLineMission {
  const settings = firstLineMissionSettings(index.config);
  const context = { categories: index.config.adminHourCategories, settings };
  const sektorer = [...index.sektorer.values()].map((acc) => areaOf(acc, context));
  const added = sektorer.reduce((sum, s) => sum + toHundredths(s.proposal.addedArsarbetare ?? 0), 0);
  return {
    periodId,
    settings,
    kommun: areaOf(index.kommun, context),
    sektorer,
    kontor: [...index.kontor.values()].map((acc) => areaOf(acc, context)),
    addedArsarbetareBySektorer: fromHundredths(added),
  };
}

/**
 * The first-line managers' mission for the kommun, each sektor and each kontor: administrative hours against the
 * reference figures, span of control against its limit, chefsnära stöd today, and a proposal of chefsnära stöd per
 * manager with its evidence and explanation. One pass over the input, like `aggregate`.
 */
export function firstLineMission(input: AggregationInput): FirstLineMission {
  return firstLineMissionFromIndex(buildIndex(input), input.periodId);
}
