// The dashboard's chunk: what `loadDashboardModule` loads when the overview is opened.
export { DashboardPage, type DashboardPageProps } from './DashboardPage';
// The project team's settings, reached from the overview.
export { SettingsPage, type SettingsPageProps } from '../settings/SettingsPage';
