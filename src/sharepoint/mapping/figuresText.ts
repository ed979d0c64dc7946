import { type AnswerFigures } from '../../domain/inventory/types';

// An approval's copy of the figures it approved, in Granskningsbeslut's `Figures` column (docs/data-model.md,
// "Statuses only the right people can set"), as the app writes it with every approval; `figures.ts` reads it back
// as untrusted input, since the unit's reviewers can write the column by hand too.
//
// The form is positional, to stay small (about 1.5 KB for 20 answered functions, under 2.5 KB with every role):
//   {"v": 1,
//    "l": [[functionId, persons, arsarbetare, [[roleId, arsarbetare], …], [location, …],
//           quality, competenceNow, competenceNeeded, placement], …],
//    "f": [{categoryId: hours, …}, chefsnaraStodArsarbetare, medarbetarspann] or null}
// Free text is not kept (`answerFigures` leaves it out), so nothing a manager wrote in words is copied here.

/** The Granskningsbeslut column that holds an approval's figures. */
export const figuresField = 'Figures';

/** The form's version: a reader refuses any other, so a later form can never be misread as this one. */
export const formatVersion = 1;

/** SharePoint's multi-line text holds 63,999 characters; anything longer was not written by the app. */
export const textMax = 63_999;

type WireLine = [
  functionId: string,
  persons: number | null,
  arsarbetare: number | null,
  roles: [roleId: string, arsarbetare: number][],
  supportLocations: string[],
  quality: number | null,
  competenceNow: number | null,
  competenceNeeded: number | null,
  placement: string | null,
];
type WireFirstLine = [
  adminHours: Record<string, number | null>,
  chefsnaraStodArsarbetare: number | null,
  medarbetarspann: number | null,
];
interface WireFigures {
  readonly v: typeof formatVersion;
  readonly l: WireLine[];
  readonly f: WireFirstLine | null;
}

export const lineLength = 9;
export const firstLineLength = 3;
export const topKeys = ['v', 'l', 'f'];

/** The column's text for an approval's figures. */
export function figuresToText(figures: AnswerFigures): string {
  const wire: WireFigures = {
    v: formatVersion,
    l: figures.lines.map((line) => [
      line.functionId,
      line.persons,
      line.arsarbetare,
      line.roles.map((role): [string, number] => [role.roleId, role.arsarbetare]),
      [...line.supportLocations],
      line.quality,
      line.competenceNow,
      line.competenceNeeded,
      line.placement,
    ]),
    f:
      figures.firstLine === null
        ? null
        : [
            { ...figures.firstLine.adminHours },
            figures.firstLine.chefsnaraStodArsarbetare,
            figures.firstLine.medarbetarspann,
          ],
  };
  return JSON.stringify(wire);
}
