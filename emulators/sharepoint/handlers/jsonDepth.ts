/**
 * How deeply a JSON body may nest objects and arrays: the default `MaxNestingDepth` of the OData library
 * SharePoint reads request payloads with (ODataMessageQuotas). Deeper values would overflow the stack of any
 * code that walks them — even `String([[…]])` does — so bodies are checked once, right after parsing (V8's
 * `JSON.parse` itself does not recurse).
 */
export const MAX_JSON_DEPTH = 100;

/** Whether objects and arrays nest deeper than `limit` in a parsed JSON value, found without recursion. */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const pending: [unknown, number][] = [[value, 1]];
  while (pending.length > 0) {
    const [next, depth] = pending.pop()!;
    if (next === null || typeof next !== 'object') continue;
    if (depth > limit) return true;
    for (const child of Object.values(next)) pending.push([child, depth + 1]);
  }
  return false;
}
