import { inventoryStatuses } from '../../../../src/domain';
import { demoMunicipality, senderSektorName } from '../../../../scripts/lib/demoSite';

describe('demoMunicipality', () => {
  const demo = demoMunicipality({ today: '2025-05-20' });

  it('is Gävle-like: 4 sectors (the last the sender sector), about 25 offices, 350 units, ≈ 7,000 employees', () => {
    const kinds = (kind: string) => demo.units.filter((u) => u.kind === kind);
    expect(kinds('sektor').map((u) => u.name)).toContain(senderSektorName);
    expect(kinds('sektor')).toHaveLength(4);
    expect(kinds('kontor').length).toBeGreaterThanOrEqual(22);
    expect(kinds('kontor').length).toBeLessThanOrEqual(28);
    expect(demo.units).toHaveLength(350);
    const employees = demo.units.reduce((sum, u) => sum + u.headcount, 0);
    expect(employees).toBeGreaterThan(6800);
    expect(employees).toBeLessThan(7200);
    expect(demo.units.every((u) => u.arsarbetare <= u.headcount && u.headcount >= 1)).toBe(true);
    const sender = kinds('sektor').find((u) => u.name === senderSektorName);
    expect(demo.config.centralSektorIds).toEqual([sender?.id]);
  });

  it('has one period open on the day, with every answer in the past', () => {
    expect(demo.period).toMatchObject({ id: '2025', opensOn: '2025-02-19', closesOn: '2025-06-19' });
    const instants = demo.inventories.flatMap((i) => [
      i.updatedAt,
      i.submittedAt,
      ...i.decisions.map((d) => d.decidedAt),
    ]);
    expect(instants.every((t) => t === null || (t >= '2025-02-19' && t < '2025-05-20'))).toBe(true);
    expect(demo.inventories.every((i) => i.periodId === '2025' && i.id.startsWith('2025:'))).toBe(true);
  });

  it('has inventories in every status (units that have not started have none yet)', () => {
    const present = new Set(demo.inventories.map((i) => i.status));
    const managed = demo.units.filter((u) => u.manager).length;
    expect(inventoryStatuses.filter((s) => s !== 'notStarted').every((s) => present.has(s))).toBe(true);
    expect(managed - demo.inventories.length).toBeGreaterThan(0);
  });

  it('places the personas: Sara leads a sector, Karl an office in it, Anna and Erik units in Karl’s office', () => {
    const unitOf = (upn: string) => demo.units.filter((u) => u.manager?.upn === upn);
    const [sara] = unitOf('sara.sektor@kommun.example');
    const [karl] = unitOf('karl.kontor@kommun.example');
    const [anna] = unitOf('anna.berg@kommun.example');
    const [erik] = unitOf('erik.lund@kommun.example');
    expect(sara?.kind).toBe('sektor');
    expect(karl).toMatchObject({ kind: 'kontor', parentId: sara?.id });
    expect(anna).toMatchObject({
      kind: 'enhet',
      kontorId: karl?.id,
      manager: { level: 'enhetschef', name: 'Anna Berg' },
    });
    expect(erik).toMatchObject({
      kind: 'enhet',
      kontorId: karl?.id,
      manager: { level: 'enhetschef', name: 'Erik Lund' },
    });
    expect(unitOf('anna.berg@kommun.example')).toHaveLength(1);
    // Anna still answers; Erik's inventory waits for Karl.
    const status = (unitId: string | undefined) =>
      demo.inventories.find((i) => i.unitId === unitId)?.status ?? 'notStarted';
    expect(['notStarted', 'draft', 'returned']).toContain(status(anna?.id));
    expect(status(erik?.id)).toBe('submitted');
    // Nobody else is left with the personas' replaced identities, and the board and Pia lead nothing.
    for (const upn of ['projekt@kommun.example', 'styrelsen@kommun.example']) expect(unitOf(upn)).toEqual([]);
    expect(
      demo.inventories
        .filter((i) => i.unitId === erik?.id)
        .every((i) => i.managerUpn === 'erik.lund@kommun.example'),
    ).toBe(true);
    // The generator gave nobody a persona's name: every person in the demo has a name of their own.
    const people = new Map(demo.units.flatMap((u) => (u.manager ? [[u.manager.upn, u.manager.name]] : [])));
    expect(new Set(people.values()).size).toBe(people.size);
    expect(demo.personas.map((p) => p.persona.role)).toEqual([
      'siteAdmin',
      'projectTeam',
      'sektorchef',
      'kontorschef',
      'enhetschef',
      'enhetschef',
      'board',
    ]);
  });

  it('is deterministic, and --scale 10 makes 3,500 units', () => {
    expect(demoMunicipality({ today: '2025-05-20' })).toEqual(demo);
    expect(demoMunicipality({ today: '2025-05-20', seed: 7 }).units).not.toEqual(demo.units);
    expect(demoMunicipality({ today: '2025-05-20', units: 3500 }).units).toHaveLength(3500);
  });
});
