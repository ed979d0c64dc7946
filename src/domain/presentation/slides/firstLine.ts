import { chefsnaraStodProposalLabel } from '../../firstLine/proposal';
import { type FirstLineArea, type FirstLineMission } from '../../firstLine/types';
import { type SlideContext } from '../context';
import { type Slide } from '../types';

/** A figure and its sentence in the notes; a mean on too few answers is shown as such, with its n. */
interface Figure {
  readonly label: string;
  readonly value: string;
  readonly sentence: string;
}

function adminHours(context: SlideContext, area: FirstLineArea): Figure {
  const { t, hours, count } = context;
  const { compared } = area.figures.adminHours;
  const label = t('firstLine.adminHours');
  // Hours are compared only where a category has a reference, so known hours always come with one.
  if (compared.hours === null || compared.reference === null) {
    const value = t('tooFew', { n: count(compared.n) });
    return { label, value, sentence: t('notesFigure', { label, value }) };
  }
  const values = { hours: hours(compared.hours), reference: hours(compared.reference), n: count(compared.n) };
  return {
    label,
    value: t('firstLine.adminHoursValue', values),
    sentence: t('firstLine.notesHours', values),
  };
}

function span(context: SlideContext, area: FirstLineArea): Figure {
  const { t, share, count } = context;
  const { medarbetarspann } = area.figures;
  const limit = count(medarbetarspann.limit);
  const label = t('firstLine.span', { limit });
  const n = count(medarbetarspann.n);
  if (medarbetarspann.shareAboveLimit === null) {
    const value = t('tooFew', { n });
    return { label, value, sentence: t('notesFigure', { label, value }) };
  }
  const values = { share: share(medarbetarspann.shareAboveLimit), limit, n };
  return {
    label,
    value: t('answers', { value: values.share, n }),
    sentence: t('firstLine.notesSpan', values),
  };
}

function stod(context: SlideContext, area: FirstLineArea): Figure {
  const { t, fte, count } = context;
  const { perManager } = area.figures.chefsnaraStod;
  const label = t('firstLine.stod');
  const n = count(perManager.n);
  if (perManager.value === null) {
    const value = t('tooFew', { n });
    return { label, value, sentence: t('notesFigure', { label, value }) };
  }
  const value = fte(perManager.value);
  return {
    label,
    value: t('answers', { value: t('fte', { value }), n }),
    sentence: t('firstLine.notesStod', { fte: value, n }),
  };
}

/** "Höj det chefsnära stödet till 0,35 åa per chef", or the proposal's label. */
function proposalText(context: SlideContext, area: FirstLineArea): string {
  const { proposal } = area;
  const label = chefsnaraStodProposalLabel(proposal.proposal)[context.locale];
  if (proposal.proposal !== 'raise' || proposal.proposedPerManager === null) return label;
  return context.t('firstLine.raiseTo', { label, fte: context.fte(proposal.proposedPerManager) });
}

/**
 * The first-line managers' mission for the kommun: administrative time against the reference, span of control,
 * chefsnära stöd per manager and the proposal; then each sektor's own proposal and what it adds.
 */
export function firstLineSlide(context: SlideContext, mission: FirstLineMission): Slide {
  const { t, fte, locale } = context;
  const { kommun } = mission;
  const figures = [adminHours(context, kommun), span(context, kommun), stod(context, kommun)];
  const proposal = proposalText(context, kommun);
  const added = fte(mission.addedArsarbetareBySektorer);
  const orNone = (value: number | null) => (value === null ? t('none') : fte(value));
  const sektorer = mission.sektorer.map((s) => {
    const values = {
      sektor: s.name,
      today: orNone(s.proposal.todayPerManager),
      proposal: proposalText(context, s),
      added: orNone(s.proposal.addedArsarbetare),
    };
    const known = s.proposal.todayPerManager !== null;
    return {
      ...values,
      sentence: t(known ? 'firstLine.notesSektor' : 'firstLine.notesSektorTooFew', values),
    };
  });
  return {
    id: 'firstLine',
    title: t('firstLine.title'),
    blocks: [
      {
        kind: 'figures',
        rows: [
          ...figures.map(({ label, value }) => ({ label, value })),
          { label: t('firstLine.proposal'), value: proposal },
          { label: t('firstLine.addedBySektorer'), value: t('fte', { value: added }) },
        ],
      },
      {
        kind: 'table',
        caption: t('firstLine.caption'),
        columns: [
          { label: t('firstLine.sektor'), numeric: false },
          { label: t('firstLine.today'), numeric: true },
          { label: t('firstLine.proposalColumn'), numeric: false },
          { label: t('firstLine.added'), numeric: true },
        ],
        rows: sektorer.map((s) => ({ header: s.sektor, cells: [s.today, s.proposal, s.added] })),
      },
    ],
    notes: [
      ...figures.map((f) => f.sentence),
      t('firstLine.notesProposal', { proposal, explanation: kommun.proposal.explanation[locale] }),
      t('firstLine.notesAdded', { fte: added }),
      ...sektorer.map((s) => s.sentence),
    ].join('\n'),
  };
}
