import { useMemo, useRef } from 'react';

/** Texts by validation path (`lines.ekonomi.arsarbetare`), in the page's language. */
export type FieldMessages = Readonly<Record<string, string>>;

/** The same empty messages every time, so a section with nothing to say keeps its props. */
export const noMessages: FieldMessages = Object.freeze({});

/** The section a validation path belongs to: a function's id, `firstLine`, or `null` for the inventory itself. */
export function sectionKeyOf(path: string): string | null {
  const [root, id] = path.split('.');
  if (root === 'lines') return id ?? null;
  return root === 'firstLine' ? firstLineKey : null;
}

/** The section key of the first-line section (function ids are letters and digits, never `#`). */
export const firstLineKey = '#firstLine';

function sameMessages(a: FieldMessages, b: FieldMessages): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

/**
 * Messages split by section, each section's object kept from the previous render while its texts are the same:
 * a keystroke in one function re-validates the whole inventory, yet hands every other section the very object
 * it had, so their memoised components skip rendering.
 */
export function useMessagesBySection(messages: FieldMessages): ReadonlyMap<string, FieldMessages> {
  const previous = useRef<ReadonlyMap<string, FieldMessages>>(new Map());
  return useMemo(() => {
    const grouped = new Map<string, Record<string, string>>();
    for (const [path, text] of Object.entries(messages)) {
      const key = sectionKeyOf(path);
      if (key === null) continue;
      const group = grouped.get(key) ?? {};
      group[path] = text;
      grouped.set(key, group);
    }
    const stable = new Map<string, FieldMessages>();
    for (const [key, group] of grouped) {
      const before = previous.current.get(key);
      stable.set(key, before !== undefined && sameMessages(before, group) ? before : group);
    }
    // reason: a cache of what the last render handed out; keeping it is what makes the objects stable.
    previous.current = stable;
    return stable;
  }, [messages]);
}
