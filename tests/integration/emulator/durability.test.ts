import { rmSync } from 'node:fs';
import { ADMIN, expectJson, startTestEmulator, writeHeaders } from './harness';

describe('the durable store across a restart', () => {
  it('keeps lists, fields, items, permissions, users and files, and the identity key', async () => {
    const first = await startTestEmulator({ inMemory: false });
    const { dataDir } = first;
    try {
      const sp = first.sp();
      await sp.web.lists.add('Bestående', '', 100, false);
      await sp.web.lists.getByTitle('Bestående').fields.addText('Kontor', { Indexed: true });
      await sp.web.lists.getByTitle('Bestående').items.add({ Title: 'Ett', Kontor: 'Norr' });
      await sp.web.lists.getByTitle('Bestående').items.getById(1).update({ Title: 'Ett, ändrad' });
      await sp.web.lists.getByTitle('Bestående').breakRoleInheritance(false, false);
      const anna = await sp.web.ensureUser('anna.berg@kommun.example');
      await sp.web.lists.getByTitle('Bestående').roleAssignments.add(Number(anna.Id), 1073741826);
      await sp.web.lists.add('Arkiv', '', 101, false);
      await sp.web.lists
        .getByTitle('Arkiv')
        .rootFolder.files.addUsingPath('rapport.txt', 'innehåll', { Overwrite: true });
      await first.emulator.close();

      const second = await startTestEmulator({ inMemory: false, dataDir });
      try {
        const again = second.sp();
        const item = (await again.web.lists.getByTitle('Bestående').items.getById(1)()) as Record<
          string,
          unknown
        >;
        expect(item).toMatchObject({ Title: 'Ett, ändrad', Kontor: 'Norr', OData__UIVersionString: '2.0' });
        const field = await again.web.lists
          .getByTitle('Bestående')
          .fields.getByInternalNameOrTitle('Kontor')();
        expect(field.Indexed).toBe(true);
        const annaRows = await second
          .sp('anna.berg@kommun.example')
          .web.lists.getByTitle('Bestående')
          .items.select('Title')();
        expect(annaRows.map((r: { Title: string }) => r.Title)).toEqual(['Ett, ändrad']);
        const url = `${new URL(second.emulator.siteUrl).pathname}/Arkiv/rapport.txt`;
        expect(await again.web.getFileByServerRelativePath(url).getText()).toBe('innehåll');
        const users = await expectJson<{ value: { LoginName: string }[] }>(
          await second.fetch('web/siteusers?$select=LoginName'),
        );
        expect(users.value.map((u) => u.LoginName)).toEqual(
          expect.arrayContaining([
            `i:0#.f|membership|${ADMIN}`,
            'i:0#.f|membership|anna.berg@kommun.example',
          ]),
        );
        // The next item id continues where the first run stopped.
        const added = await expectJson<{ Id: number }>(
          await second.fetch(`web/lists/getByTitle('Bestående')/items`, {
            method: 'POST',
            headers: writeHeaders(),
            body: '{"Title":"Två"}',
          }),
          201,
        );
        expect(added.Id).toBe(2);
        // The same dev identity key signs and verifies in both runs.
        expect(first.emulator.token(ADMIN).split('.')[0]).toBe(second.emulator.token(ADMIN).split('.')[0]);
      } finally {
        await second.emulator.close();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
