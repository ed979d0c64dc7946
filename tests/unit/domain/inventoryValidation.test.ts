import { generateMunicipality } from '../../../scripts/lib/demo';
import { validateInventory, type Inventory, type ValidationResult } from '../../../src/domain';
import { allLines, completeInventory, config, firstLine, inventory, line, unit } from './fixtures';

function issuesOf(result: ValidationResult<unknown>): { code: string; path: string }[] {
  return result.ok ? [] : result.issues.map(({ code, path }) => ({ code, path }));
}

const draft = (inv: Inventory, unitId = inv.unitId): ReturnType<typeof issuesOf> =>
  issuesOf(validateInventory(inv, { config, unit: unit(unitId) }));
const submit = (inv: Inventory, unitId = inv.unitId): ReturnType<typeof issuesOf> =>
  issuesOf(validateInventory(inv, { config, unit: unit(unitId), purpose: 'submit' }));

describe('validateInventory: field rules (every save)', () => {
  it('accepts an empty draft', () => {
    expect(draft(inventory('E2'))).toEqual([]);
  });

  it('does not let FTE exceed persons', () => {
    const inv = inventory('E3', { lines: [line('hr', { persons: 1, arsarbetare: 1.5 })] });
    const result = validateInventory(inv, { config, unit: unit('E3') });
    expect(issuesOf(result)).toEqual([{ code: 'fteAbovePersons', path: 'lines.hr.arsarbetare' }]);
    expect(result.ok ? '' : result.issues[0]?.message.sv).toBe(
      'Årsarbetare kan inte vara fler än antalet personer (1).',
    );
  });

  it('accepts FTE equal to persons despite float sums', () => {
    const inv = inventory('E3', {
      lines: [
        line('hr', {
          persons: 1,
          arsarbetare: 0.3,
          roles: [
            { roleId: 'lon', arsarbetare: 0.1 },
            { roleId: 'hrKonsult', arsarbetare: 0.2 },
          ],
        }),
      ],
    });
    expect(draft(inv)).toEqual([]);
  });

  it('rejects negative and fractional persons and negative FTE', () => {
    const inv = inventory('E3', {
      lines: [line('hr', { persons: -1, arsarbetare: 0 }), line('it', { persons: 1.5, arsarbetare: -0.5 })],
    });
    expect(draft(inv)).toEqual([
      { code: 'negative', path: 'lines.hr.persons' },
      { code: 'notInteger', path: 'lines.it.persons' },
      { code: 'negative', path: 'lines.it.arsarbetare' },
    ]);
  });

  it('checks roles: they must belong to the function, once each, and not exceed its FTE', () => {
    const inv = inventory('E3', {
      lines: [
        line('ekonomi', {
          persons: 2,
          arsarbetare: 1,
          roles: [
            { roleId: 'controller', arsarbetare: 0.8 },
            { roleId: 'hrStrateg', arsarbetare: 0.1 },
            { roleId: 'controller', arsarbetare: 0.2 },
          ],
        }),
      ],
    });
    const result = validateInventory(inv, { config, unit: unit('E3') });
    expect(issuesOf(result)).toEqual([
      { code: 'unknownRole', path: 'lines.ekonomi.roles.hrStrateg' },
      { code: 'duplicateId', path: 'lines.ekonomi.roles.controller' },
      { code: 'roleFteAboveLine', path: 'lines.ekonomi.roles' },
    ]);
    expect(result.ok ? '' : result.issues[2]?.message.sv).toBe(
      'Rollernas årsarbetare (1,1) är fler än funktionens (1).',
    );
  });

  it.each([
    ['quality', 0, 'outOfRange'],
    ['quality', 6, 'outOfRange'],
    ['competenceNow', 2.5, 'notInteger'],
    ['competenceNeeded', -2, 'negative'],
  ] as const)('checks %s = %d as %s', (field, value, code) => {
    const inv = inventory('E3', { lines: [line('it', { [field]: value })] });
    expect(draft(inv)).toEqual([{ code, path: `lines.it.${field}` }]);
  });

  it('rejects unknown functions, locations and placements, and a function answered twice', () => {
    const inv = inventory('E3', {
      lines: [
        line('personal'),
        line('it', { supportLocations: ['moln' as never], placement: 'outsourca' as never }),
        line('it'),
      ],
    });
    expect(draft(inv)).toEqual([
      { code: 'unknownFunction', path: 'lines.personal' },
      { code: 'unknownLocation', path: 'lines.it.supportLocations' },
      { code: 'unknownReference', path: 'lines.it.placement' },
      { code: 'duplicateLine', path: 'lines.it' },
    ]);
  });

  it('caps free texts: comments, gap descriptions, lacking support and reviewer comments at 2,000', () => {
    const long = 'å'.repeat(2001);
    const inv = inventory('E2', {
      lines: [line('it', { comment: long, competenceGap: long })],
      firstLine: firstLine({ lackingSupport: long }),
      decisions: [
        { id: '', verdict: 'returned', comment: long, decidedBy: null, decidedAt: null, revision: 'r1' },
      ],
    });
    expect(draft(inv)).toEqual([
      { code: 'tooLong', path: 'lines.it.competenceGap' },
      { code: 'tooLong', path: 'lines.it.comment' },
      { code: 'tooLong', path: 'firstLine.lackingSupport' },
      { code: 'tooLong', path: 'decisions.0' },
    ]);
  });

  it('keeps administration within a 60-hour week in total and per category', () => {
    const ok = firstLine({ adminHours: { hr: 30, ekonomi: 30 } });
    expect(draft(inventory('E2', { firstLine: ok }))).toEqual([]);
    const total = firstLine({ adminHours: { hr: 30, ekonomi: 20, it: 10.5 } });
    const result = validateInventory(inventory('E2', { firstLine: total }), { config, unit: unit('E2') });
    expect(issuesOf(result)).toEqual([{ code: 'adminHoursAboveWeek', path: 'firstLine.adminHours' }]);
    expect(result.ok ? '' : result.issues[0]?.message.en).toBe(
      'Administration may total at most 60 hours per week.',
    );
    const single = firstLine({ adminHours: { hr: 61, ovrigt: -1, fika: 1 } });
    expect(draft(inventory('E2', { firstLine: single }))).toEqual([
      { code: 'outOfRange', path: 'firstLine.adminHours.hr' },
      { code: 'negative', path: 'firstLine.adminHours.ovrigt' },
      { code: 'unknownCategory', path: 'firstLine.adminHours.fika' },
      { code: 'adminHoursAboveWeek', path: 'firstLine.adminHours' },
    ]);
  });

  it('checks span of control and chefsnära stöd', () => {
    const section = firstLine({ medarbetarspann: 12.5, chefsnaraStodArsarbetare: 51 });
    expect(draft(inventory('E2', { firstLine: section }))).toEqual([
      { code: 'outOfRange', path: 'firstLine.chefsnaraStodArsarbetare' },
      { code: 'notInteger', path: 'firstLine.medarbetarspann' },
    ]);
  });
});

describe('validateInventory: what is required to submit', () => {
  it('accepts a complete inventory', () => {
    expect(submit(completeInventory('E2'))).toEqual([]);
    expect(submit(completeInventory('K1'))).toEqual([]);
  });

  it('requires a line for every configured function', () => {
    const inv = completeInventory('K1', { lines: allLines().filter((l) => l.functionId !== 'juridik') });
    const result = validateInventory(inv, { config, unit: unit('K1'), purpose: 'submit' });
    expect(issuesOf(result)).toEqual([{ code: 'missingLine', path: 'lines.juridik' }]);
    expect(result.ok ? '' : result.issues[0]?.message).toEqual({
      sv: 'Stödfunktionen Juridik är inte besvarad.',
      en: 'The support function Legal has not been answered.',
    });
  });

  it('requires persons and FTE, also when zero', () => {
    const inv = completeInventory('K1', { lines: allLines({ hr: { persons: null, arsarbetare: null } }) });
    expect(submit(inv)).toEqual([
      { code: 'required', path: 'lines.hr.persons' },
      { code: 'required', path: 'lines.hr.arsarbetare' },
    ]);
  });

  it('requires the assessment where the function is present, and not where it is absent', () => {
    const absent = {
      supportLocations: [],
      quality: null,
      competenceNow: null,
      competenceNeeded: null,
      placement: null,
    };
    expect(submit(completeInventory('K1', { lines: allLines({ juridik: absent }) }))).toEqual([]);
    const received = { ...absent, supportLocations: ['central' as const] };
    expect(submit(completeInventory('K1', { lines: allLines({ juridik: received }) }))).toEqual([
      { code: 'required', path: 'lines.juridik.quality' },
      { code: 'required', path: 'lines.juridik.competenceNow' },
      { code: 'required', path: 'lines.juridik.competenceNeeded' },
      { code: 'required', path: 'lines.juridik.placement' },
    ]);
    // Own staff but no support received from elsewhere: quality of received support is not asked.
    const own = { ...absent, persons: 1, arsarbetare: 0.5, roles: [{ roleId: 'jurist', arsarbetare: 0.5 }] };
    expect(submit(completeInventory('K1', { lines: allLines({ juridik: own }) }))).toEqual([
      { code: 'required', path: 'lines.juridik.competenceNow' },
      { code: 'required', path: 'lines.juridik.competenceNeeded' },
      { code: 'required', path: 'lines.juridik.placement' },
    ]);
  });

  it('requires roles when the unit has own staff in a function that has roles', () => {
    const inv = completeInventory('K1', {
      lines: allLines({
        ekonomi: { persons: 2, arsarbetare: 1.5 },
        malResultatstyrning: { persons: 1, arsarbetare: 1 },
      }),
    });
    expect(submit(inv)).toEqual([{ code: 'rolesRequired', path: 'lines.ekonomi.roles' }]);
  });

  it('requires a gap description when the need exceeds today’s competence', () => {
    const gap = { competenceNow: 2 as const, competenceNeeded: 4 as const };
    expect(submit(completeInventory('K1', { lines: allLines({ it: gap }) }))).toEqual([
      { code: 'gapDescriptionRequired', path: 'lines.it.competenceGap' },
    ]);
    const described = { ...gap, competenceGap: 'Saknar kunskap om nya e-tjänster' };
    expect(submit(completeInventory('K1', { lines: allLines({ it: described }) }))).toEqual([]);
  });

  it('requires the first-line section from first-line managers only', () => {
    const result = validateInventory(completeInventory('E2', { firstLine: null }), {
      config,
      unit: unit('E2'),
      purpose: 'submit',
    });
    expect(issuesOf(result)).toEqual([{ code: 'firstLineRequired', path: 'firstLine' }]);
    expect(result.ok ? '' : result.issues[0]?.message.sv).toBe('Fyll i avsnittet om första linjens chef.');
    expect(submit(completeInventory('E1', { firstLine: null }))).toEqual([]); // avdelningschef
  });

  it('requires every admin category, chefsnära stöd and span of control in the first-line section', () => {
    const section = firstLine({
      adminHours: { hr: 2, ekonomi: null },
      chefsnaraStodArsarbetare: null,
      medarbetarspann: null,
    });
    expect(submit(completeInventory('E2', { firstLine: section }))).toEqual([
      { code: 'required', path: 'firstLine.adminHours.ekonomi' },
      { code: 'required', path: 'firstLine.adminHours.processerKvalitet' },
      { code: 'required', path: 'firstLine.adminHours.strategiskStyrning' },
      { code: 'required', path: 'firstLine.adminHours.it' },
      { code: 'required', path: 'firstLine.adminHours.ovrigt' },
      { code: 'required', path: 'firstLine.chefsnaraStodArsarbetare' },
      { code: 'required', path: 'firstLine.medarbetarspann' },
    ]);
  });
});

describe('validateInventory on generated municipalities', () => {
  it.each([1, 2, 3])('accepts every submitted inventory and every draft (seed %d)', (seed) => {
    const m = generateMunicipality({ units: 120, seed });
    const byId = new Map(m.units.map((u) => [u.id, u]));
    for (const inv of m.inventories) {
      const unitOf = byId.get(inv.unitId);
      if (unitOf === undefined) throw new Error(`no unit ${inv.unitId}`);
      const purpose = inv.status === 'draft' ? 'draft' : 'submit';
      expect({
        id: inv.id,
        issues: issuesOf(validateInventory(inv, { config: m.config, unit: unitOf, purpose })),
      }).toEqual({
        id: inv.id,
        issues: [],
      });
    }
  });
});
