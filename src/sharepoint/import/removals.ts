import { AppError } from '../../domain';
import { type OrganisationDiff } from './diff';

/**
 * The share of the site's units an import may remove without `allowRemovals`. A file that would remove more is
 * far more often a part of the export (one sektor, the first 40 rows) than a reorganisation.
 */
export const maxRemovalShare = 0.1;

/**
 * Refuses a difference that removes more than `maxRemovalShare` of the site's units, unless removals are allowed.
 * Called before anything is written, in a dry run too.
 * @throws AppError `invalid` saying how many units would go and which switch allows it (Swedish and English).
 */
export function checkRemovals(
  diff: OrganisationDiff,
  options: { readonly siteUnits: number; readonly allowRemovals: boolean },
): void {
  const { siteUnits, allowRemovals } = options;
  const removed = diff.removed.length;
  if (allowRemovals || removed === 0 || removed <= siteUnits * maxRemovalShare) return;
  const share = Math.round((removed / siteUnits) * 100);
  const limit = Math.round(maxRemovalShare * 100);
  throw new AppError('invalid', {
    message:
      `Filen tar bort ${removed} av webbplatsens ${siteUnits} enheter (${share} %). Att ta bort mer än ${limit} % kräver --allow-removals; ` +
      'kontrollera först att filen har hela organisationen. Inget har ändrats.\n' +
      `The file removes ${removed} of the site's ${siteUnits} units (${share} %). Removing more than ${limit} % needs --allow-removals; ` +
      'first check that the file holds the whole organisation. Nothing was changed.',
  });
}
