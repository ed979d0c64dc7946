import { normaliseUpn, type Unit } from '../../domain';
import { type OrganisationDiff } from './diff';
import { type ImportWarning } from './issues';

/**
 * A warning for every manager who, with this import, takes on a unit (a new unit, or a new manager of one) while
 * heading another: it is allowed (an acting manager, a sektorchef who also leads the sector staff), but as often a
 * copied row. The warning names all the units the manager will head. Managers whose units stay as they were on
 * the site are not warned about again.
 */
export function secondUnitWarnings(diff: OrganisationDiff, units: readonly Unit[]): ImportWarning[] {
  const headed = new Map<string, Unit[]>();
  for (const unit of units) {
    if (unit.manager === null) continue;
    const upn = normaliseUpn(unit.manager.upn);
    const list = headed.get(upn);
    if (list === undefined) headed.set(upn, [unit]);
    else list.push(unit);
  }
  const taking = new Set<string>();
  for (const unit of diff.added) if (unit.manager !== null) taking.add(normaliseUpn(unit.manager.upn));
  for (const change of diff.managerChanges) if (change.to !== null) taking.add(change.to);
  const warnings: ImportWarning[] = [];
  for (const upn of taking) {
    const their = headed.get(upn) ?? [];
    if (their.length < 2) continue;
    const name = their[0]!.manager?.name ?? upn;
    const list = their.map((u) => `${u.id} ${u.name}`).join(', ');
    warnings.push({
      line: null,
      column: null,
      message: {
        sv: `Chefen ${name} (${upn}) leder efter importen ${their.length} enheter: ${list}. Kontrollera att det stämmer.`,
        en: `The manager ${name} (${upn}) heads ${their.length} units after the import: ${list}. Check that this is right.`,
      },
    });
  }
  return warnings;
}
