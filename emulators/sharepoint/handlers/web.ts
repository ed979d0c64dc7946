import { createHash } from 'node:crypto';
import type { RequestContext } from '../context';
import { checkTitleLength } from '../model/limits';
import type { Resource } from '../router/resources';
import type { ResourceFamily } from '../router/family';
import { unsupportedMethod, unsupportedSegment } from '../router/unsupported';
import { isSupportedLocale } from '../site/locale';
import { complexValue } from '../odata/format';
import type { SpResponse } from '../response';
import { project } from './entity';
import { requirePermission } from './guards';
import { entityResponse, jsonBody, noContent, valueResponse } from './http';
import { checkWriteBody } from '../entities/entityRules';
import { describeRegionalSettings, describeSite, describeWeb } from '../entities/web';

const WEB: Resource = { kind: 'web' };

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
      checkWriteBody('SP.Web', body);
      if (typeof body.Title === 'string') checkTitleLength(body.Title, 'site title');
      const web = ctx.store.web();
      ctx.store.putWeb({
        ...web,
        title: typeof body.Title === 'string' ? body.Title : web.title,
        description: typeof body.Description === 'string' ? body.Description : web.description,
      });
      return noContent();
    }
    default:
      throw unsupportedMethod(ctx, 'SP.Web');
  }
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
  const body = jsonBody(ctx);
  checkWriteBody('SP.RegionalSettings', body);
  const localeId = body.LocaleId;
  if (localeId !== undefined) {
    if (!isSupportedLocale(localeId)) {
      throw unsupportedSegment(ctx, 'RegionalSettings', `LocaleId ${String(localeId)} (1033, 1053)`);
    }
    ctx.store.putWeb({ ...ctx.store.web(), localeId });
  }
  return noContent();
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
