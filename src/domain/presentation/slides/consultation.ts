import { type SlideContext } from '../context';
import { type ConsultationTally, type Slide } from '../types';

/** What the consultation round said about each function's proposal: agreeing, disagreeing and comments. */
export function consultationSlide(context: SlideContext, tallies: readonly ConsultationTally[]): Slide {
  const { input, t, count } = context;
  // In the taxonomy's order, as the proposals' slide lists them; a function the configuration lacks comes last.
  const order = new Map(input.config.taxonomy.functions.map((f, i) => [f.id, i]));
  const rank = (tally: ConsultationTally) => order.get(tally.functionId) ?? order.size;
  const rows = [...tallies]
    .sort((a, b) => rank(a) - rank(b))
    .map((tally) => ({
      function: context.functionName(tally.functionId),
      agree: count(tally.agree),
      disagree: count(tally.disagree),
      comments: count(tally.comments),
    }));
  const sum = (pick: (tally: ConsultationTally) => number) =>
    count(tallies.reduce((total, tally) => total + pick(tally), 0));
  const totals = {
    agree: sum((x) => x.agree),
    disagree: sum((x) => x.disagree),
    comments: sum((x) => x.comments),
  };
  const numeric = (label: string) => ({ label, numeric: true });
  return {
    id: 'consultation',
    title: t('consultation.title'),
    blocks: [
      {
        kind: 'figures',
        rows: [
          { label: t('consultation.agree'), value: totals.agree },
          { label: t('consultation.disagree'), value: totals.disagree },
          { label: t('consultation.comments'), value: totals.comments },
        ],
      },
      {
        kind: 'table',
        caption: t('consultation.caption'),
        columns: [
          { label: t('consultation.function'), numeric: false },
          numeric(t('consultation.agree')),
          numeric(t('consultation.disagree')),
          numeric(t('consultation.comments')),
        ],
        rows: rows.map((r) => ({ header: r.function, cells: [r.agree, r.disagree, r.comments] })),
      },
    ],
    notes: [t('consultation.notes', totals), ...rows.map((r) => t('consultation.notesFunction', r))].join(
      '\n',
    ),
  };
}
