import { answerProblems, isAnswered } from './answers';
import { roundProposals } from './round';
import {
  type ConsultationRound,
  type ProposalAnswer,
  type ProposalComment,
  type ProposalTally,
  type ReadAnswers,
  type RoundTally,
  type VerdictCounts,
} from './types';

interface Counts {
  agree: number;
  disagree: number;
  commented: number;
  units: number;
}

const zero = (): Counts => ({ agree: 0, disagree: 0, commented: 0, units: 0 });

function count(into: Counts, answer: ProposalAnswer): void {
  if (answer.verdict === 'agree') into.agree += 1;
  if (answer.verdict === 'disagree') into.disagree += 1;
  if (answer.comment.trim() !== '') into.commented += 1;
  into.units += 1;
}

/**
 * The round's answers per proposal: verdicts, comments and units, in all and per sektor (the organisation's, as
 * the answers carry it). A unit's answers that break the rules (`answerProblems`: a proposal the round does not
 * have, two answers to one, a comment too long, a disagreement without its reason) are left out whole and named in
 * `refused`: never half-counted.
 */
export function tallyAnswers(
  round: Pick<ConsultationRound, 'choices'>,
  answers: readonly ReadAnswers[],
): RoundTally {
  const proposals = roundProposals(round);
  const totals = new Map(proposals.map((p) => [p.functionId, zero()]));
  const bySektor = new Map(proposals.map((p) => [p.functionId, new Map<string, Counts>()]));
  const comments = new Map(proposals.map((p) => [p.functionId, [] as ProposalComment[]]));
  const refused: string[] = [];
  let unitsAnswered = 0;
  for (const unit of answers) {
    if (answerProblems(round, unit.answers).length > 0) {
      refused.push(unit.unitId);
      continue;
    }
    const given = unit.answers.filter(isAnswered);
    if (given.length > 0) unitsAnswered += 1;
    for (const answer of given) {
      count(totals.get(answer.functionId) as Counts, answer);
      const sektorer = bySektor.get(answer.functionId) as Map<string, Counts>;
      const sektor = sektorer.get(unit.sektorId) ?? zero();
      sektorer.set(unit.sektorId, sektor);
      count(sektor, answer);
      if (answer.comment.trim() === '') continue;
      (comments.get(answer.functionId) as ProposalComment[]).push({
        unitId: unit.unitId,
        unitName: unit.unitName,
        sektorId: unit.sektorId,
        verdict: answer.verdict,
        comment: answer.comment.trim(),
      });
    }
  }
  return {
    proposals: proposals.map((p): ProposalTally => ({
      functionId: p.functionId,
      label: p.label,
      placement: p.placement,
      ...(totals.get(p.functionId) as VerdictCounts),
      bySektor: [...(bySektor.get(p.functionId) as Map<string, Counts>)]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([sektorId, counts]) => ({ sektorId, ...counts })),
      comments: comments.get(p.functionId) as ProposalComment[],
    })),
    unitsAnswered,
    refused,
  };
}
