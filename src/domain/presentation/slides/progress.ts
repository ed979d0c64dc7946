import { type ProgressSummary } from '../../aggregation/types';
import { type SlideContext } from '../context';
import { type FigureRow, type Slide } from '../types';

/** How many units can answer, how many have submitted or been approved, for the kommun and per sektor. */
export function progressSlide(context: SlideContext): Slide {
  const { input, t, count, share } = context;
  const { kommun, sektorer } = input.aggregate;
  const figures = (progress: ProgressSummary) => ({
    total: count(progress.total),
    count: count(progress.submittedOrApproved),
    approved: count(progress.byStatus.approved),
    share: share(progress.share),
  });
  const whole = figures(kommun.progress);
  const vacant = kommun.progress.vacant;
  const rows: FigureRow[] = [
    { label: t('progress.total'), value: whole.total },
    { label: t('progress.answered'), value: t('progress.answeredValue', whole) },
    { label: t('progress.approved'), value: whole.approved },
    ...(vacant > 0 ? [{ label: t('progress.vacant'), value: count(vacant) }] : []),
  ];
  const numeric = (label: string) => ({ label, numeric: true });
  return {
    id: 'progress',
    title: t('progress.title'),
    blocks: [
      { kind: 'figures', rows },
      {
        kind: 'table',
        caption: t('progress.caption'),
        columns: [
          { label: t('progress.sektor'), numeric: false },
          numeric(t('progress.units')),
          numeric(t('progress.answered')),
          numeric(t('progress.approved')),
          numeric(t('progress.share')),
        ],
        rows: sektorer.map((sektor) => {
          const own = figures(sektor.progress);
          return { header: sektor.name, cells: [own.total, own.count, own.approved, own.share] };
        }),
      },
    ],
    notes: [
      t('progress.notes', whole),
      ...(vacant > 0 ? [t('progress.notesVacant', { vacant: count(vacant) })] : []),
      ...sektorer.map((sektor) =>
        t('progress.notesSektor', { sektor: sektor.name, ...figures(sektor.progress) }),
      ),
    ].join('\n'),
  };
}
