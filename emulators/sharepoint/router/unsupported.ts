import type { RequestContext } from '../context';
import type { SpError } from '../errors/SpError';
import { SpErrorFactory } from '../errors/SpErrorFactory';
import { percentDecode } from '../odata/path';

/**
 * What the emulator answers for something it does not implement: 501 naming `--loose` in strict mode,
 * otherwise what SharePoint answers for a path it has no resource for.
 */
export function unsupportedSegment(ctx: RequestContext, segment: string, what?: string): SpError {
  return ctx.settings.strict
    ? SpErrorFactory.notImplemented({ what: what ?? `'${segment}' (/_api/${percentDecode(ctx.apiPath)})` })
    : SpErrorFactory.resourceNotFound({ segment });
}

/** A verb a resource does not take: 501 in strict mode, SharePoint's 405 otherwise. */
export function unsupportedMethod(ctx: RequestContext, type: string): SpError {
  return ctx.settings.strict
    ? SpErrorFactory.notImplemented({ what: `HTTP ${ctx.method} ${type}` })
    : SpErrorFactory.methodNotAllowed({ type, method: ctx.method });
}
