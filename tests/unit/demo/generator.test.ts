import { generateMunicipality } from '../../../scripts/lib/demo';
import { aggregate, AppError, decisionInForce, isUpn } from '../../../src/domain';

describe('generateMunicipality', () => {
  const m = generateMunicipality({ units: 350, seed: 2018 });

  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateMunicipality({ units: 350, seed: 2018 })).toEqual(m);
    expect(generateMunicipality({ units: 350, seed: 2019 }).units).not.toEqual(m.units);
  });

  it('builds 4 sectors and about 25 offices for 350 units', () => {
    const count = (kind: string): number => m.units.filter((u) => u.kind === kind).length;
    expect(m.units).toHaveLength(350);
    expect(count('sektor')).toBe(4);
    expect(count('kontor')).toBe(25);
    expect(count('enhet')).toBe(321);
    // Sub-units and units directly under a sector both occur.
    expect(
      m.units.some((u) => u.kind === 'enhet' && m.units.find((p) => p.id === u.parentId)?.kind === 'enhet'),
    ).toBe(true);
    expect(m.units.some((u) => u.kind === 'enhet' && u.kontorId === null)).toBe(true);
  });

  it('gives units 5–80 employees (a skola has up to 80) and FTE below headcount', () => {
    for (const unit of m.units.filter((u) => u.kind === 'enhet')) {
      expect(unit.headcount).toBeGreaterThanOrEqual(5);
      expect(unit.headcount).toBeLessThanOrEqual(80);
      expect(unit.arsarbetare).toBeLessThanOrEqual(unit.headcount);
    }
  });

  it('names units and managers with the characters real names have', () => {
    const names = m.units.map((u) => u.name).join(' ');
    expect(names).toMatch(/[åäö]/);
    expect(names).toContain('&');
    expect(m.units.map((u) => u.manager?.name ?? '').join(' ')).toContain("'");
    for (const unit of m.units) {
      if (unit.manager === null) continue;
      expect(isUpn(unit.manager.upn)).toBe(true);
      expect(unit.manager.upn).toMatch(/^[a-z0-9.]+@gavle\.example$/);
    }
  });

  it('answers every configured function in every submitted inventory', () => {
    const functionIds = m.config.taxonomy.functions.map((f) => f.id);
    const submitted = m.inventories.filter((i) => i.status === 'submitted' || i.status === 'approved');
    expect(submitted.length).toBeGreaterThan(200);
    for (const inv of submitted) expect(inv.lines.map((l) => l.functionId)).toEqual(functionIds);
  });

  it('spreads inventories over every status and leaves some units not started', () => {
    const statuses = new Set(m.inventories.map((i) => i.status));
    expect([...statuses].sort()).toEqual(['approved', 'draft', 'returned', 'submitted']);
    expect(m.inventories.length).toBeLessThan(m.units.length);
    for (const inv of m.inventories.filter((i) => i.status === 'returned'))
      expect(decisionInForce(inv)?.comment).toEqual(expect.any(String));
  });

  it('has every reviewed inventory decided on its own revision, by somebody else than its manager', () => {
    const reviewed = m.inventories.filter((i) => i.status === 'approved' || i.status === 'returned');
    expect(reviewed.length).toBeGreaterThan(50);
    for (const inv of reviewed) {
      expect(decisionInForce(inv)?.verdict).toBe(inv.status);
      expect(decisionInForce(inv)?.decidedBy).not.toBe(inv.managerUpn);
    }
    for (const inv of m.inventories.filter((i) => i.status !== 'approved' && i.status !== 'returned'))
      expect(inv.decisions).toEqual([]);
  });

  it('marks the support sector as central and provides people to act as', () => {
    expect(m.config.centralSektorIds).toEqual(['S4']);
    expect(m.periods[0]).toMatchObject({ id: '2018', opensOn: '2018-06-11', closesOn: '2018-08-31' });
    expect(m.actors.filter((a) => a.roles.some((r) => r.kind === 'reviewer'))).toHaveLength(29);
    expect(m.actors.some((a) => a.roles.some((r) => r.kind === 'projectTeam'))).toBe(true);
  });

  it('produces an aggregate without skipped inputs', () => {
    const result = aggregate({
      units: m.units,
      inventories: m.inventories,
      config: m.config,
      periodId: '2018',
    });
    expect(result.diagnostics).toEqual({
      unknownUnitInventories: 0,
      duplicateInventories: 0,
      unknownFunctionLines: 0,
      unknownRoles: 0,
      emptyAnswers: [],
      excludedLines: [],
    });
    expect(result.kommun.support.staffLocation.central).toBeGreaterThan(0);
  });

  it('scales to ten times the size', () => {
    const large = generateMunicipality({ units: 3500, seed: 1 });
    expect(large.units).toHaveLength(3500);
    expect(large.units.filter((u) => u.kind === 'sektor')).toHaveLength(4);
  });

  it('refuses fewer than four units', () => {
    expect(() => generateMunicipality({ units: 3, seed: 1 })).toThrow(AppError);
    expect(generateMunicipality({ units: 4, seed: 1 }).units).toHaveLength(4);
  });
});
