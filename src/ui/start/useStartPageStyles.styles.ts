import { makeStyles, tokens } from '@fluentui/react-components';
import { pageColumn, pageTitle } from '../common/layoutStyles';

export const useStartPageStyles = makeStyles({
  root: pageColumn('64rem', tokens.spacingVerticalL),
  title: pageTitle,
  intro: { maxWidth: '60ch', margin: 0 },
  cards: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 22rem), 1fr))',
    gap: tokens.spacingVerticalL,
  },
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow2,
    '@media (max-width: 480px)': { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalS}` },
  },
  cardHeading: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere',
  },
  facts: {
    display: 'grid',
    // The terms wrap before they squeeze the values: "Avsnittet för första linjens chef" beside a date.
    gridTemplateColumns: 'fit-content(9rem) minmax(0, 1fr)',
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    margin: 0,
    '@media (max-width: 360px)': { gridTemplateColumns: '1fr' },
  },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  action: { alignSelf: 'flex-start', maxWidth: '100%' },
  // Teams' high-contrast theme draws the track black on black: the transparent stroke (white there, invisible in
  // the other themes) shows where the bar is even at 0.
  progress: { outline: `${tokens.strokeWidthThin} solid ${tokens.colorTransparentStroke}` },
  sectionHeading: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  history: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  historyItem: { marginBottom: tokens.spacingVerticalXS },
});
