import { useCallback, useEffect, useState } from 'react';

// Where the manager is, kept in the URL's fragment: a reload (or a Teams tab brought back) opens the same page,
// and the browser's back button leaves the form. The fragment never reaches a server.

/** A page of the manager's tab. */
export type Route =
  | { readonly page: 'start' }
  /** The form of a unit's inventory in the open period. */
  | { readonly page: 'form'; readonly unitId: string }
  /** A unit's inventory in an earlier period, read-only. */
  | { readonly page: 'earlier'; readonly periodId: string; readonly unitId: string }
  /**
   * A reviewer's pages: the units they review, or with `unitId` one unit's inventory as its reviewer sees it
   * (read-only, with the decisions and what may be decided).
   */
  | { readonly page: 'review'; readonly unitId?: string }
  /** The dashboard of the open period: the kommun, or with `sektorId` one sektor. */
  | { readonly page: 'overview'; readonly sektorId?: string }
  /** The project team's settings: taxonomy, periods, mottagare profile, proposal thresholds. */
  | { readonly page: 'settings' }
  /** The project team's scenarios for the new organisation. */
  | { readonly page: 'scenarios' }
  /** A unit's comparison with its kontor, sektor and the kommun in the open period. */
  | { readonly page: 'comparison'; readonly unitId: string }
  /** Interviews and seminars: a kontorschef books the office's, the project team offers times and notes. */
  | { readonly page: 'bookings' }
  /** A manager's answers to a consultation round for one of their units. */
  | { readonly page: 'answerRound'; readonly roundId: string; readonly unitId: string }
  /** The consultation rounds: the project team opens them and sees every answer, a reviewer their units'. */
  | { readonly page: 'rounds' }
  /** Chefsdagen: the presentation of the period for all managers, slide by slide. */
  | { readonly page: 'presentation' };

/**
 * The route a fragment names (`#/enhet/E1`, `#/tidigare/2018/E1`, `#/granska`, `#/granska/E1`, `#/oversikt`,
 * `#/oversikt/S1`, `#/jamforelse/E1`, `#/installningar`, `#/scenarier`, `#/bokningar`, `#/remiss/R1/E1`,
 * `#/remisser`, `#/chefsdagen`); anything else is the start page.
 */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  if (parts[0] === 'enhet' && parts[1]) return { page: 'form', unitId: parts[1] };
  if (parts[0] === 'tidigare' && parts[1] && parts[2])
    return { page: 'earlier', periodId: parts[1], unitId: parts[2] };
  if (parts[0] === 'granska') return parts[1] ? { page: 'review', unitId: parts[1] } : { page: 'review' };
  if (parts[0] === 'jamforelse' && parts[1]) return { page: 'comparison', unitId: parts[1] };
  if (parts[0] === 'installningar') return { page: 'settings' };
  if (parts[0] === 'scenarier') return { page: 'scenarios' };
  if (parts[0] === 'bokningar') return { page: 'bookings' };
  if (parts[0] === 'remiss' && parts[1] && parts[2])
    return { page: 'answerRound', roundId: parts[1], unitId: parts[2] };
  if (parts[0] === 'remisser') return { page: 'rounds' };
  if (parts[0] === 'chefsdagen') return { page: 'presentation' };
  if (parts[0] === 'oversikt')
    return parts[1] ? { page: 'overview', sektorId: parts[1] } : { page: 'overview' };
  return { page: 'start' };
}

/** The fragment of a route. */
export function routeHash(route: Route): string {
  switch (route.page) {
    case 'start':
      return '#/';
    case 'form':
      return `#/enhet/${encodeURIComponent(route.unitId)}`;
    case 'earlier':
      return `#/tidigare/${encodeURIComponent(route.periodId)}/${encodeURIComponent(route.unitId)}`;
    case 'review':
      return route.unitId ? `#/granska/${encodeURIComponent(route.unitId)}` : '#/granska';
    case 'overview':
      return route.sektorId ? `#/oversikt/${encodeURIComponent(route.sektorId)}` : '#/oversikt';
    case 'settings':
      return '#/installningar';
    case 'scenarios':
      return '#/scenarier';
    case 'comparison':
      return `#/jamforelse/${encodeURIComponent(route.unitId)}`;
    case 'bookings':
      return '#/bokningar';
    case 'answerRound':
      return `#/remiss/${encodeURIComponent(route.roundId)}/${encodeURIComponent(route.unitId)}`;
    case 'rounds':
      return '#/remisser';
    case 'presentation':
      return '#/chefsdagen';
  }
}

/** The current route and a way to go elsewhere (a new history entry, so Back returns). */
export function useHashRoute(): [Route, (route: Route) => void] {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const go = useCallback((next: Route) => {
    window.location.hash = routeHash(next);
  }, []);
  return [route, go];
}
