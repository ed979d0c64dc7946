// The snapshot's files, checksums and their verification, without SharePoint.
import {
  checksumsFile,
  parseChecksums,
  sha256Hex,
  snapshotFiles,
  snapshotFolderName,
  snapshotFormat,
  verifySnapshot,
  type SnapshotDocument,
} from '../../../src/exports';
import { aggregate, defaultMunicipalityConfig } from '../../../src/domain';

const period = {
  id: '2026',
  name: { sv: 'Inventering 2026', en: 'Inventory 2026' },
  opensOn: '2026-09-01',
  closesOn: '2026-12-31',
};
const document: SnapshotDocument = {
  format: snapshotFormat,
  period,
  createdAt: '2026-12-07T08:12:59.123Z',
  createdBy: 'pia@kommun.example',
  aggregate: aggregate({ units: [], inventories: [], config: defaultMunicipalityConfig(), periodId: '2026' }),
};
const workbook = new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]);

describe('snapshot', () => {
  it('names its folder by the minute in UTC, without colons', () => {
    expect(snapshotFolderName('2026-12-07T08:12:59.123Z')).toBe('2026-12-07T0812Z');
    expect(snapshotFolderName('2026-12-07T09:12:00+01:00')).toBe('2026-12-07T0812Z');
  });

  it('computes SHA-256 as sha256sum prints it', async () => {
    expect(await sha256Hex(new TextEncoder().encode('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('holds the workbook, the aggregate as JSON and SHA256SUMS listing both', async () => {
    const files = await snapshotFiles({ workbook, document });
    expect(files.map((f) => f.name)).toEqual([
      'stodinventering-2026.xlsx',
      'stodinventering-2026.json',
      checksumsFile,
    ]);
    expect(JSON.parse(new TextDecoder().decode(files[1]!.content))).toEqual(document);
    const sums = parseChecksums(new TextDecoder().decode(files[2]!.content));
    expect([...sums]).toEqual([
      ['stodinventering-2026.xlsx', await sha256Hex(workbook)],
      ['stodinventering-2026.json', files[1]!.checksum],
    ]);
    for (const file of files) expect(file.checksum).toBe(await sha256Hex(file.content));
  });

  it('verifies stored files against their column and SHA256SUMS, and finds a changed or missing one', async () => {
    const files = await snapshotFiles({ workbook, document });
    expect((await verifySnapshot(files)).ok).toBe(true);

    const tampered = files.map((f, i) =>
      i === 0 ? { ...f, content: new Uint8Array([...f.content, 0]) } : f,
    );
    const check = await verifySnapshot(tampered);
    expect(check.ok).toBe(false);
    expect(check.files.map((f) => [f.name, f.ok])).toEqual([
      ['stodinventering-2026.xlsx', false],
      ['stodinventering-2026.json', true],
      [checksumsFile, true],
    ]);
    expect(check.files[0]).toMatchObject({ column: files[0]!.checksum, listed: files[0]!.checksum });

    // The column rewritten to the new content: SHA256SUMS still disagrees.
    const recolumned = tampered.map((f, i) => (i === 0 ? { ...f, checksum: check.files[0]!.actual } : f));
    expect((await verifySnapshot(recolumned)).ok).toBe(false);

    const missing = await verifySnapshot(files.slice(1));
    expect(missing).toMatchObject({ ok: false, missing: ['stodinventering-2026.xlsx'] });
    expect((await verifySnapshot(files.slice(0, 2))).missing).toEqual([checksumsFile]);
  });
});
