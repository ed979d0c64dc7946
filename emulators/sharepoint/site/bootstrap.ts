import { randomUUID } from 'node:crypto';
import type { GroupRecord, WebRecord } from '../model/records';
import { newList } from '../schema/newList';
import { BUILT_IN_ROLE_DEFINITIONS, RoleDefinitionId } from '../security/roleDefinitions';
import type { ListStore } from '../store/ListStore';
import { ensureUser } from './principals';

/** What the site is set up with on first start. */
export interface SiteSetup {
  /** The site lives at `/sites/<siteName>`. */
  siteName: string;
  /** UPN of the site collection administrator. */
  admin: string;
  now: Date;
}

// The default groups get the ids a new SharePoint Online team site gives them.
const OWNERS_ID = 3;
const VISITORS_ID = 4;
const MEMBERS_ID = 5;
const FIRST_FREE_PRINCIPAL_ID = 6;

/**
 * Sets the site up on a fresh store, as SharePoint creates a team site: the built-in permission levels,
 * the Owners (Full Control), Members (Edit) and Visitors (Read) groups on the web, the Documents, Site Pages and
 * Site Assets libraries, and the site collection administrator (also an owner). On an existing store it only makes sure that
 * `admin` is a site collection administrator.
 */
export function ensureSite(store: ListStore, setup: SiteSetup): void {
  store.transaction(() => {
    if (!store.hasWeb()) createSite(store, setup);
    const admin = ensureUser(store, { upn: setup.admin, siteAdmin: true });
    const web = store.web();
    const owners = store.group(web.associatedOwnerGroupId);
    if (owners && !owners.memberIds.includes(admin.id) && owners.memberIds.length === 0) {
      store.putGroup({ ...owners, memberIds: [admin.id], ownerId: owners.id });
    }
  });
}

function createSite(store: ListStore, setup: SiteSetup): void {
  const now = `${setup.now.toISOString().slice(0, 19)}Z`;
  const serverRelativeUrl = `/sites/${setup.siteName}`;
  const web: WebRecord = {
    id: randomUUID(),
    siteId: randomUUID(),
    title: setup.siteName,
    description: '',
    serverRelativeUrl,
    created: now,
    lastItemModifiedDate: now,
    associatedOwnerGroupId: OWNERS_ID,
    associatedMemberGroupId: MEMBERS_ID,
    associatedVisitorGroupId: VISITORS_ID,
    nextPrincipalId: FIRST_FREE_PRINCIPAL_ID,
    nextRoleDefinitionId: 1073741924,
  };
  store.putWeb(web);
  for (const definition of BUILT_IN_ROLE_DEFINITIONS) store.putRoleDefinition(definition);
  const group = (id: number, suffix: string): GroupRecord => ({
    id,
    title: `${setup.siteName} ${suffix}`,
    description: '',
    ownerId: OWNERS_ID,
    memberIds: [],
    allowMembersEditMembership: suffix === 'Members',
    onlyAllowMembersViewMembership: false,
  });
  store.putGroup(group(OWNERS_ID, 'Owners'));
  store.putGroup(group(VISITORS_ID, 'Visitors'));
  store.putGroup(group(MEMBERS_ID, 'Members'));
  store.putScope({
    key: 'web',
    assignments: [
      { principalId: OWNERS_ID, roleDefinitionIds: [RoleDefinitionId.fullControl] },
      { principalId: VISITORS_ID, roleDefinitionIds: [RoleDefinitionId.read] },
      { principalId: MEMBERS_ID, roleDefinitionIds: [RoleDefinitionId.edit] },
    ],
  });
  // What a new team site has: Documents at /Shared Documents (entity type SP.Data.Shared_x0020_DocumentsItem),
  // Site Pages (the Site Page library, BaseTemplate 119, its default view By Author) and Site Assets.
  // https://learn.microsoft.com/sharepoint/dev/schema/list-template-types (101 DocumentLibrary, 119 WebPageLibrary)
  const libraries = [
    {
      title: 'Documents',
      urlName: 'Shared Documents',
      entityTypeName: 'Shared_x0020_Documents',
      baseTemplate: 101,
    },
    {
      title: 'Site Pages',
      urlName: 'SitePages',
      entityTypeName: 'SitePages',
      baseTemplate: 119,
      view: 'By Author',
    },
    { title: 'Site Assets', urlName: 'SiteAssets', entityTypeName: 'SiteAssets', baseTemplate: 101 },
  ] as const;
  for (const library of libraries) {
    const created = newList(
      {
        title: library.title,
        description: '',
        baseTemplate: 101,
        hidden: false,
        enableVersioning: true,
        contentTypesEnabled: false,
        allowContentTypes: true,
      },
      { webServerRelativeUrl: serverRelativeUrl, now, takenUrlNames: new Set() },
    );
    const rootFolderUrl = `${serverRelativeUrl}/${library.urlName}`;
    store.putList({
      ...created.list,
      baseTemplate: library.baseTemplate,
      urlName: library.urlName,
      rootFolderUrl,
      entityTypeName: library.entityTypeName,
    });
    for (const field of created.fields) store.putField(field);
    const view = 'view' in library ? library.view : created.view.title;
    store.putView({
      ...created.view,
      title: view,
      serverRelativeUrl: `${rootFolderUrl}/Forms/${view === created.view.title ? 'AllItems' : view.replace(/\s/g, '')}.aspx`,
    });
  }
}
