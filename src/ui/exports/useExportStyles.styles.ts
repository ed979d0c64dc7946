import { makeStyles, tokens } from '@fluentui/react-components';
import { note, sectionHeading, subheading } from '../common/layoutStyles';

export const useExportStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    paddingTop: tokens.spacingVerticalL,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  part: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: sectionHeading,
  subheading,
  note,
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  // Empty until there is something to say, and then it says it where the action was.
  status: { minHeight: tokens.lineHeightBase300 },
  list: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    listStyleType: 'none',
    margin: 0,
    padding: 0,
  },
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  cardTitle: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    '& dt': { fontWeight: tokens.fontWeightSemibold },
    '& dd': { margin: 0, minWidth: 0, overflowWrap: 'anywhere' },
  },
  files: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  // 64 hexadecimal digits do not fit a phone's width: they break anywhere rather than widen the page.
  checksum: { display: 'block', fontFamily: tokens.fontFamilyMonospace, wordBreak: 'break-all' },
});
