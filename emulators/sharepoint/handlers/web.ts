import { createHash } from 'node:crypto';
import type { RequestContext } from '../context';
import type { Resource } from '../router/resources';
import type { ResourceFamily } from '../router/family';
import { unsupportedMethod, unsupportedSegment } from '../router/unsupported';
import { isSupportedLocale } from '../site/locale';
import { complexValue } from '../odata/format';
import { toRestMask } from '../security/permissions';
import { hasUniqueRoleAssignments } from '../security/roleAssignments';
import type { SpResponse } from '../response';
import { project, type Entity } from './entity';
import { apiUrl, requirePermission } from './guards';
import { entityResponse, jsonBody, noContent, valueResponse } from './http';
import { describeGroup } from './groups';
import { describeList } from './lists';
import { describeUser } from './users';
import { describeFolder } from './files';

const WEB: Resource = { kind: 'web' };
const WRITABLE = new Set(['Title', 'Description']);

/** The root of `/_api`, the web, the site collection and `contextinfo`. */
export const webFamily: ResourceFamily = {
  navigate(resource, segment) {
    const name = segment.name.toLowerCase();
    if (resource.kind === 'root') {
      if (name === 'web') return WEB;
      if (name === 'site') return { kind: 'site' };
      if (name === 'contextinfo') return { kind: 'operation', name: 'contextinfo', run: contextInfo };
    }
    if (resource.kind === 'site' && name === 'rootweb') return WEB;
    if (resource.kind === 'web' && name === 'regionalsettings') return { kind: 'regionalSettings' };
    return undefined;
  },

  handle(resource, ctx) {
    if (resource.kind === 'web') return handleWeb(ctx);
    if (resource.kind === 'regionalSettings') return handleRegionalSettings(ctx);
    if (resource.kind === 'site') {
      if (ctx.method !== 'GET') throw unsupportedMethod(ctx, 'SP.Site');
      requirePermission(ctx, { kind: 'web' }, 'Open');
      return entityResponse(ctx, project(ctx, describeSite(ctx), ctx.query));
    }
    return undefined;
  },

  describe(resource, ctx) {
    if (resource.kind === 'web') return describeWeb(ctx);
    if (resource.kind === 'site') return describeSite(ctx);
    if (resource.kind === 'regionalSettings') return describeRegionalSettings(ctx);
    return undefined;
  },
};

function handleWeb(ctx: RequestContext): SpResponse {
  switch (ctx.method) {
    case 'GET':
      requirePermission(ctx, { kind: 'web' }, 'Open');
      return entityResponse(ctx, project(ctx, describeWeb(ctx), ctx.query));
    case 'MERGE':
    case 'PATCH': {
      requirePermission(ctx, { kind: 'web' }, 'ManageWeb');
      const body = jsonBody(ctx);
      const web = ctx.store.web();
      const extra = { ...web.extra };
      for (const [name, value] of Object.entries(body))
        if (name !== '__metadata' && !WRITABLE.has(name)) extra[name] = value;
      ctx.store.putWeb({
        ...web,
        title: typeof body.Title === 'string' ? body.Title : web.title,
        description: typeof body.Description === 'string' ? body.Description : web.description,
        extra,
      });
      return noContent();
    }
    default:
      throw unsupportedMethod(ctx, 'SP.Web');
  }
}

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
      Lists: { link: link('Lists'), resolve: () => ctx.store.lists().map((list) => describeList(ctx, list)) },
      CurrentUser: { link: link('CurrentUser'), resolve: () => describeUser(ctx, ctx.user) },
      SiteUsers: {
        link: link('SiteUsers'),
        resolve: () => ctx.store.users().map((user) => describeUser(ctx, user)),
      },
      SiteGroups: {
        link: link('SiteGroups'),
        resolve: () => ctx.store.groups().map((group) => describeGroup(ctx, group)),
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
      RootFolder: { link: link('RootFolder'), resolve: () => describeFolder(ctx, web.serverRelativeUrl) },
    },
  };
}

function groupEntity(ctx: RequestContext, id: number): Entity | null {
  const group = ctx.store.group(id);
  return group ? describeGroup(ctx, group) : null;
}

/**
 * `web/RegionalSettings`: GET, and MERGE of `LocaleId` (1033 en-US or 1053 sv-SE) — the locale in which
 * `ValidateUpdateListItem` reads numbers and dates. SharePoint changes it in the site settings (or CSOM); the
 * emulator takes a MERGE so that tests and the demo can switch it.
 */
function handleRegionalSettings(ctx: RequestContext): SpResponse {
  if (ctx.method === 'GET') {
    requirePermission(ctx, { kind: 'web' }, 'Open');
    return entityResponse(ctx, project(ctx, describeRegionalSettings(ctx), ctx.query));
  }
  if (ctx.method !== 'MERGE' && ctx.method !== 'PATCH') throw unsupportedMethod(ctx, 'SP.RegionalSettings');
  requirePermission(ctx, { kind: 'web' }, 'ManageWeb');
  const localeId = jsonBody(ctx).LocaleId;
  if (localeId !== undefined) {
    if (!isSupportedLocale(localeId)) {
      throw unsupportedSegment(ctx, 'RegionalSettings', `LocaleId ${String(localeId)} (1033, 1053)`);
    }
    ctx.store.putWeb({ ...ctx.store.web(), localeId });
  }
  return noContent();
}

function describeRegionalSettings(ctx: RequestContext): Entity {
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

function describeSite(ctx: RequestContext): Entity {
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
      RootWeb: { link: { uri: `${url}/RootWeb`, editLink: 'Site/RootWeb' }, resolve: () => describeWeb(ctx) },
    },
  };
}

/**
 * `POST /_api/contextinfo`: a form digest. PnPjs reads it flat from `Accept: application/json`, and skips it
 * when it sends a bearer token, so the digest is never checked.
 */
function contextInfo(ctx: RequestContext): SpResponse {
  if (ctx.method !== 'POST') throw unsupportedMethod(ctx, 'SP.ContextWebInformation');
  const stamp = ctx.now
    .toUTCString()
    .replace(/^\w+, /, '')
    .replace('GMT', '-0000');
  const digest = createHash('sha256')
    .update(`${ctx.user.loginName}|${ctx.now.getTime()}`)
    .digest('hex')
    .toUpperCase();
  return valueResponse(
    ctx,
    complexValue('SP.ContextWebInformation', {
      FormDigestTimeoutSeconds: 1800,
      FormDigestValue: `0x${digest},${stamp}`,
      LibraryVersion: '16.0.25012.12006',
      SiteFullUrl: ctx.site.webUrl,
      SupportedSchemaVersions: ['14.0.0.0', '15.0.0.0'],
      WebFullUrl: ctx.site.webUrl,
    }),
    { name: 'GetContextWebInformation', type: 'SP.ContextWebInformation' },
  );
}
