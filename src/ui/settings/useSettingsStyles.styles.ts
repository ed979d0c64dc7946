import { makeStyles, tokens } from '@fluentui/react-components';
import { note, pageColumn, pageTitle, sectionHeading, subheading } from '../common/layoutStyles';

export const useSettingsStyles = makeStyles({
  root: pageColumn('60rem', tokens.spacingVerticalXL),
  title: pageTitle,
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: sectionHeading,
  subheading,
  note,
  // One item (a group, a function, a period): its fields wrap onto as many rows as the width needs.
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, paddingInline: tokens.spacingHorizontalXS },
  fields: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 13rem), 1fr))',
    gap: tokens.spacingVerticalS,
    '& > *': { minWidth: 0 },
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  // A field beside its button that takes the rest of the row and shrinks on a phone (a select is as wide as its
  // longest option otherwise).
  growing: { flex: '1 1 16rem', minWidth: 0, maxWidth: '100%' },
  fill: { width: '100%', minWidth: 0 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  saveBar: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    alignItems: 'center',
    position: 'sticky',
    bottom: 0,
    padding: `${tokens.spacingVerticalS} 0`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

/** The page's classes. */
export type SettingsStyles = ReturnType<typeof useSettingsStyles>;
