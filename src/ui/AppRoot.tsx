import {
  FluentProvider,
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  type Theme,
} from '@fluentui/react-components';
import { intlTag, translator, type Locale } from '../domain/i18n';
import { Shell } from './Shell';

/** The Teams theme names (`app.theme` in the Teams context). */
export type TeamsThemeName = 'default' | 'dark' | 'contrast';

const themes: Record<TeamsThemeName, Theme> = {
  default: teamsLightTheme,
  dark: teamsDarkTheme,
  contrast: teamsHighContrastTheme,
};

export interface AppRootProps {
  /** @default 'default' */
  theme?: TeamsThemeName;
  /** @default 'sv' */
  locale?: Locale;
}

/** The one FluentProvider of the app: theme and language are chosen here, once. */
export function AppRoot({ theme = 'default', locale = 'sv' }: AppRootProps) {
  return (
    <FluentProvider theme={themes[theme]} lang={intlTag(locale)}>
      <Shell t={translator(locale)} />
    </FluentProvider>
  );
}
