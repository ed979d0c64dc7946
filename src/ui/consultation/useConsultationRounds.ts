import { useCallback, useEffect, useState } from 'react';
import {
  asAppError,
  type AppError,
  type IsoDate,
  type ListedAnswers,
  type ManagerForm,
  type ScenarioDefinition,
  type StoredRound,
  type StoredScenario,
} from '../../domain';
import { type ConsultationServices } from './consultationServices';

/** The period's rounds, and for the project team its saved scenarios. */
export type RoundsLoad =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly error: AppError }
  | {
      readonly kind: 'loaded';
      readonly services: ConsultationServices;
      readonly rounds: readonly StoredRound[];
      /** Items of Remissrundor that could not be read. */
      readonly unreadable: number;
      /** `null` for anyone but the project team, who alone read Scenarier. */
      readonly scenarios: {
        readonly scenarios: readonly StoredScenario[];
        readonly unreadable: number;
      } | null;
    };

/** The answers to the round shown. */
export type AnswersLoad =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly error: AppError }
  | { readonly kind: 'loaded'; readonly listed: ListedAnswers };

/** What the rounds page works with. */
export interface ConsultationRounds {
  readonly load: RoundsLoad;
  readonly retry: () => void;
  /** The round whose answers are shown: the one picked, else the newest. */
  readonly shown: StoredRound | undefined;
  readonly show: (round: StoredRound) => void;
  /** `undefined` for someone who neither reviews nor is in the project team: there is nothing to summarise. */
  readonly answers: AnswersLoad | undefined;
  readonly open: (request: { scenario: ScenarioDefinition; closesOn: IsoDate }) => Promise<StoredRound>;
  readonly close: (round: StoredRound) => Promise<void>;
}

/**
 * Whose answers the signed-in user asks for: the project team every unit's (`null`); a reviewer those of the
 * sektorer of the units they head; anyone else none. SharePoint decides what each read returns.
 */
function readerScope(form: ManagerForm): readonly string[] | null | undefined {
  if (form.review.projectTeam) return null;
  const heads = new Set(form.review.reviewerOf);
  const sektorer = [...new Set(form.units.filter((u) => heads.has(u.id)).map((u) => u.sektorId))];
  return sektorer.length === 0 ? undefined : sektorer;
}

/** Reads the period's rounds (and the project team's scenarios) once, and the answers to the round shown. */
export function useConsultationRounds(props: {
  readonly services: () => Promise<ConsultationServices>;
  readonly form: ManagerForm;
  readonly periodId: string;
}): ConsultationRounds {
  const { services, form, periodId } = props;
  const [load, setLoad] = useState<RoundsLoad>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [picked, setPicked] = useState<string | null>(null);
  const [answers, setAnswers] = useState<AnswersLoad>({ kind: 'loading' });
  const scope = readerScope(form);

  useEffect(() => {
    let current = true;
    setLoad({ kind: 'loading' });
    (async () => {
      const loaded = await services();
      const [listed, scenarios] = await Promise.all([
        loaded.store.listRounds(periodId),
        form.review.projectTeam ? loaded.listScenarios(periodId) : Promise.resolve(null),
      ]);
      return { kind: 'loaded', services: loaded, ...listed, scenarios } as const;
    })().then(
      (next) => current && setLoad(next),
      (error: unknown) => current && setLoad({ kind: 'failed', error: asAppError(error) }),
    );
    return () => {
      current = false;
    };
  }, [services, form, periodId, attempt]);

  const rounds = load.kind === 'loaded' ? load.rounds : [];
  const shown = rounds.find((r) => r.id === picked) ?? rounds.at(-1);
  const reader = load.kind === 'loaded' ? load.services : undefined;
  const shownId = shown?.id;
  // By value: the form, and so the scope, is the same between renders, but a new array each time it is worked out.
  const scopeKey = scope === undefined ? undefined : JSON.stringify(scope);
  useEffect(() => {
    if (reader === undefined || shownId === undefined || scopeKey === undefined) return;
    let current = true;
    setAnswers({ kind: 'loading' });
    reader.listAnswers(shownId, JSON.parse(scopeKey) as readonly string[] | null).then(
      (listed) => current && setAnswers({ kind: 'loaded', listed }),
      (error: unknown) => current && setAnswers({ kind: 'failed', error: asAppError(error) }),
    );
    return () => {
      current = false;
    };
  }, [reader, shownId, scopeKey, attempt]);

  const replace = useCallback((round: StoredRound) => {
    setLoad((before) =>
      before.kind === 'loaded'
        ? {
            ...before,
            rounds: [...before.rounds.filter((r) => r.itemId !== round.itemId), round].sort(
              (a, b) => a.itemId - b.itemId,
            ),
          }
        : before,
    );
  }, []);

  const open = useCallback(
    async (request: { scenario: ScenarioDefinition; closesOn: IsoDate }) => {
      if (reader === undefined) throw new Error('The rounds are not loaded.');
      const round = await reader.openRound(request);
      replace(round);
      setPicked(round.id);
      return round;
    },
    [reader, replace],
  );

  const close = useCallback(
    async (round: StoredRound) => {
      if (reader === undefined) throw new Error('The rounds are not loaded.');
      replace(await reader.store.closeRound(round));
    },
    [reader, replace],
  );

  return {
    load,
    retry: () => setAttempt((n) => n + 1),
    shown,
    show: (round) => setPicked(round.id),
    answers: scope === undefined ? undefined : answers,
    open,
    close,
  };
}
