import { scenarioKeyFigures } from '../../scenarios/keyFigures';
import { type ScenarioOutcome } from '../../scenarios/types';
import { type SlideContext } from '../context';
import { type Slide } from '../types';

const moved = ['samordnaSektor', 'centralisera'] as const;

/**
 * The scenario the project team chose: which functions move where, the FTE that move per sektor, the units that
 * lose support of their own, and the mottagare profile and the inequality before and after.
 */
export function scenarioSlide(context: SlideContext, outcome: ScenarioOutcome): Slide {
  const { t, fte, spread, count } = context;
  const figures = scenarioKeyFigures(outcome);
  const name = outcome.scenario.name;
  const meeting = {
    before: count(figures.sektorerMeetingProfile.before ?? 0),
    after: count(figures.sektorerMeetingProfile.after ?? 0),
  };
  const shortfall = {
    before: fte(figures.totalShortfall.before ?? 0),
    after: fte(figures.totalShortfall.after ?? 0),
  };
  const inequality = {
    before: spread(figures.supportInequality.before),
    after: spread(figures.supportInequality.after),
  };
  const totals = { name, toSektor: fte(figures.toSektor), toCentral: fte(figures.toCentral) };
  const units = count(figures.unitsLosingSupport);
  const moves = moved.flatMap((placement) => {
    const functions = outcome.choices
      .filter((c) => c.placement === placement)
      .map((c) => context.functionName(c.functionId));
    return functions.length === 0
      ? []
      : [
          t('scenario.moves', {
            placement: context.placementName(placement),
            functions: functions.join(', '),
          }),
        ];
  });
  const sektorer = outcome.sektorer.map((s) => ({
    sektor: s.name,
    before: fte(s.supportBefore),
    toSektor: fte(s.toSektor),
    toCentral: fte(s.toCentral),
    after: fte(s.supportAfter),
    units: count(outcome.unitLosses.filter((u) => u.sektorId === s.id).length),
  }));
  const numeric = (label: string) => ({ label, numeric: true });
  return {
    id: 'scenario',
    title: t('scenario.title', { name }),
    blocks: [
      ...(moves.length === 0 ? [] : [{ kind: 'bullets' as const, items: moves }]),
      {
        kind: 'figures',
        rows: [
          { label: t('scenario.toSektor'), value: t('fte', { value: totals.toSektor }) },
          { label: t('scenario.toCentral'), value: t('fte', { value: totals.toCentral }) },
          { label: t('scenario.unitsLosing'), value: units },
          { label: t('scenario.meeting'), value: t('beforeAfter', meeting) },
          {
            label: t('scenario.shortfall'),
            value: t('beforeAfter', {
              before: t('fte', { value: shortfall.before }),
              after: t('fte', { value: shortfall.after }),
            }),
          },
          { label: t('scenario.inequality'), value: t('beforeAfter', inequality) },
        ],
      },
      {
        kind: 'table',
        caption: t('scenario.caption'),
        columns: [
          { label: t('scenario.sektor'), numeric: false },
          numeric(t('scenario.before')),
          numeric(t('scenario.toSektor')),
          numeric(t('scenario.toCentral')),
          numeric(t('scenario.after')),
          numeric(t('scenario.unitsLosing')),
        ],
        rows: sektorer.map((s) => ({
          header: s.sektor,
          cells: [s.before, s.toSektor, s.toCentral, s.after, s.units],
        })),
      },
    ],
    notes: [
      ...moves,
      t('scenario.notes', { ...totals, units }),
      t('scenario.notesMeeting', meeting),
      t('scenario.notesShortfall', shortfall),
      t('scenario.notesInequality', inequality),
      ...sektorer.map((s) => t('scenario.notesSektor', s)),
    ].join('\n'),
  };
}
