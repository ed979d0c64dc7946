import { type SPFI } from '@pnp/sp';
import { AppError } from '../../domain/errors';
import { buildOrganisation } from '../../domain/organisation/buildOrganisation';
import { type Unit, type UnitInput } from '../../domain/organisation/types';
import { type OrganisationRepository } from '../../domain/ports';
import { atEdge } from '../errors';
import { unitFromItem } from '../mapping/organisation';
import { type SpItem } from '../mapping/values';
import { readAll } from '../batch';
import { unitsQuery } from './queries';

/**
 * The units of Organisation items as a checked tree: sektor, kontor and managers reporting are derived again
 * by `buildOrganisation`, so a hand edit in SharePoint cannot leave them inconsistent.
 * @throws AppError `invalid` naming the item when one cannot be read, or with the tree's issues.
 */
export function unitsFromItems(items: readonly SpItem[]): Unit[] {
  const inputs: UnitInput[] = items.map((item) => {
    const { id, kind, name, parentId, manager, headcount, arsarbetare, stab } = unitFromItem(item);
    return { id, kind, name, parentId, manager, headcount, arsarbetare, ...(stab && { stab }) };
  });
  const result = buildOrganisation(inputs);
  if (!result.ok) {
    throw new AppError('invalid', {
      message: `The Organisation list is not a valid tree: ${result.issues.map((i) => `${i.path}: ${i.code}`).join('; ')}`,
      issues: result.issues,
    });
  }
  return result.value;
}

/** The organisation in the Organisation list (one item per unit, keyed by UnitCode). */
export class SharePointOrganisationRepository implements OrganisationRepository {
  constructor(private readonly sp: SPFI) {}

  /** Every unit, checked and derived; one request per 5,000 units. @throws AppError */
  listUnits(): Promise<Unit[]> {
    return atEdge(async () => unitsFromItems((await readAll(this.sp, [unitsQuery]))[0] ?? []));
  }
}
