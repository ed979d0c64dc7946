/** The level of an organisational unit below the kommun: sektor → kontor → enhet (enheter may nest). */
export type UnitKind = 'sektor' | 'kontor' | 'enhet';

/** Every unit kind, top down. */
export const unitKinds: readonly UnitKind[] = ['sektor', 'kontor', 'enhet'];

/** A manager's level; `enhetschef` is the first line (första linjens chef). */
export type ManagerLevel = 'kommundirektor' | 'sektorchef' | 'kontorschef' | 'avdelningschef' | 'enhetschef';

/** Every manager level, top down. */
export const managerLevels: readonly ManagerLevel[] = [
  'kommundirektor',
  'sektorchef',
  'kontorschef',
  'avdelningschef',
  'enhetschef',
];

/** The manager of a unit. */
export interface UnitManager {
  /** The manager's UPN (sign-in e-mail), lower-cased: the identity used everywhere. */
  readonly upn: string;
  /** Display name, e.g. `Åsa Öberg`. */
  readonly name: string;
  /** The manager's level. */
  readonly level: ManagerLevel;
}

/** A unit as imported from the HR system, before the tree is checked. */
export interface UnitInput {
  /** The HR system's stable unit code, e.g. `E1042`. */
  readonly id: string;
  /** The unit's level. */
  readonly kind: UnitKind;
  /** The unit's name; may contain å/ä/ö, apostrophes, `&` and `#`. */
  readonly name: string;
  /** The parent unit's id; `null` for a sektor (its parent is the kommun itself). */
  readonly parentId: string | null;
  /** The unit's manager, or `null` while the post is vacant. */
  readonly manager: UnitManager | null;
  /** Employees in the unit itself, not counting sub-units (headcount). */
  readonly headcount: number;
  /** Employees in the unit itself as full-time equivalents (årsarbetare). */
  readonly arsarbetare: number;
  /**
   * Whether the unit is a stab (a sektor's or kontor's staff unit): its support staff then count toward the sektor's
   * mottagare, like the sektor's and kontor's own. Absent means not a stab.
   */
  readonly stab?: boolean;
}

/** A unit in a checked tree, with the sektor and kontor it belongs to derived from its parents. */
export interface Unit extends UnitInput {
  /** The sektor the unit lies in (its own id for a sektor). */
  readonly sektorId: string;
  /** The kontor the unit lies in (its own id for a kontor); `null` for a sektor and units directly under it. */
  readonly kontorId: string | null;
  /** How many managers lead the unit's direct sub-units (other than its own manager). */
  readonly managersReporting: number;
}
