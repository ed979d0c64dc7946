// What a jsdom test file of saving and submitting sets up: the manager site (started once, for today), the
// debounce's fake timers around each test, and SharePoint's copy of an inventory read back beside the form.
import { type Inventory } from '../../../../src/domain';
import { periodsAround } from '../../../e2e/lib/managerSite';
import { settled, useDebounceTimers } from './app';
import { startSite, type TestSite } from './site';

/** The file's site and a way to read what SharePoint holds. */
export interface TimedSite {
  /** The running site (started in `beforeAll`). */
  readonly site: TestSite;
  /** The open period's id. */
  readonly periodId: string;
  /**
   * The inventory as SharePoint has it, read on the manager's own repository (not through the test's network).
   * @throws Error when the unit has none.
   */
  stored(upn: string, unitId: string): Promise<Inventory>;
}

/** Registers the file's hooks; call it at the top level of the test file. */
export function timedSite(): TimedSite {
  let site: TestSite | undefined;
  beforeAll(async () => {
    site = await startSite(new Date());
  });
  afterAll(() => site?.close());
  beforeEach(() => useDebounceTimers());
  afterEach(() => jest.useRealTimers());
  const running = (): TestSite => {
    if (site === undefined) throw new Error('The site is not started: use it in a test or a hook');
    return site;
  };
  const periodId = periodsAround(new Date()).current.id;
  return {
    get site() {
      return running();
    },
    periodId,
    stored: async (upn, unitId) => {
      const inventory = await settled(running().repos(upn).inventories.get(periodId, unitId));
      if (inventory === null) throw new Error(`No inventory of ${unitId}`);
      return inventory;
    },
  };
}
