import { makeStyles, tokens } from '@fluentui/react-components';
import { note, pageColumn, pageTitle, sectionHeading, subheading } from '../common/layoutStyles';

export const useBookingStyles = makeStyles({
  root: pageColumn('60rem', tokens.spacingVerticalL),
  title: pageTitle,
  heading: sectionHeading,
  subheading,
  note,
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  // Times and bookings: one entry each, its actions wrapping under it on a phone so that none leaves the screen.
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingBlock: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: 'anywhere',
  },
  itemTitle: { fontWeight: tokens.fontWeightSemibold },
  detail: { color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  // A form's fields side by side where there is room, one under the other on a phone.
  fields: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 12rem), 1fr))',
    gap: tokens.spacingHorizontalM,
  },
  wide: { gridColumn: '1 / -1' },
  fieldset: {
    border: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    minWidth: 0,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0, marginBlockEnd: tokens.spacingVerticalXS },
  problems: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  noteBody: { margin: 0, whiteSpace: 'pre-wrap' },
  status: { minHeight: tokens.lineHeightBase300 },
});
