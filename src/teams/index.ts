// The Teams host (through teams-js, in host.ts only): context, theme, locale, deep links, sign-in popups and the
// configurable tab. Outside Teams `connectToTeams` gives `null` and the app runs as a plain web page.
export {
  connectToTeams,
  isRunningInTeams,
  type ConnectOptions,
  type TabConfiguration,
  type TeamsHost,
  type UnitLinkRequest,
} from './host';
export { readTeamsContext, themeName, type HostContextShape } from './context';
export {
  personalTabEntityId,
  unitDeepLink,
  unitIdFromSubEntity,
  unitSubEntityId,
  type UnitLinkOptions,
} from './deepLinks';
export type {
  AppFailureReason,
  TabSettings,
  TeamsChannel,
  TeamsContext,
  TeamsFrame,
  TeamsThemeName,
} from './types';
