// The Stab column: whether a unit is a stab, a sektor's or kontor's staff unit (docs/import.md).
import { type Unit, unitCodeKey } from '../../domain';
import { normaliseHeader } from './columns';
import { type ImportWarning } from './issues';

// Swedish Excel shows a logical cell as SANT/FALSKT and writes it so to CSV; the .xlsx reader gives TRUE/FALSE.
const yes: ReadonlySet<string> = new Set(['ja', 'yes', '1', 'true', 'sant']);
const no: ReadonlySet<string> = new Set(['nej', 'no', '0', 'false', 'falskt']);

/**
 * A Stab cell: `true` for ja/yes/1/true, `false` for nej/no/0/false or an empty cell (in any case), `undefined` for
 * anything else.
 */
export function readStab(text: string): boolean | undefined {
  const value = normaliseHeader(text);
  if (value === '' || no.has(value)) return false;
  return yes.has(value) ? true : undefined;
}

const kindNames = {
  sektor: { sv: 'en sektor', en: 'a sector' },
  kontor: { sv: 'ett kontor', en: 'an office' },
} as const;

/**
 * A warning for every sektor or kontor whose Stab cell says yes. Its own staff count toward the sektor anyway, so
 * the flag says nothing there; the import leaves it out rather than refuse a file over it, as it does with a
 * Sektor or Kontor cell the tree contradicts.
 */
export function stabWarnings(
  units: readonly Unit[],
  context: {
    /** The Stab column's header as written; undefined when the file has none. */
    readonly header: string | undefined;
    /** The line and Stab cell of a unit's row, by `unitCodeKey`. */
    readonly cells: ReadonlyMap<string, { readonly line: number; readonly value: string }>;
  },
): ImportWarning[] {
  const { header, cells } = context;
  if (header === undefined) return [];
  const warnings: ImportWarning[] = [];
  for (const unit of units) {
    if (unit.kind === 'enhet') continue;
    const cell = cells.get(unitCodeKey(unit.id));
    if (cell === undefined || readStab(cell.value) !== true) continue;
    const kind = kindNames[unit.kind];
    warnings.push({
      line: cell.line,
      column: header,
      message: {
        sv: `${header} är "${cell.value}" för ${kind.sv}, men bara en enhet kan vara en stab: sektorns och kontorets egen personal räknas redan till sektorn. Värdet läses inte in.`,
        en: `${header} is "${cell.value}" for ${kind.en}, but only a unit (enhet) can be a staff unit: the sector's and office's own staff already count toward the sector. The value is not imported.`,
      },
    });
  }
  return warnings;
}
