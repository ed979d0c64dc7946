// Excel's rules for a sheet's name: 1–31 characters, none of `: \ / ? * [ ]`, not starting or ending with an
// apostrophe, not `History` (Excel keeps it for change tracking), and unique in the workbook without regard to
// case. A sektor's name becomes its sheet's name under these rules (docs/exports.md).

/** The most characters (UTF-16 code units) a sheet name may have. */
export const maxSheetName = 31;

const replacements: Readonly<Record<string, string>> = { '[': '(', ']': ')' };

/** Cuts `text` to `max` code units without splitting a surrogate pair. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max);
  const last = head.charCodeAt(head.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? head.slice(0, -1) : head;
}

function trimName(text: string): string {
  return text.replace(/\s+/gu, ' ').replace(/^[\s']+|[\s']+$/gu, '');
}

/** `name` made a valid sheet name (not yet unique): forbidden characters replaced, cut to 31. */
export function validSheetName(name: string, fallback = 'Blad'): string {
  const replaced = trimName(name.replace(/[:\\/?*[\]]/gu, (c) => replacements[c] ?? '-'));
  const named = replaced === '' || replaced.toUpperCase() === 'HISTORY' ? fallback : replaced;
  return trimName(cut(named, maxSheetName)) || fallback;
}

/**
 * Names sheets uniquely: each call returns `name` made valid and, if the workbook already has it (in any case),
 * with ` (2)`, ` (3)`, … at the end, the name cut to make room.
 */
export function sheetNamer(): (name: string, fallback?: string) => string {
  const taken = new Set<string>();
  return (name, fallback) => {
    const base = validSheetName(name, fallback);
    let candidate = base;
    for (let n = 2; taken.has(candidate.toUpperCase()); n++) {
      const suffix = ` (${n})`;
      candidate = `${trimName(cut(base, maxSheetName - suffix.length))}${suffix}`;
    }
    taken.add(candidate.toUpperCase());
    return candidate;
  };
}
