// The dashboard's chunk: what `loadDashboardModule` loads when the overview is opened.
export { DashboardPage, type DashboardPageProps } from './DashboardPage';
