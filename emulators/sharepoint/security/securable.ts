/** An object that can carry role assignments: the web, a list, or an item. */
export type Securable =
  { kind: 'web' } | { kind: 'list'; listId: string } | { kind: 'item'; listId: string; itemId: number };

/** The scope key a securable's unique permissions are stored under. */
export function scopeKeyOf(securable: Securable): string {
  switch (securable.kind) {
    case 'web':
      return 'web';
    case 'list':
      return `list:${securable.listId}`;
    case 'item':
      return `item:${securable.listId}:${securable.itemId}`;
  }
}

/** The object a securable inherits from (none for the web). */
export function parentOf(securable: Securable): Securable | undefined {
  switch (securable.kind) {
    case 'web':
      return undefined;
    case 'list':
      return { kind: 'web' };
    case 'item':
      return { kind: 'list', listId: securable.listId };
  }
}
