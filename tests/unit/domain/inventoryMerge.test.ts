import { inventoryDifferences, mergeInventories, unseenDifferences } from '../../../src/domain';
import { config, firstLine, inventory, line } from './fixtures';

const theirs = inventory('E3', {
  version: 'v2',
  lines: [line('ekonomi', { arsarbetare: 0, comment: 'deras' }), line('hr')],
  firstLine: firstLine({ medarbetarspann: 20 }),
});
const mine = inventory('E3', {
  version: 'v1',
  lines: [
    line('ekonomi', { persons: 2, arsarbetare: 1.5, roles: [{ roleId: 'controller', arsarbetare: 1 }] }),
    line('hr', { supportLocations: ['sektor', 'central'] }),
    line('it'),
  ],
  firstLine: firstLine({ medarbetarspann: 25 }),
});

describe('inventoryDifferences', () => {
  it('lists every field that differs, in the order of the form', () => {
    const differences = inventoryDifferences(mine, theirs, config);
    expect(differences.map((d) => d.path)).toEqual([
      'lines.ekonomi.persons',
      'lines.ekonomi.arsarbetare',
      'lines.ekonomi.roles.controller.arsarbetare',
      'lines.ekonomi.comment',
      'lines.hr.supportLocations',
      // IT has no line in theirs: every answered field of mine differs from unanswered.
      'lines.it.persons',
      'lines.it.arsarbetare',
      'lines.it.supportLocations',
      'lines.it.quality',
      'lines.it.competenceNow',
      'lines.it.competenceNeeded',
      'lines.it.placement',
      'firstLine.medarbetarspann',
    ]);
    expect(differences[1]).toMatchObject({
      mine: 1.5,
      theirs: 0,
      functionId: 'ekonomi',
      field: 'arsarbetare',
    });
  });

  it('sees no difference in the order support locations were ticked in', () => {
    const a = inventory('E3', { lines: [line('hr', { supportLocations: ['sektor', 'central'] })] });
    const b = inventory('E3', { lines: [line('hr', { supportLocations: ['central', 'sektor'] })] });
    expect(inventoryDifferences(a, b, config)).toEqual([]);
  });
});

describe('mergeInventories', () => {
  it('keeps theirs where nothing of mine is chosen, with their version', () => {
    expect(mergeInventories(mine, theirs, { config, keepMine: new Set() })).toBe(theirs);
  });

  it('takes the chosen fields from mine and the rest from theirs', () => {
    const merged = mergeInventories(mine, theirs, {
      config,
      keepMine: new Set([
        'lines.ekonomi.arsarbetare',
        'lines.ekonomi.roles.controller.arsarbetare',
        'lines.it.persons',
        'firstLine.medarbetarspann',
      ]),
    });
    expect(merged.version).toBe('v2');
    const ekonomi = merged.lines.find((l) => l.functionId === 'ekonomi');
    expect(ekonomi).toMatchObject({
      persons: 0,
      arsarbetare: 1.5,
      roles: [{ roleId: 'controller', arsarbetare: 1 }],
      comment: 'deras',
    });
    expect(merged.lines.find((l) => l.functionId === 'it')).toMatchObject({ persons: 0, arsarbetare: null });
    expect(merged.firstLine?.medarbetarspann).toBe(25);
    // Everything not chosen stays as they saved it.
    expect(merged.lines.find((l) => l.functionId === 'hr')).toBe(theirs.lines[1]);
    expect(inventoryDifferences(merged, theirs, config).map((d) => d.path)).toEqual([
      'lines.ekonomi.arsarbetare',
      'lines.ekonomi.roles.controller.arsarbetare',
      'lines.it.persons',
      'firstLine.medarbetarspann',
    ]);
  });

  it('gives every field to mine when every difference is chosen', () => {
    const keepMine = new Set(inventoryDifferences(mine, theirs, config).map((d) => d.path));
    const merged = mergeInventories(mine, theirs, { config, keepMine });
    expect(inventoryDifferences(mine, merged, config)).toEqual([]);
  });
});

describe('unseenDifferences', () => {
  // What the session read (the base of its draft), what it then typed, and what another session stored meanwhile.
  const base = inventory('E3', { version: 'v1', lines: [line('ekonomi'), line('hr', { persons: 2 })] });
  const typed = inventory('E3', {
    version: 'v1',
    lines: [line('ekonomi', { persons: 4, comment: 'min' }), line('hr', { persons: 2 })],
  });

  it('finds none when the stored version holds the same answers (the same value typed in two sessions)', () => {
    const stored = { ...typed, version: 'v2' };
    expect(unseenDifferences(typed, stored, [base], config)).toEqual([]);
  });

  it('finds none when only the version moved: every difference is the manager’s own edit', () => {
    const stored = { ...base, version: 'v2' };
    expect(inventoryDifferences(typed, stored, config).map((d) => d.path)).toEqual([
      'lines.ekonomi.persons',
      'lines.ekonomi.comment',
    ]);
    expect(unseenDifferences(typed, stored, [base], config)).toEqual([]);
  });

  it('counts what this session sent as seen: a save partly stored before the 412, changed again since', () => {
    const sent = inventory('E3', {
      version: 'v1',
      lines: [line('ekonomi', { persons: 4 }), line('hr', { persons: 2 })],
    });
    const stored = { ...sent, version: 'v2' };
    const later = inventory('E3', {
      version: 'v1',
      lines: [line('ekonomi', { persons: 6 }), line('hr', { persons: 2 })],
    });
    expect(unseenDifferences(later, stored, [base], config).map((d) => d.path)).toEqual([
      'lines.ekonomi.persons',
    ]);
    expect(unseenDifferences(later, stored, [base, sent], config)).toEqual([]);
  });

  it('lists the answers someone else stored, where they differ from mine', () => {
    const stored = inventory('E3', {
      version: 'v2',
      lines: [line('ekonomi', { persons: 5 }), line('hr', { persons: 3 })],
    });
    expect(unseenDifferences(typed, stored, [base], config)).toMatchObject([
      { path: 'lines.ekonomi.persons', mine: 4, theirs: 5 },
      { path: 'lines.hr.persons', mine: 2, theirs: 3 },
    ]);
  });

  it('sees nothing without a version it has seen', () => {
    const stored = { ...base, version: 'v2' };
    expect(unseenDifferences(typed, stored, [], config)).toHaveLength(2);
  });
});
