import { makeStyles, tokens } from '@fluentui/react-components';

export const useFunctionSectionStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    // A narrow screen gets every pixel for the fields.
    '@media (max-width: 480px)': { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalS}` },
  },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
  },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
    // The heading takes the focus when the contents list or the summary jumps here; show where it went.
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: tokens.spacingHorizontalXXS,
    },
  },
  fieldset: { margin: 0, padding: 0, border: 'none', minWidth: 0 },
  grid: {
    display: 'grid',
    // One column on a phone or at 400 % zoom, two or more where they fit.
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 16rem), 1fr))',
    gap: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    // Fields of one row start level even when one hint wraps (a stretched Field spreads its rows apart).
    alignItems: 'start',
  },
  legend: {
    padding: 0,
    marginBottom: tokens.spacingVerticalS,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
  },
  wide: { gridColumn: '1 / -1' },
  // A paragraph in the section's column: the column's gap spaces it (a browser's 1em margins would add to it).
  paragraph: { margin: 0 },
  // A paragraph between a fieldset's legend and its fields.
  fieldsetText: { margin: `0 0 ${tokens.spacingVerticalS}` },
  sectionMessage: { color: tokens.colorPaletteRedForeground1 },
});
