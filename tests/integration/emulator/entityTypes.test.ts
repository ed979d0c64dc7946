// Walks every documented property and navigation property of every entity type the emulator models
// (emulators/sharepoint/entities/entityTypes.ts) against a live emulator and holds each to what the table says:
// served → sent (by default, or when `$select`ed) and readable by its path; expandable → `$expand` and its path
// answer it (null only where SharePoint has nothing to give);
// path only → the path answers, `$expand` is 501; not modelled → 501 naming `<Type>.<Name>`. Never SharePoint's
// 400 "does not exist" for a documented name, and always that 400 for an undocumented one.
import {
  MODELLED_TYPES,
  requireEntityType,
  type EntityTypeSpec,
} from '../../../emulators/sharepoint/entities/entityTypes';
import { useEmulator, type EmulatorUnderTest } from './harness';

const target = useEmulator();

type Json = Record<string, unknown>;

/** Where an entity of each modelled type lives, once the fixtures below exist (filled in `beforeAll`). */
const entityPaths = new Map<string, string>();

const LIST = 'Entitetstyper';
const LIBRARY = 'Shared Documents';

/** Field types created for the walk, by the entity type SharePoint answers them as. */
const FIELD_SCHEMAS: readonly string[] = [
  '<Field Type="Note" DisplayName="Anteckning" Name="Anteckning" />',
  '<Field Type="Number" DisplayName="Antal" Name="Antal" />',
  '<Field Type="Currency" DisplayName="Belopp" Name="Belopp" />',
  '<Field Type="DateTime" DisplayName="Datum" Name="Datum" />',
  '<Field Type="Choice" DisplayName="Val" Name="Val"><CHOICES><CHOICE>A</CHOICE></CHOICES></Field>',
  '<Field Type="MultiChoice" DisplayName="Flerval" Name="Flerval"><CHOICES><CHOICE>A</CHOICE></CHOICES></Field>',
  '<Field Type="User" DisplayName="Ansvarig" Name="Ansvarig" />',
  '<Field Type="URL" DisplayName="Webbadress" Name="Webbadress" />',
  '<Field Type="Boolean" DisplayName="Aktiv" Name="Aktiv" />',
];

async function json(emulator: EmulatorUnderTest, path: string): Promise<Json> {
  const response = await emulator.fetch(path);
  const text = await response.text();
  if (response.status !== 200) throw new Error(`GET ${path}: ${response.status} ${text}`);
  return JSON.parse(text) as Json;
}

async function createFixtures(emulator: EmulatorUnderTest): Promise<void> {
  const sp = emulator.sp();
  const list = await sp.web.lists.add(LIST, '', 100, false);
  const listPath = `web/lists(guid'${list.Id}')`;
  const fields = sp.web.lists.getById(list.Id).fields;
  for (const schemaXml of FIELD_SCHEMAS) await fields.createFieldAsXml({ SchemaXml: schemaXml, Options: 8 });
  await fields.addLookup('Uppslag', { LookupListId: list.Id, LookupFieldName: 'Title' });
  await sp.web.lists.getById(list.Id).items.add({ Title: 'Rad' });
  await sp.web.lists.getById(list.Id).rootFolder.folders.addUsingPath('Enhet');
  await sp.web
    .getFolderByServerRelativePath(`/sites/stodinventering/${LIBRARY}`)
    .files.addUsingPath('a.txt', 'x');

  // One field per field entity type: the list's own columns and its built-in ones (Counter, Computed, Guid…).
  const listFields = (await json(emulator, `${listPath}/fields?$select=InternalName`)).value as Json[];
  for (const field of listFields) {
    const type = String(field['odata.type']);
    if (!entityPaths.has(type))
      entityPaths.set(type, `${listPath}/fields/getByInternalNameOrTitle('${String(field.InternalName)}')`);
  }
  const owners = (await json(emulator, 'web/associatedOwnerGroup?$select=Id')).Id as number;
  entityPaths.set('SP.Web', 'web');
  entityPaths.set('SP.Site', 'site');
  entityPaths.set('SP.RegionalSettings', 'web/regionalSettings');
  entityPaths.set('SP.List', listPath);
  entityPaths.set('SP.View', `${listPath}/defaultView`);
  entityPaths.set('SP.ViewFieldCollection', `${listPath}/defaultView/viewFields`);
  entityPaths.set('SP.ListItem', `${listPath}/items(1)`);
  entityPaths.set('SP.Folder', `${listPath}/rootFolder/folders('Enhet')`);
  entityPaths.set(
    'SP.File',
    `web/getFileByServerRelativePath(decodedUrl='/sites/stodinventering/${LIBRARY}/a.txt')`,
  );
  entityPaths.set('SP.User', 'web/currentUser');
  entityPaths.set('SP.Group', `web/siteGroups(${owners})`);
  entityPaths.set('SP.RoleDefinition', 'web/roleDefinitions(1073741829)');
  entityPaths.set('SP.RoleAssignment', `web/roleAssignments(${owners})`);
}

/**
 * Expansions that are null for the fixture entity, as SharePoint answers them; every other one must carry an
 * entity or a collection (a navigation property answered null instead is a silently wrong answer).
 */
const NULL_EXPANSIONS: ReadonlyMap<string, string> = new Map([
  ['SP.Web.ParentWeb', 'the web is the root web of its site collection'],
  ['SP.ListItem.File', 'the fixture item is a list item, not a document'],
  ['SP.ListItem.Folder', 'the fixture item is not a folder'],
]);

/** What the emulator answered for one request: status, body, and the error text when it is one. */
async function ask(emulator: EmulatorUnderTest, path: string): Promise<{ status: number; body: Json }> {
  const response = await emulator.fetch(path);
  const text = await response.text();
  return { status: response.status, body: text === '' ? {} : (JSON.parse(text) as Json) };
}

function errorText(body: Json): string {
  const error = (body['odata.error'] ?? body.error) as { message?: { value?: string } } | undefined;
  return error?.message?.value ?? JSON.stringify(body).slice(0, 200);
}

function withOption(path: string, option: string): string {
  return `${path}${path.includes('?') ? '&' : '?'}${option}`;
}

/** Every way a name of `spec` breaks the table's promise, as readable lines; none when it keeps it. */
async function violations(
  emulator: EmulatorUnderTest,
  spec: EntityTypeSpec,
  path: string,
): Promise<string[]> {
  const found: string[] = [];
  const names = [...spec.properties, ...spec.navigation];
  const defaults = await ask(emulator, path);
  if (defaults.status !== 200) return [`GET ${path}: ${defaults.status} ${errorText(defaults.body)}`];
  for (const name of names) {
    const availability = spec.availability(name);
    const seen = `${spec.name}.${name} (${availability})`;
    const inDefault = Object.hasOwn(defaults.body, name);
    switch (availability) {
      case 'served':
      case 'selected': {
        if (availability === 'served' && !inDefault) found.push(`${seen}: missing from the default answer`);
        if (availability === 'selected' && inDefault) found.push(`${seen}: sent without $select`);
        const selected = await ask(emulator, withOption(path, `$select=${name}`));
        if (selected.status !== 200 || !Object.hasOwn(selected.body, name))
          found.push(`${seen}: $select answered ${selected.status} ${errorText(selected.body)}`);
        const byPath = await ask(emulator, `${path}/${name}`);
        if (byPath.status !== 200)
          found.push(`${seen}: its path answered ${byPath.status} ${errorText(byPath.body)}`);
        break;
      }
      case 'expandable': {
        const expanded = await ask(emulator, withOption(path, `$expand=${name}`));
        if (expanded.status !== 200 || !Object.hasOwn(expanded.body, name))
          found.push(`${seen}: $expand answered ${expanded.status} ${errorText(expanded.body)}`);
        else if ((expanded.body[name] === null) !== NULL_EXPANSIONS.has(`${spec.name}.${name}`))
          found.push(`${seen}: $expand answered ${JSON.stringify(expanded.body[name])?.slice(0, 80)}`);
        const byPath = await ask(emulator, `${path}/${name}`);
        if (byPath.status !== 200)
          found.push(`${seen}: its path answered ${byPath.status} ${errorText(byPath.body)}`);
        break;
      }
      case 'pathOnly': {
        const byPath = await ask(emulator, `${path}/${name}`);
        if (byPath.status !== 200)
          found.push(`${seen}: its path answered ${byPath.status} ${errorText(byPath.body)}`);
        const expanded = await ask(emulator, withOption(path, `$expand=${name}`));
        if (expanded.status !== 501) found.push(`${seen}: $expand answered ${expanded.status}, not 501`);
        break;
      }
      case 'notModelled': {
        if (inDefault) found.push(`${seen}: sent without $select`);
        const option = spec.navigation.includes(name) ? `$expand=${name}` : `$select=${name}`;
        const answer = await ask(emulator, withOption(path, option));
        if (answer.status !== 501 || !errorText(answer.body).includes(`${spec.name}.${name}`))
          found.push(
            `${seen}: ${option} answered ${answer.status} ${errorText(answer.body)}, not 501 naming it`,
          );
        break;
      }
      case 'undocumented':
        found.push(`${seen}: the table lists it but calls it undocumented`);
    }
  }
  const undocumented = await ask(emulator, withOption(path, '$select=NoSuchProperty'));
  if (
    undocumented.status !== 400 ||
    errorText(undocumented.body) !== "The field or property 'NoSuchProperty' does not exist."
  )
    found.push(
      `${spec.name}: $select of an undocumented name answered ${undocumented.status}, not SharePoint's 400`,
    );
  return found;
}

beforeAll(async () => {
  await createFixtures(target());
}, 60_000);

describe('every documented name of every modelled entity type', () => {
  it.each(MODELLED_TYPES.map((type) => [type]))('%s answers as the table says', async (type) => {
    const spec = requireEntityType(type);
    const path = entityPaths.get(type);
    if (path === undefined) throw new Error(`No fixture entity of ${type}: give the walk one.`);
    expect(await violations(target(), spec, path)).toEqual([]);
  });

  it('has a fixture for every field entity type the list answers, and walks them all', () => {
    const fieldTypes = [...entityPaths.keys()].filter((type) => type.startsWith('SP.Field'));
    for (const type of fieldTypes) expect(MODELLED_TYPES).toContain(type);
  });
});
