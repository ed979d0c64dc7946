import { makeStyles, tokens } from '@fluentui/react-components';
import { note, pageColumn, pageTitle } from '../common/layoutStyles';

// Type for a projector: large, heavy and in the theme's own foreground on its own background, so the Teams
// high-contrast theme (and Windows' forced colours) keeps it legible. Phones get smaller type and controls that
// wrap, and nothing wider than the screen scrolls the page sideways: a wide table scrolls inside its box.
const phone = '@media (max-width: 480px)';

export const usePresentationStyles = makeStyles({
  // Chefsdagen's page before the presentation starts: what to show, chosen like any form of the tab.
  page: pageColumn('50rem', tokens.spacingVerticalL),
  pageTitle,
  note,
  choices: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalL,
  },
  // A fixed layer over the whole viewport: the presentation works where the Fullscreen API is refused or absent
  // (a Teams tab's frame may not allow it).
  root: {
    position: 'fixed',
    inset: 0,
    zIndex: 1000,
    display: 'flex',
    flexDirection: 'column',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    outlineStyle: 'none',
  },
  // The slide scrolls here when it is taller than the screen (a long table): it takes the focus first, so the up
  // and down arrows scroll it while the left and right ones change the slide.
  stage: {
    flexGrow: 1,
    outlineStyle: 'none',
    minHeight: 0,
    overflowY: 'auto',
    overflowX: 'hidden',
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalXXXL}`,
    [phone]: { padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalM}` },
  },
  slide: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXL,
    maxWidth: '80rem',
    marginInline: 'auto',
    fontSize: tokens.fontSizeBase600,
    lineHeight: tokens.lineHeightBase600,
    overflowWrap: 'break-word',
    [phone]: {
      fontSize: tokens.fontSizeBase400,
      lineHeight: tokens.lineHeightBase400,
      gap: tokens.spacingVerticalL,
    },
  },
  titleSlide: { justifyContent: 'center', minHeight: '100%', textAlign: 'center' },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeHero900,
    lineHeight: tokens.lineHeightHero900,
    fontWeight: tokens.fontWeightBold,
    [phone]: { fontSize: tokens.fontSizeBase600, lineHeight: tokens.lineHeightBase600 },
  },
  titleLarge: {
    fontSize: tokens.fontSizeHero1000,
    lineHeight: tokens.lineHeightHero1000,
    [phone]: { fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700 },
  },
  paragraph: { margin: 0 },
  bullets: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalXXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  // Key figures: the label and, larger and bolder, its value; side by side where there is room.
  figures: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 16rem), 1fr))',
    gap: tokens.spacingVerticalL,
    margin: 0,
    '& dt': { color: tokens.colorNeutralForeground1 },
    '& dd': {
      margin: 0,
      fontSize: tokens.fontSizeHero800,
      lineHeight: tokens.lineHeightHero800,
      fontWeight: tokens.fontWeightBold,
      fontVariantNumeric: 'tabular-nums',
      [phone]: { fontSize: tokens.fontSizeBase600, lineHeight: tokens.lineHeightBase600 },
    },
  },
  tableBox: { overflowX: 'auto', maxWidth: '100%' },
  table: {
    borderCollapse: 'collapse',
    minWidth: '100%',
    overflowWrap: 'normal',
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    [phone]: { fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
    '& caption': {
      textAlign: 'start',
      paddingBlockEnd: tokens.spacingVerticalS,
      fontSize: tokens.fontSizeBase400,
      lineHeight: tokens.lineHeightBase400,
    },
    '& th, & td': {
      textAlign: 'start',
      verticalAlign: 'top',
      padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
      borderBottom: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    },
    '& th': { fontWeight: tokens.fontWeightBold },
    '& thead th': { borderBottomColor: tokens.colorNeutralForeground1 },
    // Figures line up by their last digit.
    '& [data-numeric]': { textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
    '& td[data-numeric]': { whiteSpace: 'nowrap' },
  },
  // A table of many columns (the mottagare matrix) in smaller type, so that it fits a projector's width.
  wideTable: {
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    [phone]: { fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
    '& th, & td': { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}` },
  },
  controls: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'center',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    [phone]: {
      gap: tokens.spacingHorizontalS,
      padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    },
  },
  // Hit targets well above 44 × 44 CSS pixels, for a finger on a phone or a tablet at the lectern.
  button: {
    minHeight: '3rem',
    minWidth: '3rem',
    fontSize: tokens.fontSizeBase400,
    [phone]: { fontSize: tokens.fontSizeBase300, paddingInline: tokens.spacingHorizontalM },
  },
  progress: {
    minWidth: '4rem',
    textAlign: 'center',
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    fontVariantNumeric: 'tabular-nums',
  },
  // A line of its own once it says something; empty, it takes no room (and stays a live region).
  status: { flexBasis: '100%', textAlign: 'center', ':empty': { flexBasis: 0 } },
  message: { flexBasis: '100%' },
  visuallyHidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
});
