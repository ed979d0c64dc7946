// The dashboard's chunk: what `loadDashboardModule` loads when the overview, or a page reached from it (the
// project team's settings and scenarios), is opened.
export { OverviewPages, type OverviewPagesProps } from './OverviewPages';
