import type { Entity, Navigation } from '../handlers/entity';
import type { EntityMeta } from '../odata/format';
import { requireEntityType } from './entityTypes';

/** What a describe function knows of an entity; which of it is sent, and in which order, is the table's. */
export interface EntityParts {
  /** Annotations; `meta.type` names the table's row. */
  meta: EntityMeta;
  /** A value for each property the table marks `served`. */
  values: Record<string, unknown>;
  /** A reader for each property the table marks `selected` (read only when selected). */
  selected?: Record<string, () => unknown>;
  /** A resolver for each navigation property the table marks `expandable`. */
  navigation?: Record<string, Navigation>;
}

function sameNames(what: string, given: readonly string[], table: readonly string[]): void {
  const missing = table.filter((name) => !given.includes(name));
  const extra = given.filter((name) => !table.includes(name));
  if (missing.length > 0 || extra.length > 0) {
    // A fault of the emulator, not of the request: the describe function and the table disagree.
    throw new Error(
      `${what}: missing ${missing.join(', ') || '-'}; not in the table ${extra.join(', ') || '-'}`,
    );
  }
}

/**
 * An entity as the table says it is answered: its served properties in the table's order, its selected and
 * expandable ones exactly as the table lists them.
 * @throws Error when the parts do not match the table's row (a fault of the emulator, answered 500).
 */
export function entityOf(parts: EntityParts): Entity {
  const spec = requireEntityType(parts.meta.type);
  const selected = parts.selected ?? {};
  const navigation = parts.navigation ?? {};
  sameNames(`${spec.name} served`, Object.keys(parts.values), spec.served);
  sameNames(`${spec.name} selected`, Object.keys(selected), spec.selected);
  sameNames(`${spec.name} navigation`, Object.keys(navigation), spec.expandable);
  const props: Record<string, unknown> = {};
  for (const name of spec.served) props[name] = parts.values[name];
  return { meta: parts.meta, props, selectable: selected, navigation };
}
