// The local backup: what opening the form does with it, and that a damaged or foreign entry is no backup.
import { defaultMunicipalityConfig, emptyInventory, emptyLine, type Inventory } from '../../../src/domain';
import {
  backupKey,
  readBackup,
  restoreDecision,
  writeBackup,
  type DraftBackup,
} from '../../../src/ui/autosave/backup';
import { managerOrganisation } from '../../e2e/lib/managerSite';
import { MemoryStorage } from './support/app';

const config = defaultMunicipalityConfig();
const unit = managerOrganisation().find((u) => u.id === 'E1')!;
const stored: Inventory = { ...emptyInventory(unit, 'host'), status: 'draft', version: 'v1', revision: 'r1' };
const typed: Inventory = { ...stored, lines: [{ ...emptyLine('ekonomi'), persons: 2, arsarbetare: 1.5 }] };

function backup(overrides: Partial<DraftBackup> = {}): DraftBackup {
  return {
    format: 1,
    writtenAt: '2026-01-01T10:00:00Z',
    baseVersion: 'v1',
    draft: typed,
    unparsed: { 'lines.hr.arsarbetare': '0,,5' },
    dirty: true,
    lastFunctionId: 'ekonomi',
    ...overrides,
  };
}

describe('restoreDecision', () => {
  it('continues with unsaved changes made on the stored version', () => {
    const decision = restoreDecision(backup(), { stored, config });
    expect(decision).toEqual({ kind: 'backup', draft: typed, unparsed: { 'lines.hr.arsarbetare': '0,,5' } });
  });

  it('starts from the stored inventory when nothing was unsaved, keeping typed texts on the same version', () => {
    expect(restoreDecision(null, { stored, config })).toEqual({ kind: 'stored', unparsed: {} });
    expect(restoreDecision(backup({ dirty: false }), { stored, config })).toEqual({
      kind: 'stored',
      unparsed: { 'lines.hr.arsarbetare': '0,,5' },
    });
    expect(
      restoreDecision(backup({ dirty: false }), { stored: { ...stored, version: 'v2' }, config }),
    ).toEqual({
      kind: 'stored',
      unparsed: {},
    });
  });

  it('asks the manager when the stored version changed after the unsaved changes were made', () => {
    const theirs = { ...stored, version: 'v2', lines: [{ ...emptyLine('ekonomi'), persons: 3 }] };
    expect(restoreDecision(backup(), { stored: theirs, config })).toMatchObject({
      kind: 'conflict',
      mine: typed,
    });
  });

  it('sees that a save which reached SharePoint before the tab closed leaves nothing to choose', () => {
    const landed = { ...typed, version: 'v2' };
    expect(restoreDecision(backup(), { stored: landed, config })).toMatchObject({ kind: 'stored' });
  });
});

describe('the backup in storage', () => {
  it('is kept per user and inventory, and read back as written', () => {
    const storage = new MemoryStorage();
    const key = backupKey('Anna.Berg@Kommun.example', typed.id);
    expect(key).toBe(`stodinventering:draft:anna.berg@kommun.example:${typed.id}`);
    expect(writeBackup(storage, key, backup())).toBe(true);
    expect(readBackup(storage, key)).toEqual(backup());
    expect(readBackup(storage, backupKey('erik.lund@kommun.example', typed.id))).toBeNull();
  });

  it('is no backup when damaged, of another format, or when storage refuses', () => {
    const storage = new MemoryStorage();
    storage.setItem('a', '{not json');
    storage.setItem('b', JSON.stringify({ format: 2, draft: typed }));
    expect(readBackup(storage, 'a')).toBeNull();
    expect(readBackup(storage, 'b')).toBeNull();
    const full = {
      ...storage,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    } as unknown as Storage;
    expect(writeBackup(full, 'c', backup())).toBe(false);
  });
});
