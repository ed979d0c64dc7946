import { makeStyles, tokens } from '@fluentui/react-components';
import {
  dataTable,
  note,
  pageColumn,
  pageTitle,
  sectionHeading,
  subheading,
  tableBox,
} from '../common/layoutStyles';

export const useScenarioStyles = makeStyles({
  root: pageColumn('70rem', tokens.spacingVerticalL),
  title: pageTitle,
  heading: sectionHeading,
  subheading,
  note,
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  tableBox,
  table: { ...dataTable, '& td': { fontVariantNumeric: 'tabular-nums' } },
  // The saved scenarios: one row each, wrapping on a phone so that no button leaves the screen.
  savedList: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  savedItem: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    paddingBlock: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  savedName: {
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere',
    flexGrow: 1,
    minWidth: '10rem',
  },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  nameField: { maxWidth: '30rem' },
  choiceProposal: {
    display: 'block',
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
  },
  select: { minWidth: '11rem', maxWidth: '100%' },
  // Key figures as a definition list: a label and its value, side by side when there is room.
  facts: {
    display: 'grid',
    gridTemplateColumns: 'minmax(10rem, max-content) 1fr',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    '& dt': { fontWeight: tokens.fontWeightSemibold },
    '& dd': { margin: 0, fontVariantNumeric: 'tabular-nums' },
    '@media (max-width: 480px)': {
      gridTemplateColumns: '1fr',
      '& dd': { marginBlockEnd: tokens.spacingVerticalS },
    },
  },
  losses: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  status: { minHeight: tokens.lineHeightBase300 },
});
