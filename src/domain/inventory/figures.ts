import { type AnswerFigures, type Inventory } from './types';

/** The figures of an inventory's answer, free text left out: what an approval keeps (`ReviewDecision.figures`). */
export function answerFigures(inventory: Pick<Inventory, 'lines' | 'firstLine'>): AnswerFigures {
  return {
    lines: inventory.lines.map((line) => ({ ...line, comment: '', competenceGap: '' })),
    firstLine: inventory.firstLine === null ? null : { ...inventory.firstLine, lackingSupport: '' },
  };
}
