import { type Unit } from '../organisation/types';
import { type ConsultationRound, type ListedAnswers, type StoredRound, type UnitAnswers } from './types';

/**
 * Remissrundor and Remissvar. Who may do what is SharePoint's: every manager reads the rounds and the project team
 * writes them; a unit's manager reads and writes the unit's answers, its reviewers read them, the project team
 * reads all. Every method rejects with an AppError.
 */
export interface ConsultationStore {
  /**
   * Stores a new round.
   * @throws AppError `forbidden` or `notFound` for anyone but the project team and IT.
   */
  openRound(round: ConsultationRound): Promise<StoredRound>;
  /** Closes a round, whatever its last day: nobody answers it any more in the tab. */
  closeRound(round: StoredRound): Promise<StoredRound>;
  /** The period's rounds, oldest first, and how many items could not be read (changed by hand). */
  listRounds(periodId: string): Promise<{ readonly rounds: StoredRound[]; readonly unreadable: number }>;
  /**
   * The unit's answers to the round as stored in its folder, or `null` when none are.
   * @throws AppError `invalid` when the stored answers cannot be read.
   */
  loadAnswers(roundId: string, unitId: string): Promise<UnitAnswers | null>;
  /**
   * Stores the unit's answers in its folder: creates them (version `''`) or updates them if nobody saved since
   * `answers.version` was read.
   * @throws AppError `conflict` with `mine` and `theirs` when someone else saved first; `forbidden` or `notFound`
   * when the signed-in user may not write in the unit's folder.
   */
  saveAnswers(
    answers: UnitAnswers,
    context: { readonly round: ConsultationRound; readonly unit: Unit },
  ): Promise<UnitAnswers>;
  /**
   * The round's answers the signed-in user may read, of one sektor or (`null`) of every unit; what was read but
   * does not count is in `ignored`.
   */
  listAnswers(roundId: string, sektorId: string | null): Promise<ListedAnswers>;
}
