import {
  type Locale,
  type MunicipalityConfig,
  type Placement,
  type Score,
  type SupportLocation,
  type Translate,
} from '../../domain';

/** Everything a section needs to name its fields and options; made once per language and configuration. */
export interface SectionLabels {
  readonly t: Translate;
  readonly locale: Locale;
  readonly locations: readonly { readonly value: SupportLocation; readonly label: string }[];
  readonly placements: readonly { readonly value: Placement; readonly label: string }[];
  readonly scores: readonly { readonly value: Score; readonly label: string }[];
}

/** The labels of a language and configuration. */
export function sectionLabels(config: MunicipalityConfig, t: Translate, locale: Locale): SectionLabels {
  return {
    t,
    locale,
    locations: config.locations.map((l) => ({ value: l.id, label: l.label[locale] })),
    placements: config.placements.map((p) => ({ value: p.id, label: p.label[locale] })),
    scores: ([1, 2, 3, 4, 5] as const).map((score) => ({ value: score, label: t('line.score', { score }) })),
  };
}
