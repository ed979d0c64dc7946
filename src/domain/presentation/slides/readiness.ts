import { fromHundredths, toHundredths } from '../../aggregation/rounding';
import { type ReadinessCell } from '../../aggregation/types';
import { type SlideContext } from '../context';
import { type Slide } from '../types';

/** Each sektor against the mottagare profile: which required roles it has, what it lacks, what is not known yet. */
export function readinessSlide(context: SlideContext): Slide {
  const { input, t, fte, count } = context;
  const { requirements, rows } = input.aggregate.readiness;
  const meeting = rows.filter((row) => row.metCount === requirements.length).length;
  // Summed in whole hundredths, as the scenarios' key figures sum it, so the total is what the parts add up to.
  const shortfall = fromHundredths(rows.reduce((sum, row) => sum + toHundredths(row.totalShortfall), 0));
  const values = (cell: ReadinessCell) => ({
    present: fte(cell.present),
    required: fte(cell.required),
    shortfall: fte(cell.shortfall ?? 0),
  });
  const cellText = (cell: ReadinessCell) =>
    t(
      cell.state === 'met'
        ? 'readiness.met'
        : cell.state === 'short'
          ? 'readiness.short'
          : 'readiness.notReported',
      values(cell),
    );
  const cellNotes = (cell: ReadinessCell) =>
    t(
      cell.state === 'met'
        ? 'readiness.notesMet'
        : cell.state === 'short'
          ? 'readiness.notesShort'
          : 'readiness.notesNotReported',
      { role: context.roleName(cell.roleId), ...values(cell) },
    );
  const metCount = { total: count(requirements.length) };
  const totals = { met: count(meeting), total: count(rows.length), shortfall: fte(shortfall) };
  return {
    id: 'readiness',
    title: t('readiness.title'),
    blocks: [
      {
        kind: 'figures',
        rows: [
          { label: t('readiness.meeting'), value: t('readiness.meetingValue', totals) },
          { label: t('readiness.shortfall'), value: t('fte', { value: totals.shortfall }) },
        ],
      },
      {
        kind: 'table',
        caption: t('readiness.caption'),
        columns: [
          { label: t('readiness.sektor'), numeric: false },
          ...requirements.map((req) => ({
            label: t('readiness.role', { role: context.roleName(req.roleId), required: fte(req.required) }),
            numeric: false,
          })),
          { label: t('readiness.metColumn'), numeric: true },
        ],
        rows: rows.map((row) => ({
          header: row.name,
          cells: [
            ...row.cells.map(cellText),
            t('readiness.metCount', { met: count(row.metCount), ...metCount }),
          ],
        })),
      },
    ],
    notes: [
      t('readiness.notes', totals),
      ...rows.map((row) =>
        [
          t('readiness.notesSektor', { sektor: row.name, met: count(row.metCount), ...metCount }),
          ...row.cells.map(cellNotes),
        ].join(' '),
      ),
    ].join('\n'),
  };
}
