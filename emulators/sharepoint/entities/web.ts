import type { RequestContext } from '../context';
import { subfolders } from '../files/folderTree';
import { canSeeList } from '../handlers/access';
import type { Entity } from '../handlers/entity';
import { apiUrl, requirePermission } from '../handlers/guards';
import { complexValue } from '../odata/format';
import { toRestMask } from '../security/permissions';
import { hasUniqueRoleAssignments } from '../security/roleAssignments';
import { entityOf } from './entityOf';
import { roleAssignmentsNavigation } from './security';

const EMPTY_GUID = '00000000-0000-0000-0000-000000000000';

/** The web as SharePoint describes SP.Web (the one web of the emulator, the root web of its site collection). */
export function describeWeb(ctx: RequestContext): Entity {
  const web = ctx.store.web();
  const url = apiUrl(ctx, 'Web');
  const link = (path: string) => ({ uri: `${url}/${path}`, editLink: `Web/${path}` });
  const group = (id: number): Entity | null => {
    const found = ctx.store.group(id);
    return found ? ctx.describe({ kind: 'group', group: found }) : null;
  };
  return entityOf({
    meta: { type: 'SP.Web', id: url, uri: url, editLink: 'Web', metadata: 'SP.ApiData.Webs/@Element' },
    values: {
      AllowRssFeeds: true,
      AlternateCssUrl: '',
      AppInstanceId: EMPTY_GUID,
      Configuration: 0,
      Created: web.created,
      CustomMasterUrl: `${web.serverRelativeUrl}/_catalogs/masterpage/seattle.master`,
      Description: web.description,
      EnableMinimalDownload: false,
      Id: web.id,
      IsMultilingual: true,
      Language: 1033,
      LastItemModifiedDate: web.lastItemModifiedDate,
      LastItemUserModifiedDate: web.lastItemModifiedDate,
      MasterUrl: `${web.serverRelativeUrl}/_catalogs/masterpage/seattle.master`,
      NoCrawl: false,
      QuickLaunchEnabled: true,
      RecycleBinEnabled: true,
      ServerRelativeUrl: web.serverRelativeUrl,
      SiteLogoUrl: null,
      SyndicationEnabled: true,
      Title: web.title,
      TreeViewEnabled: false,
      UIVersion: 15,
      UIVersionConfigurationEnabled: false,
      Url: ctx.site.webUrl,
      WebTemplate: 'STS',
      WelcomePage: 'SitePages/Home.aspx',
    },
    selected: {
      HasUniqueRoleAssignments: () => hasUniqueRoleAssignments(ctx.store, { kind: 'web' }),
      EffectiveBasePermissions: () =>
        complexValue('SP.BasePermissions', toRestMask(ctx.security.permissions({ kind: 'web' }))),
      ServerRelativePath: () => complexValue('SP.ResourcePath', { DecodedUrl: web.serverRelativeUrl }),
    },
    navigation: {
      Lists: {
        link: link('Lists'),
        resolve: () =>
          ctx.store
            .lists()
            .filter((list) => canSeeList(ctx, list))
            .map((list) => ctx.describe({ kind: 'list', list })),
      },
      CurrentUser: {
        link: link('CurrentUser'),
        resolve: () => ctx.describe({ kind: 'user', user: ctx.user }),
      },
      SiteUsers: {
        link: link('SiteUsers'),
        resolve: () => {
          requirePermission(ctx, { kind: 'web' }, 'BrowseUserInfo');
          return ctx.store.users().map((user) => ctx.describe({ kind: 'user', user }));
        },
      },
      SiteGroups: {
        link: link('SiteGroups'),
        resolve: () => {
          requirePermission(ctx, { kind: 'web' }, 'BrowseUserInfo');
          return ctx.store.groups().map((found) => ctx.describe({ kind: 'group', group: found }));
        },
      },
      AssociatedOwnerGroup: {
        link: link('AssociatedOwnerGroup'),
        resolve: () => group(web.associatedOwnerGroupId),
      },
      AssociatedMemberGroup: {
        link: link('AssociatedMemberGroup'),
        resolve: () => group(web.associatedMemberGroupId),
      },
      AssociatedVisitorGroup: {
        link: link('AssociatedVisitorGroup'),
        resolve: () => group(web.associatedVisitorGroupId),
      },
      RootFolder: {
        link: link('RootFolder'),
        resolve: () => ctx.describe({ kind: 'folder', folderUrl: web.serverRelativeUrl }),
      },
      Folders: {
        link: link('Folders'),
        resolve: () =>
          subfolders(ctx, web.serverRelativeUrl).map((folderUrl) =>
            ctx.describe({ kind: 'folder', folderUrl }),
          ),
      },
      // The emulator's web is the root web of its site collection, which has no parent: SharePoint answers null.
      ParentWeb: { link: link('ParentWeb'), resolve: () => null },
      RegionalSettings: {
        link: link('RegionalSettings'),
        resolve: () => ctx.describe({ kind: 'regionalSettings' }),
      },
      RoleDefinitions: {
        link: link('RoleDefinitions'),
        resolve: () =>
          ctx.store
            .roleDefinitions()
            .map((definition) => ctx.describe({ kind: 'roleDefinition', definition })),
      },
      RoleAssignments: roleAssignmentsNavigation(ctx, {
        securable: { kind: 'web' },
        link: link('RoleAssignments'),
      }),
    },
  });
}

/** The regional settings of the web, as SharePoint describes SP.RegionalSettings. */
export function describeRegionalSettings(ctx: RequestContext): Entity {
  const localeId = ctx.store.web().localeId ?? 1033;
  const swedish = localeId === 1053;
  const url = apiUrl(ctx, 'Web/RegionalSettings');
  return entityOf({
    meta: { type: 'SP.RegionalSettings', id: url, uri: url, editLink: 'Web/RegionalSettings' },
    values: {
      AdjustHijriDays: 0,
      AlternateCalendarType: 0,
      AM: 'AM',
      CalendarType: 1,
      Collation: swedish ? 29 : 25,
      CollationLCID: swedish ? 1053 : 2070,
      DateFormat: swedish ? 2 : 0,
      DateSeparator: swedish ? '-' : '/',
      DecimalSeparator: swedish ? ',' : '.',
      DigitGrouping: '3;0',
      FirstDayOfWeek: swedish ? 1 : 0,
      FirstWeekOfYear: swedish ? 2 : 0,
      IsEastAsia: false,
      IsRightToLeft: false,
      IsUIRightToLeft: false,
      ListSeparator: swedish ? ';' : ',',
      LocaleId: localeId,
      NegativeSign: '-',
      NegNumberMode: 1,
      PM: 'PM',
      PositiveSign: '',
      ShowWeeks: false,
      ThousandSeparator: swedish ? '\u00a0' : ',',
      Time24: swedish,
      TimeMarkerPosition: 0,
      TimeSeparator: ':',
    },
  });
}

/** The site collection, as SharePoint describes SP.Site. */
export function describeSite(ctx: RequestContext): Entity {
  const web = ctx.store.web();
  const url = apiUrl(ctx, 'Site');
  return entityOf({
    meta: { type: 'SP.Site', id: url, uri: url, editLink: 'Site', metadata: 'SP.Site' },
    values: {
      AllowDesigner: true,
      Id: web.siteId,
      ReadOnly: false,
      ServerRelativeUrl: web.serverRelativeUrl,
      Url: ctx.site.webUrl,
    },
    selected: {
      ServerRelativePath: () => complexValue('SP.ResourcePath', { DecodedUrl: web.serverRelativeUrl }),
    },
    navigation: {
      RootWeb: {
        link: { uri: `${url}/RootWeb`, editLink: 'Site/RootWeb' },
        resolve: () => ctx.describe({ kind: 'web' }),
      },
    },
  });
}
