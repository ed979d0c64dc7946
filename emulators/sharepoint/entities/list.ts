import type { RequestContext } from '../context';
import type { Entity } from '../handlers/entity';
import { apiUrl } from '../handlers/guards';
import type { ListRecord } from '../model/records';
import { complexValue } from '../odata/format';
import { listItemEntityTypeFullName } from '../schema/newList';
import { toRestMask } from '../security/permissions';
import { hasUniqueRoleAssignments } from '../security/roleAssignments';
import { entityOf } from './entityOf';
import { roleAssignmentsNavigation } from './security';

/**
 * The icon and the feature that provides each list template the emulator has: 100 generic list, 101 document
 * library, 119 Site Pages (the wiki page library feature).
 */
function templateOf(list: ListRecord): { imageUrl: string; featureId: string } {
  switch (list.baseTemplate) {
    case 101:
      return {
        imageUrl: '/_layouts/15/images/itdl.png?rev=47',
        featureId: '00bfea71-e717-4e80-aa17-d0c71b360101',
      };
    case 119:
      return {
        imageUrl: '/_layouts/15/images/itwp.png?rev=47',
        featureId: '00bfea71-c796-4402-9f2f-0eb9a6e71b18',
      };
    default:
      return {
        imageUrl: '/_layouts/15/images/itgen.png?rev=47',
        featureId: '00bfea71-de22-43b2-a848-c05709900100',
      };
  }
}

/** A list as SharePoint describes SP.List. */
export function describeList(ctx: RequestContext, list: ListRecord): Entity {
  const editLink = `Web/Lists(guid'${list.id}')`;
  const url = apiUrl(ctx, editLink);
  const link = (path: string) => ({ uri: `${url}/${path}`, editLink: `${editLink}/${path}` });
  const securable = { kind: 'list', listId: list.id } as const;
  const defaultView = ctx.store.views(list.id).find((view) => view.defaultView);
  const permissions = (): unknown =>
    complexValue('SP.BasePermissions', toRestMask(ctx.security.permissions(securable)));
  const path = (decodedUrl: string): unknown => complexValue('SP.ResourcePath', { DecodedUrl: decodedUrl });
  return entityOf({
    meta: {
      type: 'SP.List',
      id: url,
      uri: url,
      editLink,
      etag: `"${list.version}"`,
      metadata: 'SP.ApiData.Lists/@Element',
    },
    values: {
      AllowContentTypes: list.allowContentTypes,
      BaseTemplate: list.baseTemplate,
      BaseType: list.baseType,
      ContentTypesEnabled: list.contentTypesEnabled,
      CrawlNonDefaultViews: false,
      Created: list.created,
      DefaultContentApprovalWorkflowId: '00000000-0000-0000-0000-000000000000',
      Description: list.description,
      Direction: 'none',
      DocumentTemplateUrl: null,
      DraftVersionVisibility: 0,
      EnableAttachments: list.baseType === 0,
      EnableFolderCreation: list.baseType === 1,
      EnableMinorVersions: false,
      EnableModeration: false,
      EnableVersioning: list.enableVersioning,
      EntityTypeName: list.entityTypeName,
      ForceCheckout: false,
      HasExternalDataSource: false,
      Hidden: list.hidden,
      Id: list.id,
      ImageUrl: templateOf(list).imageUrl,
      IrmEnabled: false,
      IrmExpire: false,
      IrmReject: false,
      IsApplicationList: false,
      IsCatalog: false,
      IsPrivate: false,
      ItemCount: ctx.store.itemCount(list.id),
      LastItemDeletedDate: list.lastItemDeletedDate,
      LastItemModifiedDate: list.lastItemModifiedDate,
      ListItemEntityTypeFullName: listItemEntityTypeFullName(list),
      MultipleDataList: false,
      NoCrawl: false,
      ParentWebUrl: ctx.store.web().serverRelativeUrl,
      ServerTemplateCanCreateFolders: true,
      TemplateFeatureId: templateOf(list).featureId,
      Title: list.title,
    },
    selected: {
      ReadSecurity: () => list.readSecurity,
      WriteSecurity: () => list.writeSecurity,
      HasUniqueRoleAssignments: () => hasUniqueRoleAssignments(ctx.store, securable),
      EffectiveBasePermissions: permissions,
      EffectiveBasePermissionsForUI: permissions,
      DefaultViewUrl: () => defaultView?.serverRelativeUrl ?? '',
      DefaultViewPath: () => path(defaultView?.serverRelativeUrl ?? ''),
      ParentWebPath: () => path(ctx.store.web().serverRelativeUrl),
    },
    navigation: {
      Fields: {
        link: link('Fields'),
        resolve: () => ctx.store.fields(list.id).map((field) => ctx.describe({ kind: 'field', list, field })),
      },
      Views: {
        link: link('Views'),
        resolve: () => ctx.store.views(list.id).map((view) => ctx.describe({ kind: 'view', list, view })),
      },
      DefaultView: {
        link: link('DefaultView'),
        resolve: () => (defaultView ? ctx.describe({ kind: 'view', list, view: defaultView }) : null),
      },
      RootFolder: {
        link: link('RootFolder'),
        resolve: () => ctx.describe({ kind: 'folder', folderUrl: list.rootFolderUrl }),
      },
      ParentWeb: { link: link('ParentWeb'), resolve: () => ctx.describe({ kind: 'web' }) },
      RoleAssignments: roleAssignmentsNavigation(ctx, { securable, link: link('RoleAssignments') }),
    },
  });
}
