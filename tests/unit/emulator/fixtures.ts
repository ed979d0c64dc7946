// Small builders of stored records for the emulator's unit tests.
import type {
  FieldRecord,
  ItemRecord,
  ListRecord,
  UserRecord,
} from '../../../emulators/sharepoint/model/records';
import { newList } from '../../../emulators/sharepoint/schema/newList';
import type { ListStore } from '../../../emulators/sharepoint/store/ListStore';
import { ensureSite } from '../../../emulators/sharepoint/site/bootstrap';
import { ensureUser } from '../../../emulators/sharepoint/site/principals';

/** A generic list record as `lists.add` would create it, with its built-in fields. */
export function listFixture(
  title: string,
  id = `00000000-0000-4000-8000-${String(title.length).padStart(12, '0')}`,
) {
  return newList(
    {
      title,
      description: '',
      baseTemplate: 100,
      hidden: false,
      enableVersioning: true,
      contentTypesEnabled: false,
      allowContentTypes: true,
      extra: {},
    },
    { webServerRelativeUrl: '/sites/test', now: '2024-01-01T00:00:00Z', takenUrlNames: new Set(), id },
  );
}

/** A custom field of a list. */
export function fieldFixture(
  list: ListRecord,
  internalName: string,
  overrides: Partial<FieldRecord> = {},
): FieldRecord {
  return {
    id: `f-${internalName.toLowerCase()}`,
    listId: list.id,
    internalName,
    staticName: internalName,
    title: internalName,
    fieldTypeKind: 2,
    typeAsString: 'Text',
    required: false,
    indexed: false,
    enforceUniqueValues: false,
    hidden: false,
    readOnlyField: false,
    fromBaseType: false,
    description: '',
    group: 'Custom Columns',
    defaultValue: null,
    order: 100,
    extra: {},
    ...overrides,
  };
}

/** An item of a list. */
export function itemFixture(
  list: ListRecord,
  id: number,
  values: ItemRecord['values'],
  overrides: Partial<ItemRecord> = {},
): ItemRecord {
  return {
    listId: list.id,
    id,
    guid: `00000000-0000-4000-8000-${String(id).padStart(12, '0')}`,
    version: 1,
    created: '2024-01-01T00:00:00Z',
    modified: '2024-01-01T00:00:00Z',
    authorId: 6,
    editorId: 6,
    contentTypeId: '0x0100',
    fileSystemObjectType: 0,
    folderUrl: list.rootFolderUrl,
    values,
    ...overrides,
  };
}

/** A store set up as a fresh site (admin@kommun.example is the site collection admin). */
export function siteStore<T extends ListStore>(store: T): T {
  ensureSite(store, {
    siteName: 'test',
    admin: 'admin@kommun.example',
    now: new Date('2024-01-01T00:00:00Z'),
  });
  return store;
}

/** A user added to the site. */
export function addUser(store: ListStore, upn: string): UserRecord {
  return store.transaction(() => ensureUser(store, { upn }));
}
