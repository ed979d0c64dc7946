import { type Placement, type UnitKind } from '../../../src/domain';

/** How a support function typically looks in a Swedish municipality, to shape the synthetic answers. */
export interface FunctionProfile {
  /** Probability that a unit of each kind has own staff in the function. */
  readonly staffed: { readonly [K in UnitKind]: number };
  /** Relative weights of the managers' placement views. */
  readonly votes: { readonly [P in Placement]: number };
  /** Typical quality of the support received (1–5). */
  readonly quality: number;
}

const profile = (
  staffed: [number, number, number],
  votes: [number, number, number],
  quality: number,
): FunctionProfile => ({
  staffed: { sektor: staffed[0], kontor: staffed[1], enhet: staffed[2] },
  votes: { verksamhetsnara: votes[0], samordnaSektor: votes[1], centralisera: votes[2] },
  quality,
});

// Shaped after the seed: customer service, legal and procurement are already being centralised, business
// development of the core operations "ska ske lokalt", and chefsnära stöd is by definition close.
/** Profiles of the default functions by id. */
export const functionProfiles: Readonly<Record<string, FunctionProfile>> = {
  ekonomi: profile([0.9, 0.9, 0.12], [0.3, 0.45, 0.25], 3.4),
  hr: profile([0.8, 0.8, 0.05], [0.25, 0.45, 0.3], 3.1),
  it: profile([0.5, 0.6, 0.08], [0.15, 0.3, 0.55], 2.8),
  digitalisering: profile([0.5, 0.4, 0.03], [0.15, 0.4, 0.45], 2.6),
  kommunikation: profile([0.7, 0.6, 0.04], [0.3, 0.45, 0.25], 3.2),
  arendehantering: profile([0.6, 0.7, 0.1], [0.35, 0.35, 0.3], 3.3),
  namndadministration: profile([0.7, 0.6, 0.01], [0.2, 0.5, 0.3], 3.5),
  kundtjanst: profile([0.2, 0.3, 0.05], [0.1, 0.2, 0.7], 3),
  juridik: profile([0.3, 0.2, 0.01], [0.05, 0.25, 0.7], 3.1),
  lokalforsorjning: profile([0.4, 0.4, 0.02], [0.15, 0.35, 0.5], 2.9),
  inkopUpphandling: profile([0.3, 0.3, 0.03], [0.1, 0.3, 0.6], 2.7),
  malResultatstyrning: profile([0.7, 0.6, 0.05], [0.35, 0.5, 0.15], 3.1),
  uppfoljningAnalys: profile([0.7, 0.6, 0.05], [0.3, 0.45, 0.25], 3),
  verksamhetsutveckling: profile([0.7, 0.7, 0.15], [0.6, 0.3, 0.1], 3.3),
  strategiskPlanering: profile([0.6, 0.4, 0.02], [0.2, 0.5, 0.3], 3.2),
  chefsnaraStod: profile([0.6, 0.6, 0.35], [0.75, 0.2, 0.05], 3.3),
};

/** The profile of a function this table does not know (a municipality's own). */
export const genericProfile: FunctionProfile = profile([0.5, 0.5, 0.1], [0.34, 0.33, 0.33], 3);

/** Typical weekly admin hours of a first-line manager per default category: [min, max]. */
export const adminHourRanges: Readonly<Record<string, readonly [number, number]>> = {
  hr: [1, 6],
  ekonomi: [1, 5],
  processerKvalitet: [0, 4],
  strategiskStyrning: [0, 3],
  it: [0, 3],
  ovrigt: [0, 3],
};
