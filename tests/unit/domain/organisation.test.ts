import {
  buildOrganisation,
  isFirstLine,
  isUpn,
  normaliseUpn,
  sameUpn,
  unitIndex,
  type UnitInput,
  type ValidationResult,
} from '../../../src/domain';
import { unit, unitInputs, units } from './fixtures';

function issuesOf(result: ValidationResult<unknown>): { code: string; path: string }[] {
  return result.ok ? [] : result.issues.map(({ code, path }) => ({ code, path }));
}

const enhet = (id: string, parentId: string | null, extra: Partial<UnitInput> = {}): UnitInput => ({
  id,
  kind: 'enhet',
  name: `Enhet ${id}`,
  parentId,
  manager: null,
  headcount: 5,
  arsarbetare: 5,
  ...extra,
});

describe('buildOrganisation', () => {
  it('derives sektor and kontor through nested units', () => {
    expect(unit('E2')).toMatchObject({ parentId: 'E1', sektorId: 'S1', kontorId: 'K1' });
    expect(unit('E1')).toMatchObject({ sektorId: 'S1', kontorId: 'K1' });
    expect(unit('K1')).toMatchObject({ sektorId: 'S1', kontorId: 'K1' });
    expect(unit('S1')).toMatchObject({ sektorId: 'S1', kontorId: null });
    expect(unit('E4')).toMatchObject({ parentId: 'S1', sektorId: 'S1', kontorId: null });
  });

  it('keeps names with å/ä/ö, apostrophes, & and # unchanged, and the input order', () => {
    expect(unit('E1').name).toBe("Hemtjänst Sätra 'Norr'");
    expect(unit('K2').name).toBe('Kultur & fritid #2');
    expect(units.map((u) => u.id)).toEqual(unitInputs.map((u) => u.id));
  });

  it('lower-cases manager UPNs', () => {
    expect(unit('S1').manager?.upn).toBe('sektor.chef1@kommun.example');
  });

  it('counts the managers of direct sub-units', () => {
    expect(unit('S1').managersReporting).toBe(3); // K1, K3, E4
    expect(unit('K1').managersReporting).toBe(1); // E1
    expect(unit('K3').managersReporting).toBe(0); // E5 is vacant
    expect(unit('E2').managersReporting).toBe(0);
  });

  it('does not count a manager who also leads the sub-unit', () => {
    const result = buildOrganisation([
      { ...unitInputs[0]!, manager: { upn: 'a@k.example', name: 'A', level: 'sektorchef' } },
      enhet('E9', 'S1', { manager: { upn: 'A@K.example', name: 'A', level: 'enhetschef' } }),
    ]);
    expect(result.ok && result.value[0]?.managersReporting).toBe(0);
  });

  it('finds duplicate ids and unknown parents', () => {
    const result = buildOrganisation([...unitInputs, enhet('E1', 'K1'), enhet('E8', 'K9')]);
    expect(issuesOf(result)).toEqual([
      { code: 'duplicateId', path: `${unitInputs.length}.id` },
      { code: 'unknownParent', path: `${unitInputs.length + 1}.parentId` },
    ]);
    expect(result.ok ? '' : result.issues[1]?.message.sv).toBe('Den överordnade enheten K9 finns inte.');
  });

  it('finds units on the wrong level', () => {
    const result = buildOrganisation([
      ...unitInputs,
      { ...enhet('K8', 'K1'), kind: 'kontor' },
      { ...enhet('S8', 'S1'), kind: 'sektor' },
      enhet('E8', null),
    ]);
    const n = unitInputs.length;
    expect(issuesOf(result)).toEqual([
      { code: 'wrongParentKind', path: `${n}.parentId` },
      { code: 'wrongParentKind', path: `${n + 1}.parentId` },
      { code: 'wrongParentKind', path: `${n + 2}.parentId` },
    ]);
  });

  it('names every unit of a cycle, and not the units that merely hang below it', () => {
    const n = unitInputs.length;
    const two = buildOrganisation([...unitInputs, enhet('E8', 'E9'), enhet('E9', 'E8')]);
    expect(issuesOf(two)).toEqual([
      { code: 'cycle', path: `${n}.parentId` },
      { code: 'cycle', path: `${n + 1}.parentId` },
    ]);
    const three = buildOrganisation([
      ...unitInputs,
      enhet('E7', 'E8'),
      enhet('E8', 'E9'),
      enhet('E9', 'E10'),
      enhet('E10', 'E8'),
    ]);
    expect(issuesOf(three).map((i) => i.path)).toEqual([
      `${n + 1}.parentId`,
      `${n + 2}.parentId`,
      `${n + 3}.parentId`,
    ]);
    const self = buildOrganisation([...unitInputs, enhet('E8', 'E8')]);
    expect(issuesOf(self)).toEqual([{ code: 'cycle', path: `${n}.parentId` }]);
  });

  it('compares unit codes without regard to case, as SharePoint does', () => {
    const n = unitInputs.length;
    const duplicate = buildOrganisation([...unitInputs, enhet('e1', 'K1')]);
    expect(issuesOf(duplicate)).toEqual([{ code: 'duplicateId', path: `${n}.id` }]);
    // A parent written in another case is the same unit; the tree keeps the parent's own spelling.
    const result = buildOrganisation([...unitInputs, enhet('E9', 'k1'), enhet('E10', 'e9')]);
    expect(result.ok && result.value.slice(n).map((u) => [u.id, u.parentId, u.sektorId, u.kontorId])).toEqual(
      [
        ['E9', 'K1', 'S1', 'K1'],
        ['E10', 'E9', 'S1', 'K1'],
      ],
    );
  });

  it('checks 170,000 units in one chain, and names all of a cycle that long, without recursion', () => {
    const count = 170_000;
    const chain: UnitInput[] = [unitInputs[0]!];
    for (let i = 0; i < count; i++) chain.push(enhet(`E${i}`, i === 0 ? 'S1' : `E${i - 1}`));
    const built = buildOrganisation(chain);
    expect(built.ok && built.value[count]).toMatchObject({ id: `E${count - 1}`, sektorId: 'S1' });
    const cycle = chain.map((u, i) => (i === 1 ? { ...u, parentId: `E${count - 1}` } : u));
    const issues = issuesOf(buildOrganisation(cycle));
    expect(issues).toHaveLength(count);
    expect(issues.every((i) => i.code === 'cycle')).toBe(true);
  });

  it('checks ids, names, numbers, UPNs and unions from imports', () => {
    const result = buildOrganisation([
      unitInputs[0]!,
      enhet('E 1', 'S1'),
      enhet('E2', 'S1', { name: '  ' }),
      enhet('E3', 'S1', { headcount: 4.5 }),
      enhet('E4', 'S1', { headcount: 5, arsarbetare: 6 }),
      enhet('E5', 'S1', { manager: { upn: 'inte en adress', name: 'X', level: 'enhetschef' } }),
      enhet('E6', 'S1', { kind: 'avdelning' as never }),
      enhet('E7', 'S1', { manager: { upn: 'x@k.example', name: 'X', level: 'chef' as never } }),
    ]);
    expect(issuesOf(result)).toEqual([
      { code: 'invalidId', path: '1.id' },
      { code: 'required', path: '2.name' },
      { code: 'notInteger', path: '3.headcount' },
      { code: 'fteAboveHeadcount', path: '4.arsarbetare' },
      { code: 'invalidUpn', path: '5.manager.upn' },
      { code: 'unknownReference', path: '6.kind' },
      { code: 'unknownReference', path: '7.manager.level' },
      { code: 'wrongParentKind', path: '6.parentId' },
    ]);
  });
});

describe('unit queries', () => {
  it('indexes units by id and by parent', () => {
    const index = unitIndex(units);
    expect(index.byId.get('E3')?.name).toBe('Bibliotek Öster');
    expect(index.children.get(null)?.map((u) => u.id)).toEqual(['S1', 'S2']);
    expect(index.children.get('S1')?.map((u) => u.id)).toEqual(['K1', 'K3', 'E4']);
    expect(index.children.get('E5')).toBeUndefined();
  });

  it('knows first-line units by their manager level', () => {
    expect(isFirstLine(unit('E2'))).toBe(true);
    expect(isFirstLine(unit('E1'))).toBe(false);
    expect(isFirstLine(unit('E5'))).toBe(false);
  });

  it('compares UPNs without regard to case and spaces', () => {
    expect(normaliseUpn('  Åsa.Oberg@Gavle.SE ')).toBe('åsa.oberg@gavle.se');
    expect(sameUpn('A@B.se', 'a@b.SE')).toBe(true);
    expect(sameUpn('a@b.se', null)).toBe(false);
    expect(isUpn('a@b.se')).toBe(true);
    expect(isUpn('a@b')).toBe(false);
  });
});
