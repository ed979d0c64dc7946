import { makeStyles, tokens } from '@fluentui/react-components';
import { dataTable, note, pageColumn, pageTitle, sectionHeading, tableBox } from '../common/layoutStyles';

export const useBoardStyles = makeStyles({
  root: pageColumn('60rem', tokens.spacingVerticalL),
  title: pageTitle,
  heading: sectionHeading,
  note,
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    alignItems: 'stretch',
  },
  field: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, maxWidth: '40rem' },
  // The card as Teams draws it: a bordered box the width of the message pane, text wrapping inside.
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    overflowWrap: 'anywhere',
    maxWidth: '100%',
    boxSizing: 'border-box',
  },
  text: { margin: 0 },
  factRow: { display: 'contents' },
  subtle: { margin: 0, color: tokens.colorNeutralForeground3 },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'minmax(8rem, max-content) 1fr',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    '& dt': { fontWeight: tokens.fontWeightSemibold },
    '& dd': { margin: 0, fontVariantNumeric: 'tabular-nums' },
  },
  tableBox,
  table: { ...dataTable, '& td': { fontVariantNumeric: 'tabular-nums' } },
  columns: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  column: { flexBasis: 0, minWidth: '5rem' },
  alternative: { whiteSpace: 'pre-wrap', margin: 0 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
});
