import { tokens, type GriffelStyle } from '@fluentui/react-components';

// The pieces every page of the tab is laid out with, so that a title, a heading or a table looks the same on the
// start page, the review, the dashboards, the comparison and the settings. Each page's makeStyles takes them.

/** A page's column: centred, at most `maxWidth` wide, its parts `gap` apart. */
export function pageColumn(maxWidth: string, gap: string): GriffelStyle {
  return { display: 'flex', flexDirection: 'column', gap, maxWidth, width: '100%', marginInline: 'auto' };
}

/** A page's title (its h1), smaller on a phone. */
export const pageTitle: GriffelStyle = {
  margin: 0,
  fontSize: tokens.fontSizeHero700,
  lineHeight: tokens.lineHeightHero700,
  fontWeight: tokens.fontWeightSemibold,
  '@media (max-width: 480px)': { fontSize: tokens.fontSizeBase600, lineHeight: tokens.lineHeightBase600 },
};

/** A section's heading (h2). */
export const sectionHeading: GriffelStyle = {
  margin: 0,
  fontSize: tokens.fontSizeBase500,
  lineHeight: tokens.lineHeightBase500,
  fontWeight: tokens.fontWeightSemibold,
};

/** A heading within a section (h3). */
export const subheading: GriffelStyle = {
  margin: 0,
  fontSize: tokens.fontSizeBase400,
  lineHeight: tokens.lineHeightBase400,
  fontWeight: tokens.fontWeightSemibold,
};

/** Explaining text beside the content: a readable line length, the secondary colour. */
export const note: GriffelStyle = { margin: 0, maxWidth: '70ch', color: tokens.colorNeutralForeground2 };

/** A data table's box: a table wider than a phone scrolls inside it, never the page. */
export const tableBox: GriffelStyle = { overflowX: 'auto', maxWidth: '100%' };

/** A data table: a caption above, ruled rows, bold head. */
export const dataTable: GriffelStyle = {
  borderCollapse: 'collapse',
  minWidth: '100%',
  '& caption': {
    textAlign: 'start',
    paddingBlockEnd: tokens.spacingVerticalS,
    color: tokens.colorNeutralForeground2,
  },
  '& th, & td': {
    textAlign: 'start',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    verticalAlign: 'top',
  },
  '& thead th': { fontWeight: tokens.fontWeightSemibold },
};
