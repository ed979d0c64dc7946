import type { RequestContext } from '../context';
import type { ListRecord } from '../model/records';
import { requireAnyPermission } from './guards';

/** Whether the user can reach the list at all (any permission on it, Limited Access included). */
export function canSeeList(ctx: RequestContext, list: ListRecord): boolean {
  const securable = { kind: 'list', listId: list.id } as const;
  return ctx.security.has(securable, 'Open') || ctx.security.has(securable, 'ViewListItems');
}

/** @throws SpError 403 unless the user can see the list (used by the families under a list). */
export function requireListAccess(ctx: RequestContext, list: ListRecord): void {
  requireAnyPermission(ctx, { kind: 'list', listId: list.id }, ['Open', 'ViewListItems']);
}
