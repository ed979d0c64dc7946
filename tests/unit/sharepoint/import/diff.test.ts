import { buildOrganisation, type Unit, type UnitInput } from '../../../../src/domain';
import { diffOrganisation, isEmptyDiff } from '../../../../src/sharepoint/import';

const input = (id: string, parentId: string | null, extra: Partial<UnitInput> = {}): UnitInput => ({
  id,
  kind: parentId === null ? 'sektor' : 'enhet',
  name: `Enhet ${id}`,
  parentId,
  manager: {
    upn: `${id.toLowerCase()}@k.se`,
    name: `Chef ${id}`,
    level: parentId === null ? 'sektorchef' : 'enhetschef',
  },
  headcount: 10,
  arsarbetare: 9,
  ...extra,
});

function build(inputs: UnitInput[]): Unit[] {
  const result = buildOrganisation(inputs);
  if (!result.ok) throw new Error('invalid');
  return result.value;
}

describe('diffOrganisation', () => {
  const site = build([input('S1', null), input('E1', 'S1'), input('E2', 'S1'), input('E3', 'S1')]);

  it('finds nothing between equal organisations', () => {
    const diff = diffOrganisation(site, site);
    expect(isEmptyDiff(diff)).toBe(true);
    expect(diff.unchanged).toBe(4);
  });

  it('finds new, removed and changed units and manager changes', () => {
    const file = build([
      input('S1', null),
      input('E1', 'S1', { headcount: 12, arsarbetare: 11.5, name: 'Lön & HR' }),
      input('E2', 'S1', { manager: { upn: 'Ny.Chef@K.se', name: 'Ny Chef', level: 'enhetschef' } }),
      input('E4', 'S1', { manager: null }),
    ]);
    const diff = diffOrganisation(site, file);
    expect(diff.added.map((u) => u.id)).toEqual(['E4']);
    expect(diff.removed.map((u) => u.id)).toEqual(['E3']);
    expect(diff.changed.map((c) => [c.after.id, c.fields])).toEqual([
      ['E1', ['name', 'headcount', 'arsarbetare']],
      ['E2', ['manager']],
    ]);
    expect(diff.managerChanges).toEqual([
      { unit: expect.objectContaining({ id: 'E2' }), from: 'e2@k.se', to: 'ny.chef@k.se' },
    ]);
    expect(diff.unchanged).toBe(1);
  });

  it('tells a renamed manager or a new level from a new manager, and a vacancy from a manager', () => {
    const file = build([
      input('S1', null),
      input('E1', 'S1', { manager: { upn: 'e1@k.se', name: 'Chef E1 Öberg', level: 'avdelningschef' } }),
      input('E2', 'S1', { manager: null }),
      input('E3', 'S1'),
    ]);
    const diff = diffOrganisation(site, file);
    expect(diff.changed.map((c) => [c.after.id, c.fields])).toEqual([
      ['E1', ['managerName', 'managerLevel']],
      ['E2', ['manager']],
    ]);
    expect(diff.managerChanges.map((c) => [c.unit.id, c.from, c.to])).toEqual([['E2', 'e2@k.se', null]]);
  });
});
