// Small builders of stored records for the emulator's unit tests.
import { SITE_ADMIN_UPN } from '../../../emulators/identity/personas';
import type { RequestContext } from '../../../emulators/sharepoint/context';
import type {
  FieldRecord,
  ItemRecord,
  ListRecord,
  UserRecord,
} from '../../../emulators/sharepoint/model/records';
import type { Flavour } from '../../../emulators/sharepoint/odata/format';
import { parseQueryOptions } from '../../../emulators/sharepoint/odata/query';
import { PermissionEvaluator } from '../../../emulators/sharepoint/security/PermissionEvaluator';
import { describeEntity } from '../../../emulators/sharepoint/router/router';
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
    admin: SITE_ADMIN_UPN,
    now: new Date('2024-01-01T00:00:00Z'),
  });
  return store;
}

/** A user added to the site. */
export function addUser(store: ListStore, upn: string): UserRecord {
  return store.transaction(() => ensureUser(store, { upn }));
}

/** The site a `requestContext` is served from. */
export const TEST_SITE = {
  origin: 'http://127.0.0.1:7071',
  serverRelativeUrl: '/sites/test',
  webUrl: 'http://127.0.0.1:7071/sites/test',
  realm: 'tenant',
} as const;

/**
 * One API request as the server builds it for a handler (a fresh permission evaluator, as every request and
 * every `$batch` part gets), e.g. `requestContext(store, anna, { path: "web/lists/getByTitle('X')/items?$top=5" })`.
 */
export function requestContext(
  store: ListStore,
  user: UserRecord,
  request: { path: string; method?: string; flavour?: Flavour; body?: string },
): RequestContext {
  const url = new URL(`${TEST_SITE.webUrl}/_api/${request.path}`);
  const ctx: RequestContext = {
    method: request.method ?? 'GET',
    url,
    apiPath: url.pathname.slice(`${TEST_SITE.serverRelativeUrl}/_api/`.length),
    headers: {},
    body: Buffer.from(request.body ?? '', 'utf8'),
    flavour: request.flavour ?? 'minimal',
    query: parseQueryOptions(url.searchParams, { maxTop: Infinity }),
    site: TEST_SITE,
    store,
    user: store.user(user.id) ?? user,
    security: new PermissionEvaluator(store, store.user(user.id) ?? user),
    settings: { threshold: 5000, strict: true },
    now: new Date('2024-06-01T12:00:00Z'),
    describe: (resource) => describeEntity(resource, ctx),
  };
  return ctx;
}
