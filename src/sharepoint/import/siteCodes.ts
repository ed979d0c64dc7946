import { type SPFI } from '@pnp/sp';
import '@pnp/sp/folders';
import '@pnp/sp/site-groups/web';
import { isValidId, unitCodeKey, type Unit } from '../../domain';
import { atEdge, statusOf } from '../errors';
import { listByKey } from '../lists';
import { runInBatches, type BatchOperation } from '../batch';
import { folderLists, reviewerGroupCode } from '../provision';
import { type ImportWarning } from './issues';

/** A unit code of the file that the site already has in another case, and the site's spelling. */
export interface Respelling {
  readonly from: string;
  readonly to: string;
}

/**
 * The unit codes the site keeps outside its Organisation list: the names of the unit folders (in every list of
 * `folderLists`) and the codes in the reviewer groups' names. They stay when a unit is removed, and SharePoint
 * compares them without regard to case, so a unit that comes back must come back with the same spelling. One
 * `$batch` (the root folders' direct subfolders, one per unit, stay far below the list view threshold).
 * @throws AppError when the site cannot be read.
 */
export function readCodesInUse(sp: SPFI): Promise<string[]> {
  return atEdge(async () => {
    const names = (rows: unknown, field: 'Name' | 'Title'): string[] =>
      (Array.isArray(rows) ? (rows as Record<string, unknown>[]) : []).map((row) => String(row[field] ?? ''));
    const reads: BatchOperation<string[]>[] = [
      ...folderLists.map(
        (key): BatchOperation<string[]> =>
          (b) =>
            listByKey(b, key)
              .rootFolder.folders.select('Name')()
              .then(
                (rows) => names(rows, 'Name'),
                // A list a site provisioned before it existed has no folders to spell a code; provisioning (and
                // ensureUnitAccess after the units are written) says what is missing.
                (error: unknown) => {
                  if (statusOf(error) === 404) return [];
                  throw error;
                },
              ),
      ),
      (b) =>
        b.web.siteGroups
          .select('Title')()
          .then((rows) => names(rows, 'Title').flatMap((title) => reviewerGroupCode(title) ?? [])),
    ];
    const codes: string[] = [];
    for (const outcome of await runInBatches(sp, reads)) {
      if (!outcome.ok) throw outcome.error;
      for (const code of outcome.value) if (isValidId(code)) codes.push(code);
    }
    return codes;
  });
}

/**
 * The units with every code the site already has written as the site writes it (`e1159` → `E1159`): the unit's
 * own code, its parent's, its sektor's and its kontor's. The first spelling in `siteCodes` wins. Pure.
 */
export function adoptSiteSpelling(
  units: readonly Unit[],
  siteCodes: Iterable<string>,
): { units: Unit[]; respelled: Respelling[] } {
  const spelling = new Map<string, string>();
  for (const code of siteCodes) if (!spelling.has(unitCodeKey(code))) spelling.set(unitCodeKey(code), code);
  const spelled = (code: string): string => spelling.get(unitCodeKey(code)) ?? code;
  const respelled: Respelling[] = [];
  const adopted = units.map((unit): Unit => {
    const id = spelled(unit.id);
    if (id !== unit.id) respelled.push({ from: unit.id, to: id });
    return {
      ...unit,
      id,
      parentId: unit.parentId === null ? null : spelled(unit.parentId),
      sektorId: spelled(unit.sektorId),
      kontorId: unit.kontorId === null ? null : spelled(unit.kontorId),
    };
  });
  return { units: adopted, respelled };
}

/** A warning for every code of the file written as the site writes it. */
export function respellingWarnings(respelled: readonly Respelling[]): ImportWarning[] {
  return respelled.map(({ from, to }) => ({
    line: null,
    column: null,
    message: {
      sv: `Enhetskoden ${from} finns redan på webbplatsen som ${to}; webbplatsens stavning behålls (SharePoint skiljer inte på stora och små bokstäver).`,
      en: `The unit code ${from} is already on the site as ${to}; the site's spelling is kept (SharePoint does not tell upper and lower case apart).`,
    },
  }));
}
