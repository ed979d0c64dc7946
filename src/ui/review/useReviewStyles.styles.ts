import { makeStyles, tokens } from '@fluentui/react-components';

const card = {
  display: 'flex',
  flexDirection: 'column',
  gap: tokens.spacingVerticalS,
  padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
  backgroundColor: tokens.colorNeutralBackground1,
  border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  borderRadius: tokens.borderRadiusMedium,
  minWidth: 0,
  '@media (max-width: 480px)': { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalS}` },
} as const;

const cell = {
  textAlign: 'start',
  verticalAlign: 'top',
  padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
  borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  overflowWrap: 'anywhere',
  '@media (max-width: 480px)': { paddingInline: tokens.spacingHorizontalXS },
} as const;

const heading = (size: 'Base400' | 'Base500' | 'Base600') =>
  ({
    margin: 0,
    fontSize: tokens[`fontSize${size}`],
    lineHeight: tokens[`lineHeight${size}`],
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere',
  }) as const;

export const useReviewStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    maxWidth: '64rem',
    width: '100%',
    marginInline: 'auto',
    '& p': { margin: 0 },
  },
  back: { alignSelf: 'flex-start' },
  title: {
    ...heading('Base600'),
    fontSize: tokens.fontSizeHero700,
    lineHeight: tokens.lineHeightHero700,
    '@media (max-width: 480px)': { fontSize: tokens.fontSizeBase600, lineHeight: tokens.lineHeightBase600 },
  },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  h2: heading('Base500'),
  h3: heading('Base400'),
  card,
  // The start page's section, as the unit cards beside it.
  summary: { ...card, gap: tokens.spacingVerticalM, boxShadow: tokens.shadow2, '& p': { margin: 0 } },
  // Links a finger can hit on a phone: a line each, with room between.
  workLinks: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 18rem), 1fr))',
    gap: tokens.spacingVerticalM,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  list: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'fit-content(12rem) minmax(0, 1fr)',
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    margin: 0,
    // Side by side down to a phone; one column at 400 % zoom.
    '@media (max-width: 320px)': { gridTemplateColumns: '1fr' },
  },
  term: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  value: { margin: 0, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  filters: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 14rem), 1fr))',
    gap: tokens.spacingVerticalM,
    alignItems: 'end',
    // A native select is as wide as its longest choice ("Strategisk planering/samhällsutveckling") unless told.
    '& > *': { minWidth: 0 },
    '& select': { minWidth: 0, width: '100%', textOverflow: 'ellipsis' },
  },
  clear: { justifySelf: 'start' },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  // Teams' high-contrast theme draws the track black on black: the transparent stroke shows where the bar is.
  progress: { outline: `${tokens.strokeWidthThin} solid ${tokens.colorTransparentStroke}` },
  muted: { color: tokens.colorNeutralForeground2 },
  table: {
    width: '100%',
    tableLayout: 'fixed',
    borderCollapse: 'collapse',
    '& th': { ...cell, fontWeight: tokens.fontWeightSemibold },
    '& td': cell,
  },
  // The unit's name gets the most room: "Dagverksamhet" should not break in the middle on a phone.
  unitColumn: { width: '36%' },
  managerColumn: { width: '28%' },
  // With the project team's "Påmind" column (instead of the days left) the names give it room; its day and time
  // wrap to two lines on a phone, at the space between them.
  unitColumnNarrow: { width: '34%' },
  managerColumnNarrow: { width: '25%' },
  statusColumnNarrow: { width: '24%' },
  remindedColumn: { width: '17%' },
  days: { width: '5.5rem', '@media (max-width: 480px)': { width: '14%' } },
  history: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
  },
  copyBox: { width: '100%' },
});
