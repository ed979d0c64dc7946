import { makeStaticStyles, makeStyles, tokens } from '@fluentui/react-components';

/** Where the save status bar sticks to the top while the form scrolls: a screen tall and wide enough for it. */
const stickyStatusBar = '(min-height: 640px) and (min-width: 640px)';

/**
 * While the save status bar is on the page and sticks to the top, whatever the page scrolls into view keeps clear
 * of it (the bar, up to three lines, and a field's label): the focus moving up by Shift+Tab, a field the summary
 * links to. Without it Chromium leaves a field it scrolls up to under the bar, hidden (WCAG 2.4.11). The bar's
 * status text (`SaveStatusText`, marked `data-save-status`) uses it.
 */
export const useStickyStatusBarClearance = makeStaticStyles(
  `@media ${stickyStatusBar} { html:has([data-save-status]) { scroll-padding-top: 7rem; } }`,
);

export const useInventoryFormStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    maxWidth: '64rem',
    width: '100%',
    marginInline: 'auto',
    // The live region that says "submitted" is on the page, empty, from the start (so that it is heard when it
    // speaks); empty, it takes back the gap it would add.
    '& > [role="status"]:empty': { marginTop: `calc(-1 * ${tokens.spacingVerticalL})` },
    // The column's gap spaces its paragraphs (the intro); a browser's 1em margins would add to it.
    '& > p': { margin: 0 },
  },
  back: { alignSelf: 'flex-start' },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeHero700,
    lineHeight: tokens.lineHeightHero700,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere',
    '@media (max-width: 480px)': { fontSize: tokens.fontSizeBase600, lineHeight: tokens.lineHeightBase600 },
  },
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    '@media (max-width: 480px)': { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalS}` },
  },
  panelHeading: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  groupHeading: {
    margin: `${tokens.spacingVerticalL} 0 0`,
    fontSize: tokens.fontSizeBase600,
    lineHeight: tokens.lineHeightBase600,
    fontWeight: tokens.fontWeightSemibold,
  },
  sections: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  statusBar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    // Kept in view while scrolling only on a tall screen: at 400 % zoom a stuck bar would hide the form.
    [`@media ${stickyStatusBar}`]: { position: 'sticky', top: 0, zIndex: 1 },
  },
  submitBar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalL,
  },
  error: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});
