import { buildOrganisation, isAppError, type Unit, type UnitInput } from '../../../../src/domain';
import {
  adoptSiteSpelling,
  checkRemovals,
  diffOrganisation,
  isEmptyDiff,
  secondUnitWarnings,
} from '../../../../src/sharepoint/import';

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

describe('the same unit whatever the case of its code', () => {
  const site = build([input('S1', null), input('E1159', 'S1'), input('E2', 'S1')]);
  /** A unit as `input` makes it, with its code and its parent's written as given. */
  const spelled = (id: string, parentId: string | null, extra: Partial<UnitInput> = {}): UnitInput => ({
    ...input(id.toUpperCase(), parentId?.toUpperCase() ?? null, extra),
    id,
    parentId,
  });

  it('diffOrganisation matches codes without regard to case', () => {
    const file = build([spelled('s1', null), spelled('e1159', 's1', { headcount: 11 }), input('E2', 'S1')]);
    const diff = diffOrganisation(site, file);
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
    expect(diff.changed.map((c) => [c.before.id, c.after.id, c.fields])).toEqual([
      ['E1159', 'e1159', ['headcount']],
    ]);
  });

  it('adoptSiteSpelling writes every code the site has as the site writes it, and says which', () => {
    const file = build([
      spelled('s1', null),
      spelled('e1159', 's1'),
      spelled('k9', 's1', { kind: 'kontor' }),
      spelled('E10', 'k9'),
    ]);
    const { units, respelled } = adoptSiteSpelling(file, ['S1', 'E1159', 'K9', 'unused']);
    expect(units.map((u) => [u.id, u.parentId, u.sektorId, u.kontorId])).toEqual([
      ['S1', null, 'S1', null],
      ['E1159', 'S1', 'S1', null],
      ['K9', 'S1', 'S1', 'K9'],
      ['E10', 'K9', 'S1', 'K9'],
    ]);
    expect(respelled).toEqual([
      { from: 's1', to: 'S1' },
      { from: 'e1159', to: 'E1159' },
      { from: 'k9', to: 'K9' },
    ]);
    const siteCodes = site.map((u) => u.id);
    expect(adoptSiteSpelling(site, siteCodes)).toEqual({ units: site, respelled: [] });
  });
});

describe('secondUnitWarnings', () => {
  const site = build([input('S1', null), input('E1', 'S1'), input('E2', 'S1')]);

  it('warns, naming every unit, when a manager takes on a unit besides the one they head', () => {
    const file = build([
      input('S1', null),
      input('E1', 'S1'),
      input('E2', 'S1', { manager: { upn: 'E1@k.se', name: 'Chef E1', level: 'enhetschef' } }),
    ]);
    const warnings = secondUnitWarnings(diffOrganisation(site, file), file);
    expect(warnings.map((w) => w.message)).toEqual([
      {
        sv: 'Chefen Chef E1 (e1@k.se) leder efter importen 2 enheter: E1 Enhet E1, E2 Enhet E2. Kontrollera att det stämmer.',
        en: 'The manager Chef E1 (e1@k.se) heads 2 units after the import: E1 Enhet E1, E2 Enhet E2. Check that this is right.',
      },
    ]);
    // Someone who already headed both units on the site is not news; nor is a new manager of one unit.
    expect(secondUnitWarnings(diffOrganisation(file, file), file)).toEqual([]);
    const newManager = build([
      input('S1', null),
      input('E1', 'S1', { manager: { upn: 'ny@k.se', name: 'Ny', level: 'enhetschef' } }),
      input('E2', 'S1'),
    ]);
    expect(secondUnitWarnings(diffOrganisation(site, newManager), newManager)).toEqual([]);
  });
});

describe('checkRemovals', () => {
  const site = build([input('S1', null), ...Array.from({ length: 19 }, (_, i) => input(`E${i}`, 'S1'))]);

  it('lets up to 10 % of the site’s units go, and refuses more without allowRemovals', () => {
    const diff = (kept: number) => diffOrganisation(site, site.slice(0, kept));
    expect(() => checkRemovals(diff(18), { siteUnits: 20, allowRemovals: false })).not.toThrow();
    expect(() => checkRemovals(diff(17), { siteUnits: 20, allowRemovals: true })).not.toThrow();
    let refusal: unknown;
    try {
      checkRemovals(diff(17), { siteUnits: 20, allowRemovals: false });
    } catch (error) {
      refusal = error;
    }
    expect(isAppError(refusal) && refusal.code).toBe('invalid');
    expect(refusal instanceof Error && refusal.message).toBe(
      'Filen tar bort 3 av webbplatsens 20 enheter (15 %). Att ta bort mer än 10 % kräver --allow-removals; ' +
        'kontrollera först att filen har hela organisationen. Inget har ändrats.\n' +
        "The file removes 3 of the site's 20 units (15 %). Removing more than 10 % needs --allow-removals; " +
        'first check that the file holds the whole organisation. Nothing was changed.',
    );
  });
});
