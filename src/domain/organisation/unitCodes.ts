// SharePoint compares the unit code as a folder name, in group names and in the Organisation list's unique
// UnitCode column without regard to case, so `E1159` and `e1159` are one unit everywhere in the app too.
// Codes are ASCII (`isValidId`), so lower-casing needs no locale.

/** The form in which unit codes are compared: `E1159` and `e1159` give the same key. */
export function unitCodeKey(code: string): string {
  return code.toLowerCase();
}

/** Whether two unit codes name the same unit (without regard to case). */
export function sameUnitCode(a: string, b: string): boolean {
  return unitCodeKey(a) === unitCodeKey(b);
}
