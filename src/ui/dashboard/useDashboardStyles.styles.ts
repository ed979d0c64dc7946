import { makeStyles, tokens } from '@fluentui/react-components';
import { dataTable, note, pageColumn, pageTitle, sectionHeading, tableBox } from '../common/layoutStyles';

export const useDashboardStyles = makeStyles({
  root: pageColumn('72rem', tokens.spacingVerticalXL),
  links: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
  },
  title: pageTitle,
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  // Figures as a definition list: a label and its value, side by side when there is room.
  facts: {
    display: 'grid',
    gridTemplateColumns: 'minmax(12rem, max-content) 1fr',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    maxWidth: '70rem',
    '& dt': { fontWeight: tokens.fontWeightSemibold },
    '& dd': { margin: 0 },
    '@media (max-width: 480px)': {
      gridTemplateColumns: '1fr',
      '& dd': { marginBlockEnd: tokens.spacingVerticalS },
    },
  },
  heading: sectionHeading,
  note,
  keyFigures: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 16rem), 1fr))',
    gap: tokens.spacingVerticalM,
    margin: 0,
  },
  keyFigure: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  keyValue: {
    margin: 0,
    fontSize: tokens.fontSizeHero700,
    lineHeight: tokens.lineHeightHero700,
    fontWeight: tokens.fontWeightSemibold,
  },
  // Wide tables scroll inside their own box, so the page never scrolls sideways on a phone.
  tableBox,
  table: {
    ...dataTable,
    '& td.number, & th.number': {
      textAlign: 'end',
      fontVariantNumeric: 'tabular-nums',
      whiteSpace: 'nowrap',
    },
    '& tfoot th, & tfoot td': { fontWeight: tokens.fontWeightSemibold },
  },
  // The heat table's shades say the same as the text in the cell: never the only sign.
  good: { backgroundColor: tokens.colorPaletteGreenBackground1 },
  fair: { backgroundColor: tokens.colorPaletteYellowBackground1 },
  poor: { backgroundColor: tokens.colorPaletteRedBackground1 },
  cellState: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  thresholds: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 16rem), 1fr))',
    gap: tokens.spacingVerticalM,
  },
  proposal: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingBlock: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  definitions: {
    margin: 0,
    '& dt': { fontWeight: tokens.fontWeightSemibold },
    '& dd': { marginInlineStart: 0, marginBlockEnd: tokens.spacingVerticalS },
  },
});
