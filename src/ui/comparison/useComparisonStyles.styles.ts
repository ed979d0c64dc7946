import { makeStyles, tokens } from '@fluentui/react-components';
import { dataTable, note, pageColumn, pageTitle, sectionHeading, tableBox } from '../common/layoutStyles';

export const useComparisonStyles = makeStyles({
  root: pageColumn('72rem', tokens.spacingVerticalXL),
  title: pageTitle,
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: sectionHeading,
  note,
  // Four columns do not fit a phone: the table scrolls inside its own box, never the page.
  tableBox,
  table: {
    ...dataTable,
    '& td': { fontVariantNumeric: 'tabular-nums' },
  },
  publish: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    alignItems: 'flex-start',
  },
});
