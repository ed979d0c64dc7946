import type { RequestContext } from '../context';
import type { Entity } from '../handlers/entity';
import { apiUrl } from '../handlers/guards';
import { complexValue } from '../odata/format';
import { toRestMask } from '../security/permissions';
import { hasUniqueRoleAssignments } from '../security/roleAssignments';

/** The web as SharePoint describes SP.Web. */
export function describeWeb(ctx: RequestContext): Entity {
  const web = ctx.store.web();
  const url = apiUrl(ctx, 'Web');
  const link = (path: string) => ({ uri: `${url}/${path}`, editLink: `Web/${path}` });
  return {
    meta: { type: 'SP.Web', id: url, uri: url, editLink: 'Web', metadata: 'SP.ApiData.Webs/@Element' },
    props: {
      AllowRssFeeds: true,
      AlternateCssUrl: '',
      AppInstanceId: '00000000-0000-0000-0000-000000000000',
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
      ...web.extra,
    },
    selectable: {
      HasUniqueRoleAssignments: () => hasUniqueRoleAssignments(ctx.store, { kind: 'web' }),
      EffectiveBasePermissions: () =>
        complexValue('SP.BasePermissions', toRestMask(ctx.security.permissions({ kind: 'web' }))),
    },
    navigation: {
      Lists: {
        link: link('Lists'),
        resolve: () => ctx.store.lists().map((list) => ctx.describe({ kind: 'list', list })),
      },
      CurrentUser: {
        link: link('CurrentUser'),
        resolve: () => ctx.describe({ kind: 'user', user: ctx.user }),
      },
      SiteUsers: {
        link: link('SiteUsers'),
        resolve: () => ctx.store.users().map((user) => ctx.describe({ kind: 'user', user })),
      },
      SiteGroups: {
        link: link('SiteGroups'),
        resolve: () => ctx.store.groups().map((group) => ctx.describe({ kind: 'group', group })),
      },
      AssociatedOwnerGroup: {
        link: link('AssociatedOwnerGroup'),
        resolve: () => groupEntity(ctx, web.associatedOwnerGroupId),
      },
      AssociatedMemberGroup: {
        link: link('AssociatedMemberGroup'),
        resolve: () => groupEntity(ctx, web.associatedMemberGroupId),
      },
      AssociatedVisitorGroup: {
        link: link('AssociatedVisitorGroup'),
        resolve: () => groupEntity(ctx, web.associatedVisitorGroupId),
      },
      RootFolder: {
        link: link('RootFolder'),
        resolve: () => ctx.describe({ kind: 'folder', folderUrl: web.serverRelativeUrl }),
      },
    },
  };
}

function groupEntity(ctx: RequestContext, id: number): Entity | null {
  const group = ctx.store.group(id);
  return group ? ctx.describe({ kind: 'group', group }) : null;
}

/** The regional settings of the web, as SharePoint describes SP.RegionalSettings. */
export function describeRegionalSettings(ctx: RequestContext): Entity {
  const localeId = ctx.store.web().localeId ?? 1033;
  const swedish = localeId === 1053;
  const url = apiUrl(ctx, 'Web/RegionalSettings');
  return {
    meta: { type: 'SP.RegionalSettings', id: url, uri: url, editLink: 'Web/RegionalSettings' },
    props: {
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
  };
}

/** The site collection, as SharePoint describes SP.Site. */
export function describeSite(ctx: RequestContext): Entity {
  const web = ctx.store.web();
  const url = apiUrl(ctx, 'Site');
  return {
    meta: { type: 'SP.Site', id: url, uri: url, editLink: 'Site', metadata: 'SP.Site' },
    props: {
      AllowDesigner: true,
      Id: web.siteId,
      ReadOnly: false,
      ServerRelativeUrl: web.serverRelativeUrl,
      Url: ctx.site.webUrl,
    },
    navigation: {
      RootWeb: {
        link: { uri: `${url}/RootWeb`, editLink: 'Site/RootWeb' },
        resolve: () => ctx.describe({ kind: 'web' }),
      },
    },
  };
}
