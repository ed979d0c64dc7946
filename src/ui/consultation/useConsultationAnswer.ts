import { useCallback, useEffect, useState } from 'react';
import {
  answersToStore,
  asAppError,
  latestPeriod,
  type AppError,
  type ConsultationRound,
  type Inventory,
  type ManagerForm,
  type ProposalAnswer,
  type Unit,
  type UnitAnswers,
} from '../../domain';
import { type ConsultationServices } from './consultationServices';

/** Where the manager's answers stand against what is stored. */
export type AnswerSave =
  | { readonly kind: 'unsaved' }
  | { readonly kind: 'saving' }
  /** `at` is when this tab saved them (ISO); `null` when they were read as stored. */
  | { readonly kind: 'saved'; readonly at: string | null }
  | { readonly kind: 'failed'; readonly error: AppError }
  /** Someone else saved first: `theirs` is what is stored now. */
  | { readonly kind: 'conflict'; readonly theirs: UnitAnswers };

/** The round, the unit's stored answers and the services, once read. */
export type AnswerLoad =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly error: AppError }
  /** The round is not in the period, or the unit not the manager's. */
  | { readonly kind: 'missing'; readonly what: 'round' | 'unit' }
  | {
      readonly kind: 'loaded';
      readonly services: ConsultationServices;
      readonly round: ConsultationRound;
      readonly unit: Unit;
      /** The unit's inventory of the round's period, whose own lines say what the round moves. */
      readonly inventory: Inventory | undefined;
    };

/** What the answer page works with. */
export interface ConsultationAnswer {
  readonly load: AnswerLoad;
  readonly retry: () => void;
  /** The answers being edited, by proposal. */
  readonly draft: ReadonlyMap<string, ProposalAnswer>;
  readonly change: (answer: ProposalAnswer) => void;
  readonly save: AnswerSave;
  /** Whether the unit has answers stored (read, or saved here). */
  readonly stored: boolean;
  /** Stores the draft; over `theirs` after a conflict when `over` is given. */
  readonly store: (over?: UnitAnswers) => Promise<void>;
  /** After a conflict: the stored answers replace the draft. */
  readonly takeTheirs: (theirs: UnitAnswers) => void;
}

const byProposal = (answers: readonly ProposalAnswer[]) => new Map(answers.map((a) => [a.functionId, a]));

/**
 * Reads the round (from the form, else the period's rounds: one closed or past its last day is not in the form),
 * the unit's stored answers and its inventory of the round's period (the form's, unless the round follows a period
 * that has closed), and saves the draft with the version it was read at.
 */
export function useConsultationAnswer(props: {
  readonly services: () => Promise<ConsultationServices>;
  readonly form: ManagerForm;
  readonly unitId: string;
  readonly roundId: string;
}): ConsultationAnswer {
  const { services, form, unitId, roundId } = props;
  const [load, setLoad] = useState<AnswerLoad>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [draft, setDraft] = useState<ReadonlyMap<string, ProposalAnswer>>(new Map());
  const [version, setVersion] = useState('');
  const [save, setSave] = useState<AnswerSave>({ kind: 'saved', at: null });

  useEffect(() => {
    let current = true;
    setLoad({ kind: 'loading' });
    (async () => {
      const loaded = await services();
      const unit = form.units.find((u) => u.id === unitId);
      if (unit === undefined) return { kind: 'missing', what: 'unit' } as const;
      // A round closed or past its last day is the period's the form rests on, or the last one that opened.
      const period = form.period ?? latestPeriod(form.periods, loaded.now().toISOString());
      const round =
        form.rounds.find((r) => r.id === roundId) ??
        (period === null
          ? undefined
          : (await loaded.store.listRounds(period.id)).rounds.find((r) => r.id === roundId));
      if (round === undefined) return { kind: 'missing', what: 'round' } as const;
      const [stored, inventory] = await Promise.all([
        loaded.store.loadAnswers(round.id, unit.id),
        round.periodId === form.period?.id
          ? form.inventories.find((i) => i.unitId === unit.id)
          : loaded.inventory(round.periodId, unit.id),
      ]);
      if (current) {
        setDraft(byProposal(stored?.answers ?? []));
        setVersion(stored?.version ?? '');
        setSave({ kind: 'saved', at: null });
      }
      return { kind: 'loaded', services: loaded, round, unit, inventory } as const;
    })().then(
      (next) => current && setLoad(next),
      (error: unknown) => current && setLoad({ kind: 'failed', error: asAppError(error) }),
    );
    return () => {
      current = false;
    };
  }, [services, form, unitId, roundId, attempt]);

  const change = useCallback((answer: ProposalAnswer) => {
    setDraft((before) => new Map(before).set(answer.functionId, answer));
    setSave((before) => (before.kind === 'conflict' ? before : { kind: 'unsaved' }));
  }, []);

  const store = useCallback(
    async (over?: UnitAnswers) => {
      if (load.kind !== 'loaded') return;
      const { services: loaded, round, unit } = load;
      setSave({ kind: 'saving' });
      const answers: UnitAnswers = {
        roundId: round.id,
        unitId: unit.id,
        answers: answersToStore([...draft.values()]),
        version: over?.version ?? version,
      };
      try {
        const saved = await loaded.store.saveAnswers(answers, { round, unit });
        setVersion(saved.version);
        setSave({ kind: 'saved', at: loaded.now().toISOString() });
      } catch (error) {
        const appError = asAppError(error);
        const theirs = appError.conflict?.theirs as UnitAnswers | undefined;
        setSave(
          appError.code === 'conflict' && theirs !== undefined
            ? { kind: 'conflict', theirs }
            : { kind: 'failed', error: appError },
        );
      }
    },
    [load, draft, version],
  );

  const takeTheirs = useCallback((theirs: UnitAnswers) => {
    setDraft(byProposal(theirs.answers));
    setVersion(theirs.version);
    setSave({ kind: 'saved', at: null });
  }, []);

  return {
    load,
    retry: () => setAttempt((n) => n + 1),
    draft,
    change,
    save,
    stored: version !== '',
    store,
    takeTheirs,
  };
}
