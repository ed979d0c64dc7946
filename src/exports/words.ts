import {
  formatNumber,
  sv,
  type InventoryStatus,
  type LineProblem,
  type MunicipalityConfig,
  type Placement,
  type SupportLocation,
} from '../domain';

// The workbook's words: Swedish, the language of the kommun's records. Labels of functions, roles, locations and
// placements come from the configuration; statuses from the app's string table, as the tab shows them.

/** A status as the tab shows it (`Ej påbörjad`, `Godkänd` …). */
export function statusWord(status: InventoryStatus): string {
  return sv[`status.${status}`];
}

/** Why a stored line counts in no figure (the form refuses all of these). */
export const problemWords: Readonly<Record<LineProblem, string>> = {
  notANumber: 'ett värde är inte ett tal',
  negative: 'ett värde är negativt',
  personsNotWhole: 'personer är inte ett heltal',
  fteAbovePersons: 'fler årsarbetare än personer',
  rolesAboveFte: 'rollernas årsarbetare överstiger radens',
  scoreOutOfRange: 'en bedömning ligger utanför 1–5',
};

/** The words of the `Räknas` column: whether a row counts in the figures, and if not, why. */
export const countedWords = {
  yes: 'Ja',
  yesLastApproval: 'Ja, senast godkända svaret',
  supersededInReview: 'Nej: under granskning, det senast godkända svaret räknas',
  vacant: 'Nej: vakant, ingen chef kan svara',
  noLines: 'Nej: inga rader',
  unknownFunction: 'Nej: okänd stödfunktion',
  notCounted: (status: InventoryStatus): string => `Nej: ${statusWord(status).toLowerCase()}`,
  problem: (problem: LineProblem): string => `Nej: ${problemWords[problem]}`,
} as const;

/** A number with two decimals, Swedish style (`1,50`), for text such as roles and readiness states. */
export function fteText(value: number): string {
  return formatNumber(value, 'sv', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** The configuration's Swedish labels, looked up by id (the id itself when the configuration lacks it). */
export interface Labels {
  fn(functionId: string): string;
  role(roleId: string): string;
  location(location: SupportLocation): string;
  placement(placement: Placement): string;
}

/** Labels from a configuration. */
export function labelsOf(config: MunicipalityConfig): Labels {
  const functions = new Map(config.taxonomy.functions.map((f) => [f.id, f.label.sv]));
  const roles = new Map(config.taxonomy.functions.flatMap((f) => f.roles.map((r) => [r.id, r.label.sv])));
  const locations = new Map(config.locations.map((l) => [l.id, l.label.sv]));
  const placements = new Map(config.placements.map((p) => [p.id, p.label.sv]));
  return {
    fn: (id) => functions.get(id) ?? id,
    role: (id) => roles.get(id) ?? id,
    location: (id) => locations.get(id) ?? id,
    placement: (id) => placements.get(id) ?? id,
  };
}
