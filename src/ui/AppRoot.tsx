import {
  FluentProvider,
  makeStaticStyles,
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  type Theme,
} from '@fluentui/react-components';
import { type ReactNode } from 'react';
import { intlTag, type Locale } from '../domain/i18n';
import { Shell } from './Shell';

/** The Teams theme names (`app.theme` in the Teams context). */
export type TeamsThemeName = 'default' | 'dark' | 'contrast';

const themes: Record<TeamsThemeName, Theme> = {
  default: teamsLightTheme,
  dark: teamsDarkTheme,
  contrast: teamsHighContrastTheme,
};

// The tab fills the Teams frame edge to edge; the browser's default body margin would show as a white border.
const useGlobalStyles = makeStaticStyles({ body: { margin: 0 } });

export interface AppRootProps {
  /** @default 'default' */
  theme?: TeamsThemeName;
  /** @default 'sv' */
  locale?: Locale;
  /** The page (the manager's app, or a start-up problem). */
  children?: ReactNode;
}

/** The one FluentProvider of the app: theme and language are chosen here, once. */
export function AppRoot({ theme = 'default', locale = 'sv', children }: AppRootProps) {
  useGlobalStyles();
  return (
    <FluentProvider theme={themes[theme]} lang={intlTag(locale)}>
      <Shell>{children}</Shell>
    </FluentProvider>
  );
}
