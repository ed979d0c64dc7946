// The tab's pages are named in the URL's fragment: every route reads back from its own fragment, codes with
// characters a fragment must escape survive, and what names no page opens the start page.
import { parseRoute, routeHash, type Route } from '../../../src/ui/app/route';

const routes: Route[] = [
  { page: 'start' },
  { page: 'form', unitId: 'E1' },
  { page: 'earlier', periodId: '2018', unitId: 'E1' },
  { page: 'review' },
  { page: 'review', unitId: 'E1' },
  { page: 'overview' },
  { page: 'overview', sektorId: 'S1' },
  { page: 'settings' },
  { page: 'scenarios' },
  { page: 'comparison', unitId: 'E1' },
  { page: 'bookings' },
  { page: 'answerRound', roundId: 'r-1', unitId: 'E1' },
  { page: 'rounds' },
  { page: 'presentation' },
];

describe('routes', () => {
  it.each(routes.map((r) => [routeHash(r), r] as const))('%s reads back as its route', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('keeps a code with a slash or a space whole', () => {
    const route: Route = { page: 'answerRound', roundId: 'a/b c', unitId: 'E 1/2' };
    expect(parseRoute(routeHash(route))).toEqual(route);
  });

  it('opens the start page for a fragment naming no page, or a page without its codes', () => {
    for (const hash of ['', '#', '#/okand', '#/remiss', '#/remiss/R1', '#/enhet'])
      expect(parseRoute(hash)).toEqual({ page: 'start' });
  });
});
