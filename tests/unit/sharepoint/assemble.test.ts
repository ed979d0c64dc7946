// How inventories are put together from what SharePoint returns: only what the unit folders prove counts, a
// damaged inventory is left out (and reported) instead of failing the whole read, and the status comes from the
// manager's answer and the reviewers' decisions pinned to the revision.
import { type SpItem } from '../../../src/sharepoint/mapping/values';
import { unitOfFolder } from '../../../src/sharepoint/mapping/folders';
import { assembleInventories } from '../../../src/sharepoint/repositories/assemble';

const site = '/sites/s/Lists';
const roots = {
  inventeringar: `${site}/Inventeringar`,
  inventeringsrader: `${site}/Inventeringsrader`,
  granskningsbeslut: `${site}/Granskningsbeslut`,
  remissvar: `${site}/Remissvar`,
  bokningar: `${site}/Bokningar`,
  seminarieanteckningar: `${site}/Seminarieanteckningar`,
};
const functionOrder = new Map([
  ['ekonomi', 0],
  ['hr', 1],
]);

const keys = (unit: string) => ({
  InventoryKey: `2018:${unit}`,
  PeriodId: '2018',
  UnitCode: unit,
  SektorCode: 'S1',
  KontorCode: 'K1',
});
const inventoryItem = (id: number, unit: string, over: Record<string, unknown> = {}): SpItem => ({
  Id: id,
  'odata.etag': '"2"',
  ...keys(unit),
  ManagerUpn: `${unit.toLowerCase()}@k.se`,
  Status: 'Inskickad',
  FileDirRef: `${roots.inventeringar}/${unit}`,
  ...over,
});
const lineItem = (
  id: number,
  unit: string,
  functionId: string,
  over: Record<string, unknown> = {},
): SpItem => ({
  Id: id,
  'odata.etag': '"1"',
  ...keys(unit),
  FunctionId: functionId,
  Persons: 1,
  Arsarbetare: 0.5,
  FileDirRef: `${roots.inventeringsrader}/${unit}`,
  ...over,
});
const decisionItem = (id: number, unit: string, over: Record<string, unknown> = {}): SpItem => ({
  Id: id,
  ...keys(unit),
  Verdict: 'Godkänd',
  Revision: '10.2;20.1,21.1',
  Created: '2018-06-01T08:00:00Z',
  Author: { Name: 'i:0#.f|membership|karl@k.se' },
  FileDirRef: `${roots.granskningsbeslut}/${unit}`,
  ...over,
});

function assemble(items: { inventories: SpItem[]; lines?: SpItem[]; decisions?: SpItem[] }) {
  return assembleInventories({
    inventoryItems: items.inventories,
    lineItems: items.lines ?? [],
    decisionItems: items.decisions ?? [],
    functionOrder,
    roots,
  });
}

const e1 = () => ({
  inventories: [inventoryItem(10, 'E1')],
  lines: [lineItem(20, 'E1', 'ekonomi'), lineItem(21, 'E1', 'hr')],
});

describe('unitOfFolder', () => {
  it('is the folder directly under the list root, in any letter case, and nothing else', () => {
    expect(unitOfFolder(`${roots.inventeringar}/E1`, roots.inventeringar)).toBe('E1');
    expect(unitOfFolder('/SITES/S/lists/inventeringar/E1', roots.inventeringar)).toBe('E1');
    expect(unitOfFolder(roots.inventeringar, roots.inventeringar)).toBeNull();
    expect(unitOfFolder(`${roots.inventeringar}/E1/E2`, roots.inventeringar)).toBeNull();
    expect(unitOfFolder(`${roots.inventeringsrader}/E1`, roots.inventeringar)).toBeNull();
    expect(unitOfFolder(`${roots.inventeringar}X/E1`, roots.inventeringar)).toBeNull();
    expect(unitOfFolder(undefined, roots.inventeringar)).toBeNull();
  });
});

describe('assembleInventories', () => {
  it('gives the revision of the items read and the status of the decision pinned to it', () => {
    const { inventories, ignored } = assemble({ ...e1(), decisions: [decisionItem(30, 'E1')] });
    expect(ignored).toEqual([]);
    expect(inventories).toHaveLength(1);
    expect(inventories[0]).toMatchObject({
      id: '2018:E1',
      unitId: 'E1',
      revision: '10.2;20.1,21.1',
      status: 'approved',
      decisions: [
        { id: '30', verdict: 'approved', decidedBy: 'karl@k.se', decidedAt: '2018-06-01T08:00:00Z' },
      ],
    });
    expect(inventories[0]!.lines.map((l) => l.functionId)).toEqual(['ekonomi', 'hr']);
  });

  it('shows an edit after approval: a line at a new version makes the approval history, not the status', () => {
    const edited = e1();
    edited.lines[1] = lineItem(21, 'E1', 'hr', { 'odata.etag': '"2"', Persons: 9 });
    const { inventories } = assemble({ ...edited, decisions: [decisionItem(30, 'E1')] });
    expect(inventories[0]).toMatchObject({ status: 'submitted', revision: '10.2;20.1,21.2' });
  });

  it('ignores a Godkänd decision the unit’s own manager made', () => {
    const own = decisionItem(30, 'E1', { Author: { Name: 'i:0#.f|membership|E1@K.SE' } });
    expect(assemble({ ...e1(), decisions: [own] }).inventories[0]!.status).toBe('submitted');
  });

  it('leaves out a line a manager moved into another unit by rewriting its keys, and reports it', () => {
    const pushed = lineItem(99, 'E2', 'ekonomi', {
      FileDirRef: `${roots.inventeringsrader}/E1`,
      Persons: 50,
    });
    const { inventories, ignored } = assemble({
      inventories: [...e1().inventories, inventoryItem(11, 'E2')],
      lines: [...e1().lines, pushed, lineItem(40, 'E2', 'ekonomi')],
    });
    const e2 = inventories.find((i) => i.unitId === 'E2');
    expect(e2!.lines.map((l) => l.persons)).toEqual([1]);
    expect(ignored).toEqual([
      { list: 'Inventeringsrader', itemId: 99, unitId: 'E1', claims: '2018:E2', reason: 'outsideUnitFolder' },
    ]);
  });

  it('leaves out an inventory or decision item whose keys claim another unit than its folder', () => {
    const { inventories, ignored } = assemble({
      inventories: [inventoryItem(10, 'E2', { FileDirRef: `${roots.inventeringar}/E1` })],
      decisions: [decisionItem(31, 'E2', { FileDirRef: `${roots.granskningsbeslut}/E1` })],
    });
    expect(inventories).toEqual([]);
    expect(ignored.map((i) => [i.list, i.itemId, i.reason])).toEqual([
      ['Inventeringar', 10, 'outsideUnitFolder'],
      ['Granskningsbeslut', 31, 'outsideUnitFolder'],
    ]);
  });

  it('never counts an item in a folder a manager made inside their own', () => {
    const nested = inventoryItem(12, 'E2', { FileDirRef: `${roots.inventeringar}/E1/E2` });
    expect(assemble({ inventories: [nested] }).ignored.map((i) => i.unitId)).toEqual([null]);
  });

  it('takes the unit from the folder, so letter case in the columns cannot make a second inventory', () => {
    const shouting = inventoryItem(10, 'e1', { FileDirRef: `${roots.inventeringar}/E1` });
    const { inventories } = assemble({ inventories: [shouting], lines: e1().lines });
    expect(inventories[0]).toMatchObject({ id: '2018:E1', unitId: 'E1' });
    expect(inventories[0]!.lines).toHaveLength(2);
  });

  it('leaves out a damaged inventory whole, and says why, instead of failing every other one', () => {
    const broken = lineItem(22, 'E2', 'ekonomi', { Quality: 7 });
    const duplicate = [lineItem(23, 'E3', 'hr'), lineItem(24, 'E3', 'hr')];
    const { inventories, ignored } = assemble({
      inventories: [...e1().inventories, inventoryItem(11, 'E2'), inventoryItem(12, 'E3')],
      lines: [...e1().lines, broken, ...duplicate],
    });
    expect(inventories.map((i) => i.unitId)).toEqual(['E1']);
    expect(ignored.map((i) => [i.itemId, i.claims, i.reason])).toEqual([
      [11, '2018:E2', 'unreadable'],
      [12, '2018:E3', 'duplicate'],
    ]);
    expect(ignored[0]!.error?.issues.map((i) => i.path)).toEqual(['Inventeringsrader.22.Quality']);
  });

  it('reads a forged verdict in the Status column as a damaged inventory, never as approved', () => {
    const forged = inventoryItem(10, 'E1', { Status: 'Godkänd' });
    const { inventories, ignored } = assemble({ inventories: [forged], lines: e1().lines });
    expect(inventories).toEqual([]);
    expect(ignored[0]).toMatchObject({ itemId: 10, reason: 'unreadable' });
  });
});
