import { roundProposals } from './round';
import { type ConsultationRound, type ProposalAnswer } from './types';

/** The longest comment on a proposal, in characters: a few paragraphs, well inside a SharePoint note column. */
export const consultationCommentMaxLength = 2000;

/** What is wrong with an answer to a proposal. */
export type AnswerProblemCode =
  /** The function is not a proposal of the round (kept close, or not in it at all). */
  | 'notInRound'
  /** A second answer to the same proposal. */
  | 'duplicate'
  /** The comment is longer than `consultationCommentMaxLength`. */
  | 'commentTooLong'
  /**
   * "Instämmer inte" without a word of why: the project team can act on a reason, not on a bare no, so a
   * disagreement carries its comment.
   */
  | 'reasonMissing';

/** One problem, with the proposal it is about. */
export interface AnswerProblem {
  readonly code: AnswerProblemCode;
  readonly functionId: string;
}

const length = (text: string): number => [...text].length;

/** Whether an answer says anything: a verdict or a comment. */
export function isAnswered(answer: ProposalAnswer): boolean {
  return answer.verdict !== null || answer.comment.trim() !== '';
}

/** The answers worth storing: trimmed comments, blank answers left out. */
export function answersToStore(answers: readonly ProposalAnswer[]): ProposalAnswer[] {
  return answers.map((a) => ({ ...a, comment: a.comment.trim() })).filter(isAnswered);
}

/** Everything that keeps a unit's answers to a round from being saved, or from counting when read. */
export function answerProblems(
  round: Pick<ConsultationRound, 'choices'>,
  answers: readonly ProposalAnswer[],
): AnswerProblem[] {
  const proposals = new Set(roundProposals(round).map((p) => p.functionId));
  const seen = new Set<string>();
  const problems: AnswerProblem[] = [];
  for (const { functionId, verdict, comment } of answers) {
    const problem = (code: AnswerProblemCode) => problems.push({ code, functionId });
    if (!proposals.has(functionId)) problem('notInRound');
    if (seen.has(functionId)) problem('duplicate');
    seen.add(functionId);
    if (length(comment.trim()) > consultationCommentMaxLength) problem('commentTooLong');
    if (verdict === 'disagree' && comment.trim() === '') problem('reasonMissing');
  }
  return problems;
}
