import { type SPFI } from '@pnp/sp';
import { inventoryId } from '../../domain/inventory/create';
import { type Inventory } from '../../domain/inventory/types';
import { readGroups } from '../batch';
import { folderRootsOf } from '../lists';
import { unitFromItem } from '../mapping/organisation';
import { eq } from '../odata';
import { assembleInventories } from './assemble';
import { configurationFrom, configurationQueries, prefetchConfigurationReader } from './configuration';
import { assembledOne, managersOf, oneInventory } from './oneInventory';
import { unitsWhere } from './queries';

/**
 * One unit's inventory of a period with its lines and decisions, and the configuration and unit it is read with:
 * one `$batch`, or `null` when there is none (`InventoryRepository.get`, and `theirs` after a save's conflict).
 */
export async function readInventory(sp: SPFI, periodId: string, unitId: string): Promise<Inventory | null> {
  const key = inventoryId(periodId, unitId);
  prefetchConfigurationReader();
  const read = await readGroups(sp, {
    config: configurationQueries,
    unit: [unitsWhere(eq('UnitCode', unitId))],
    ...oneInventory(key),
  });
  const { functionOrder } = await configurationFrom(read.config);
  const assembled = assembleInventories({
    inventoryItems: read.inventory.flat(),
    lineItems: read.lines.flat(),
    decisionItems: read.decisions.flat(),
    functionOrder,
    roots: folderRootsOf(sp),
    managers: managersOf(read.unit.flat().map(unitFromItem)),
  });
  return assembledOne(assembled, key);
}
