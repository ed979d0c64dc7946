import { Badge } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import {
  asAppError,
  type AnswerFigures,
  type AppError,
  type InventoryStatus,
  type Translate,
} from '../../domain';
import { type ManagerServices } from '../services';
import { reviewSource, type ReviewSource } from './reviewData';

/** A status in words, with the colour the start page's cards give it. */
export function StatusBadge(props: { status: InventoryStatus; t: Translate }) {
  const { status, t } = props;
  const color =
    status === 'approved'
      ? 'success'
      : status === 'returned'
        ? 'warning'
        : status === 'submitted'
          ? 'brand'
          : 'informative';
  return (
    <Badge appearance="tint" shape="rounded" color={color}>
      {t(`status.${status}`)}
    </Badge>
  );
}

/** A read of the reviewer's units: under way, failed (with a way to try again), or done. */
export type SourceState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly error: AppError }
  | {
      readonly kind: 'loaded';
      readonly source: ReviewSource;
      /** The answers' figures by inventory id, when asked for; else empty. */
      readonly figures: ReadonlyMap<string, AnswerFigures>;
    };

const noFigures: ReadonlyMap<string, AnswerFigures> = new Map();

/**
 * The organisation and the period's readable inventories (kept for the session), with their answers' figures when
 * `figures` is set (the list's answered functions; the start page counts statuses only), and a way to read them
 * again.
 */
export function useReviewSource(
  services: ManagerServices,
  periodId: string | null,
  options: { readonly figures?: boolean } = {},
): [SourceState, (fresh: boolean) => void] {
  const [state, setState] = useState<SourceState>({ kind: 'loading' });
  const [request, setRequest] = useState({ attempt: 0, fresh: false });
  const withFigures = options.figures === true;
  useEffect(() => {
    if (periodId === null) return undefined;
    let current = true;
    setState({ kind: 'loading' });
    reviewSource(services, periodId, { fresh: request.fresh })
      .then(async (source) => ({ source, figures: withFigures ? await source.figures() : noFigures }))
      .then(
        ({ source, figures }) => current && setState({ kind: 'loaded', source, figures }),
        (error: unknown) => current && setState({ kind: 'failed', error: asAppError(error) }),
      );
    return () => {
      current = false;
    };
  }, [services, periodId, request, withFigures]);
  const reload = useCallback((fresh: boolean) => setRequest((r) => ({ attempt: r.attempt + 1, fresh })), []);
  return [state, reload];
}
